import { describe, expect, it } from 'vitest';
import { noticeSchema } from '../../src/schemas/notices.ts';

const valid = {
  title: '关于印发2012年产业转移工作要点的通知',
  docNumber: '粤经信园区〔2012〕68号',
  issuer: '广东省经济和信息化委员会',
  addressees: ['各地级以上市经济和信息化主管部门', '省产业转移工业园'],
  signedOn: '2012-02-06',
  signedOnPrinted: '二○一二年二月六日',
  publishedAt: '2012-02-06 15:30',
};

/** The messages of a failed parse, keyed by field path. */
function problems(input: Record<string, unknown>): Record<string, string> {
  const result = noticeSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('notice schema: accepted', () => {
  it.each([
    ['the seed circular', {}],
    ['dates as YAML Date objects', { signedOn: new Date('2012-02-06T00:00:00Z'), publishedAt: new Date('2012-02-06T07:30:00Z') }],
    ['a 发布时间 with its date only', { publishedAt: '2012-02-06' }],
    ['a 发布时间 with an offset', { publishedAt: '2012-02-06T15:30:00+08:00' }],
    ['published the day after signing', { publishedAt: '2012-02-07 09:00' }],
    ['published with seconds', { publishedAt: '2012-02-06 15:30:00' }],
    ['a date printed in Arabic numerals', { signedOnPrinted: '2012年2月6日' }],
    ['validity 已修订 with its successor', { validity: { state: '已修订', replacedBy: '粤经信园区〔2013〕5号' } }],
  ])('%s', (_name, change) => {
    expect(problems({ ...valid, ...change })).toEqual({});
  });

  it('normalises dates to strings in Beijing time', () => {
    const data = noticeSchema.parse({ ...valid, signedOn: new Date('2012-02-06T00:00:00Z'), publishedAt: new Date('2012-02-06T07:30:00Z') });
    expect(data.signedOn).toBe('2012-02-06');
    expect(data.publishedAt).toBe('2012-02-06 15:30');
  });

  it.each([
    ['2012-02-06T15:30:00+08:00', '2012-02-06 15:30'],
    ['2012-02-06T15:30:00Z', '2012-02-06 23:30'],
    ['2012-02-06T15:30:00-05:00', '2012-02-07 04:30'],
    ['2012-02-06', '2012-02-06'],
  ])('发布时间 %s is %s in Beijing', (publishedAt, expected) => {
    expect(noticeSchema.parse({ ...valid, publishedAt }).publishedAt).toBe(expected);
  });
});

describe('notice schema: rejected', () => {
  it.each([
    ['square brackets in 发文字号', { docNumber: '粤经信园区[2012]68号' }, 'docNumber', '粤经信园区〔2012〕68号'],
    ['round brackets in 发文字号', { docNumber: '粤经信园区(2012)68号' }, 'docNumber', '〔〕'],
    ['angle brackets in 发文字号', { docNumber: '粤经信园区〈2012〉68号' }, 'docNumber', '〔〕'],
    ['a leading zero in the sequence', { docNumber: '粤经信园区〔2012〕068号' }, 'docNumber', '粤经信园区〔2012〕68号'],
    ['发文字号 year unlike 成文日期', { docNumber: '粤经信园区〔2011〕68号' }, 'docNumber', '不一致'],
    ['missing 成文日期', { signedOn: undefined }, 'signedOn', ''],
    ['an impossible 成文日期', { signedOn: '2012-02-30' }, 'signedOn', '2012-02-30'],
    ['成文日期 written with slashes', { signedOn: '2012/02/06' }, 'signedOn', '年-月-日'],
    ['published before it was signed', { publishedAt: '2012-02-05 10:00' }, 'publishedAt', '早于成文日期'],
    ['an impossible 发布时间', { publishedAt: '2012-02-06 25:00' }, 'publishedAt', '北京时间'],
    ['printed date unlike 成文日期', { signedOnPrinted: '二○一二年二月七日' }, 'signedOnPrinted', '不一致'],
    ['unreadable printed date', { signedOnPrinted: '二月六日' }, 'signedOnPrinted', '无法识别'],
    ['no addressees', { addressees: [] }, 'addressees', '主送机关'],
    ['an unknown validity', { validity: { state: '失效' } }, 'validity.state', '有效'],
    ['已修订 without its successor', { validity: { state: '已修订' } }, 'validity.replacedBy', 'replacedBy'],
  ])('%s', (_name, change, field, fragment) => {
    const found = problems({ ...valid, ...change });
    expect(Object.keys(found)).toContain(field);
    expect(found[field]).toContain(fragment);
  });
});

/** `valid` without the named fields. */
const without = (...fields: string[]) => Object.fromEntries(Object.entries(valid).filter(([k]) => !fields.includes(k)));

describe('notice schema: facts declared unknown with a reason', () => {
  it.each([
    ['发文字号 and 发布时间 unknown (a copy that lost its header)', { ...without('docNumber', 'publishedAt'), unknown: { docNumber: '转载本缺文头。', publishedAt: '转载本未载。' } }],
    ['成文日期 unknown, the rest known', { ...without('signedOn', 'signedOnPrinted'), unknown: { signedOn: '转载本缺落款。' } }],
    ['成文日期 known to the month', { ...without('signedOnPrinted'), signedOn: '2012-02' }],
    ['成文日期 known to the year, as YAML hands it over (a number)', { ...without('signedOnPrinted'), signedOn: 2012 }],
    ['成文日期 printed to the month', { ...valid, signedOn: '2012-02', signedOnPrinted: '二○一二年二月' }],
    ['主送机关 unknown', { ...without('addressees'), unknown: { addressees: '汇编本删去主送机关。' } }],
    ['有效性 unknown', { ...valid, unknown: { validity: '未见公布。' } }],
  ])('accepts %s', (_name, input) => {
    expect(problems(input)).toEqual({});
  });

  it('keeps the reasons and leaves the facts out', () => {
    const data = noticeSchema.parse({ ...without('docNumber'), unknown: { docNumber: '转载本缺文头。' } });
    expect(data.docNumber).toBeUndefined();
    expect(data.unknown).toEqual({ docNumber: '转载本缺文头。' });
  });
});

describe('notice schema: a fact missing, or both given and declared unknown', () => {
  it.each([
    ['docNumber', '缺少发文字号 docNumber。请任选其一', 'docNumber: 粤经信园区〔2026〕1号'],
    ['publishedAt', '缺少发布时间 publishedAt。请任选其一', 'publishedAt: 2026-01-05 10:00'],
    ['addressees', '缺少主送机关 addressees。请任选其一', '  - 各地级以上市经济和信息化主管部门'],
  ])('a missing %s gives both ways out, with the lines to write', (field, start, example) => {
    const message = problems(without(field))[field]!;
    expect(message.startsWith(start), message).toBe(true);
    expect(message).toContain(example);
    expect(message).toMatch(new RegExp(`unknown:\\n\\s+${field}: \\S+`, 'u'));
    // The only 发文字号 a message shows is made up: never a real document's.
    expect(message).not.toContain('〔2012〕68号');
  });

  it('a missing 成文日期 gives both ways out', () => {
    expect(problems(without('signedOn', 'signedOnPrinted')).signedOn).toMatch(/^缺少成文日期 signedOn。请任选其一[\s\S]*signedOn: 2026-01-05\n[\s\S]*signedOnPrinted: 二○二六年一月五日[\s\S]*unknown:\n\s+signedOn: /u);
  });

  it.each([
    ['docNumber', { unknown: { docNumber: '理由。' } }],
    ['publishedAt', { unknown: { publishedAt: '理由。' } }],
    ['validity', { validity: { state: '有效' }, unknown: { validity: '理由。' } }],
  ])('refuses %s both given and declared unknown', (field, change) => {
    expect(problems({ ...valid, ...change })[`unknown.${field}`]).toContain('二者只能取一');
  });

  it.each([
    ['a 成文日期 to the day without its printed form', { ...without('signedOnPrinted') }, 'signedOnPrinted', '缺少成文日期的原文写法'],
    ['a printed month that differs', { ...valid, signedOn: '2012-02', signedOnPrinted: '二○一二年三月' }, 'signedOnPrinted', '不一致'],
    ['a month that does not exist', { ...valid, signedOn: '2012-13', signedOnPrinted: undefined }, 'signedOn', '只知道年月时写 2010-03'],
    ['a printed form with 成文日期 declared unknown', { ...without('signedOn'), unknown: { signedOn: '理由。' } }, 'signedOnPrinted', '已声明成文日期不详'],
    ['an empty reason', { ...without('docNumber'), unknown: { docNumber: ' ' } }, 'unknown.docNumber', '不能为空'],
  ])('refuses %s', (_name, input, field, fragment) => {
    expect(problems(input)[field]).toContain(fragment);
  });
});
