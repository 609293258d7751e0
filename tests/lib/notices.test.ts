import { describe, expect, it } from 'vitest';
import { bestDate, groupByYear, sortNewestFirst } from '../../src/lib/notices/notices.ts';
import { recogniseIssuer } from '../../src/lib/notices/issuers.ts';
import { docNumberIndex, sortByDocNumber } from '../../src/lib/notices/doc-number-index.ts';
import { citeDocument } from '../../src/lib/refs/cite.ts';
import { withBase } from '../../src/lib/url.ts';

const n = (id: string, publishedAt: string, docNumber = `粤经信园区〔${publishedAt.slice(0, 4)}〕1号`) => ({
  id,
  title: id,
  docNumber,
  signedOn: publishedAt.slice(0, 10),
  publishedAt,
});

it('sorts newest first, by time within a day', () => {
  const list = [n('a', '2011-05-01 09:00'), n('b', '2012-02-06 15:30'), n('c', '2012-02-06 09:00')];
  expect(sortNewestFirst(list).map((x) => x.id)).toEqual(['b', 'c', 'a']);
});

it('groups by year, newest year first', () => {
  const list = [n('a', '2011-05-01 09:00'), n('b', '2012-02-06 15:30'), n('c', '2012-12-01 09:00'), n('d', '2010-01-01 00:00')];
  expect(groupByYear(list).map((g) => [g.year, g.notices.map((x) => x.id)])).toEqual([
    [2012, ['c', 'b']],
    [2011, ['a']],
    [2010, ['d']],
  ]);
});

it('orders a 发文字号 register by agency, year, then sequence as a number', () => {
  const list = [
    n('x', '2012-01-01 00:00', '粤经信园区〔2012〕102号'),
    n('y', '2012-01-01 00:00', '粤经信园区〔2012〕68号'),
    n('z', '2012-01-01 00:00', '粤经信园区〔2011〕200号'),
  ];
  expect(sortByDocNumber(list).map((x) => x.docNumber)).toEqual(['粤经信园区〔2011〕200号', '粤经信园区〔2012〕68号', '粤经信园区〔2012〕102号']);
});

it('cites a document as 《标题》（发文字号）', () => {
  expect(citeDocument('关于印发2012年产业转移工作要点的通知', '粤经信园区〔2012〕68号')).toBe(
    '《关于印发2012年产业转移工作要点的通知》（粤经信园区〔2012〕68号）',
  );
  expect(citeDocument('2011年推进产业转移行动计划')).toBe('《2011年推进产业转移行动计划》');
});

it.each([
  ['/notices/', '/', '/notices/'],
  ['/notices/', '/szy/', '/szy/notices/'],
  ['notices/', '/szy', '/szy/notices/'],
  ['/', '/szy/', '/szy/'],
])('withBase(%s, %s) is %s', (p, base, expected) => {
  expect(withBase(p, base)).toBe(expected);
});

describe('circulars whose dates or 发文字号 are declared unknown', () => {
  const partial = (id: string, facts: { publishedAt?: string; signedOn?: string; docNumber?: string }) => ({ id, title: id, ...facts });

  it.each([
    [{ publishedAt: '2012-02-06 15:30', signedOn: '2012-02-06' }, { value: '2012-02-06 15:30', kind: '发布日期' }],
    [{ signedOn: '2010-03-23' }, { value: '2010-03-23', kind: '成文日期' }],
    [{ signedOn: '2009-05' }, { value: '2009-05', kind: '成文日期' }],
    [{}, undefined],
  ])('bestDate(%o) is %o', (facts, expected) => {
    expect(bestDate(facts)).toEqual(expected);
  });

  it('sorts and groups by the best date known, no date known last', () => {
    const list = [partial('none', {}), partial('month', { signedOn: '2010-03' }), partial('signed', { signedOn: '2010-03-23' }), partial('published', { publishedAt: '2010-01-05' })];
    expect(sortNewestFirst(list).map((x) => x.id)).toEqual(['signed', 'month', 'published', 'none']);
    expect(groupByYear(list).map((g) => [g.year, g.notices.map((x) => x.id)])).toEqual([
      [2010, ['signed', 'month', 'published']],
      [undefined, ['none']],
    ]);
  });

  it('puts documents without 发文字号 in a group of their own in the index, by title', () => {
    const { numbered, unnumbered } = docNumberIndex([partial('乙', {}), partial('a', { docNumber: '粤示例〔2011〕3号' }), partial('甲', {})]);
    expect(numbered.map((x) => x.id)).toEqual(['a']);
    expect(unnumbered.map((x) => x.id)).toEqual(['甲', '乙']);
  });

  it.each([
    ['广东省经济与信息化委员会', { name: '广东省经济和信息化委员会', printed: '广东省经济与信息化委员会' }],
    ['广东省经济和信息化委员会', { name: '广东省经济和信息化委员会' }],
    ['示例县人民政府', { name: '示例县人民政府' }],
  ])('recognises the printed issuer %s', (printed, expected) => {
    expect(recogniseIssuer(printed, [{ name: '广东省经济和信息化委员会', printedAs: ['广东省经济与信息化委员会'] }])).toEqual(expected);
  });
});
