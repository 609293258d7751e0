import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatDate, isRealDate, parseChineseDate } from '../../src/lib/text/chinese-date.ts';

describe('formatChineseDate', () => {
  it.each([
    ['2012-02-06', '二○一二年二月六日'],
    ['2010-10-10', '二○一○年十月十日'],
    ['2011-12-31', '二○一一年十二月三十一日'],
    ['2008-05-20', '二○○八年五月二十日'],
  ])('%s → %s', (iso, printed) => {
    expect(formatChineseDate(iso)).toBe(printed);
    expect(parseChineseDate(printed)).toBe(iso);
  });
});

describe('parseChineseDate', () => {
  it.each([
    ['二〇一二年二月六日', '2012-02-06'],
    ['2012年2月6日', '2012-02-06'],
    ['2012年02月06日', '2012-02-06'],
    ['二○一二年十一月十九日', '2012-11-19'],
    ['二○一二年二月三十日', undefined],
    ['二○一二年十三月一日', undefined],
    ['2012-02-06', undefined],
    ['二月六日', undefined],
  ])('%s → %s', (printed, iso) => {
    expect(parseChineseDate(printed)).toBe(iso);
  });
});

it('formatDate writes Arabic numerals without padding', () => {
  expect(formatDate('2012-02-06')).toBe('2012年2月6日');
});

it.each([
  ['2012-02-29', true],
  ['2011-02-29', false],
  ['2012-13-01', false],
  ['2012-2-6', false],
])('isRealDate(%s) is %s', (iso, real) => {
  expect(isRealDate(iso)).toBe(real);
});
