import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/lib/content-check/check-content.ts';
import { zeroSlips } from '../../src/lib/content-check/rules/chinese-date-zeros.ts';
import { parseChineseDate } from '../../src/lib/text/chinese-date.ts';
import { root } from '../helpers/paths.ts';
import { sampleNoticeSource } from '../helpers/sample-notice.ts';

describe('zeroSlips: a Chinese year with a Latin O or a digit 0 for ○', () => {
  it.each([
    ['二OO五年十二月十三日', [['二OO五年', '二○○五年']]],
    ['二00五年十二月十三日', [['二00五年', '二○○五年']]],
    ['二ＯＯ五年', [['二ＯＯ五年', '二○○五年']]],
    ['二o一二年二月六日', [['二o一二年', '二○一二年']]],
    ['落款：二○一二年二月六日', []],
    ['二〇一二年二月六日', []],
    ['2012年2月6日', []],
    ['OOOO年', []],
  ])('%s', (text, expected) => {
    expect(zeroSlips(text).map((s) => [s.written, s.corrected])).toEqual(expected);
  });

  it('reads such a date as the date it means, so the only problem is the warning', () => {
    expect(parseChineseDate('二OO五年十二月十三日')).toBe('2005-12-13');
    expect(parseChineseDate('二00五年十二月十三日')).toBe('2005-12-13');
  });
});

const source = (printed: string, body: string, extra = '') =>
  sampleNoticeSource(
    { title: '关于测试日期写法的通知', docNumber: '粤经信园区〔2005〕90号', signedOn: '2005-12-13', signedOnPrinted: printed, publishedAt: '2005-12-14 09:00', extra },
    `正文。\n\n${body}`,
  );

const check = (printed: string, body: string, extra = '') =>
  checkSources(root, [{ collection: 'notices', file: 'content/notices/zz-date.mdx', relative: 'zz-date.mdx', source: source(printed, body, extra) }]);

describe('the content check warns, and a slip kept as issued can be marked', () => {
  it.each([
    // [what, printed date, body, extra frontmatter, warnings as [field or line, suggestion]]
    ['Latin O in the printed date and the body', '二OO五年十二月十三日', '二OO五年十二月十三日', '', [['signedOnPrinted', '二○○五年十二月十三日'], ['', undefined]]],
    ['digit 0 in the printed date', '二00五年十二月十三日', '二○○五年十二月十三日', '', [['signedOnPrinted', '二○○五年十二月十三日']]],
    ['the right form', '二○○五年十二月十三日', '二○○五年十二月十三日', '', []],
    ['kept as issued in keepAsIs', '二OO五年十二月十三日', '二OO五年十二月十三日', 'keepAsIs:\n  - 二OO五年十二月十三日\n', []],
    [
      'kept as issued with an editorial note',
      '二OO五年十二月十三日',
      '二OO五年十二月十三日',
      'editorialNotes:\n  - original: 二OO五年十二月十三日\n    reading: 原文“○”印作字母 O，应为“二○○五年十二月十三日”。\n',
      [],
    ],
  ])('%s', (_what, printed, body, extra, expected) => {
    const problems = check(printed, body, extra);
    expect(problems.every((p) => p.severity === 'warning'), JSON.stringify(problems)).toBe(true);
    expect(problems.map((p) => [p.field, p.suggestion])).toEqual(expected);
    for (const p of problems) {
      expect(p.message).toContain('应写作“二○○五年”');
      expect(p.message).toContain('keepAsIs');
    }
  });
});
