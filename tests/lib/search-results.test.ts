import { describe, expect, it } from 'vitest';
import { excerptIsIndexTerms, orderFilterValues, resultFacts } from '../../src/lib/search/results.ts';

describe('resultFacts', () => {
  it.each([
    [{ type: '通知', date: '2012-02-06', docNumber: '粤经信园区〔2012〕68号' }, '通知 · 2012年2月6日 · 粤经信园区〔2012〕68号'],
    [{ type: '典型案例', date: '2013-05-01' }, '典型案例 · 2013年5月1日'],
    [{ type: '数据', date: '二○一二年' }, '数据'],
    // A circular whose body is the editors' summary says so (the text as issued has no bodyStatus meta).
    [{ type: '通知', date: '2012-02-06', docNumber: '粤经信园区〔2012〕68号', bodyStatus: '编者摘要' }, '通知 · 2012年2月6日 · 粤经信园区〔2012〕68号 · 编者摘要'],
  ])('shows %j as %s', (meta, expected) => {
    expect(resultFacts(meta)).toBe(expected);
  });
});

describe('excerptIsIndexTerms', () => {
  // The circular's index-only terms, as SearchMeta writes them.
  const terms = '粤经信园区〔2012〕68号 201268 广东省经济和信息化委员会 省经信委 经信委 双转移 产业转移和劳动力转移';
  it.each([
    ['68号 201268 广东省经济和信息化委员会 <mark>省经信委</mark> 经信委 双转移.', true],
    ['一是认真做好省委常委会听取各地级以上市“双转移”和“<mark>腾笼</mark>换鸟”情况汇报会', false],
    ['<mark>省</mark>', false],
    // From the text into the terms (the terms are the last thing Pagefind indexes on a page).
    ['部署报告》。 全年. 粤经信园区〔2012〕68号 201268 广东省经济和信息化委员会 <mark>省经信委</mark> 经信', true],
    // As Pagefind gives it for 省经信委 on the circular: 省 of 全省 is matched in the text too.
    [
      '全<mark>省</mark>各地区各部门贯彻双转移战略部署报告》。 全年. 粤<mark>经</mark><mark>信</mark>园区〔2012〕68号 201268 广东<mark>省</mark><mark>经济</mark><mark>和信</mark>息化<mark>委员</mark>会 <mark>省</mark><mark>经</mark><mark>信</mark><mark>委 </mark><mark>经</mark><mark>信</mark> ',
      true,
    ],
    ['贯彻<mark>省经信委</mark>部署报告》。 粤经信园区〔2012〕68号 201268 广东省经济和信息化委员会 <mark>省经信委</mark> 经信', false],
    ['贯彻<mark>省经信委</mark>部署的报告》。 粤经信园区〔2012〕68号 201268 广东省', false],
  ])('%s → %s', (excerpt, expected) => {
    expect(excerptIsIndexTerms(excerpt, terms)).toBe(expected);
  });

  it('is false for a page without index-only terms', () => {
    expect(excerptIsIndexTerms('广东省经济和信息化委员会 省经信委', undefined)).toBe(false);
  });
});

describe('orderFilterValues', () => {
  it.each([
    ['type', ['数据', '通知', '典型案例'], ['通知', '典型案例', '数据']],
    ['year', ['2012', '2014', '2013'], ['2014', '2013', '2012']],
    ['city', ['清远市', '河源市', '韶关市'], ['河源市', '清远市', '韶关市']],
  ])('orders %s values', (name, values, expected) => {
    expect(orderFilterValues(name, values)).toEqual(expected);
  });
});
