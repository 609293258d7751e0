import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';
import { acceptedPassages, KEEP_AS_ISSUED, positionAt, rangesOf } from './paired-punctuation.ts';

/** Characters typed for the zero of a Chinese year that are not a Chinese numeral: Latin O/o and the digit 0, half or full width. */
const WRONG_ZEROS = /[OoＯｏ0０]/gu;
/** A year in Chinese numerals (with any of the zeros above), before 年. */
const YEAR = /[○〇零一二三四五六七八九OoＯｏ0０]{4}(?=年)/gu;

/** A Chinese year written with a Latin O or a digit 0 for ○, where it stands in the text and its corrected form. */
export interface ZeroSlip {
  index: number;
  /** The year as written, with 年, e.g. 二OO五年. */
  written: string;
  /** The same with ○ for each wrong zero, e.g. 二○○五年. */
  corrected: string;
}

/**
 * Finds years in Chinese numerals whose zero is typed as a Latin O or a digit 0. The guide
 * (like GB/T 9704—1999 for 成文日期) writes zero as ○; a Latin letter looks alike in print
 * but is read out wrongly by screen readers and not found by a search for ○.
 * @example zeroSlips('二OO五年十二月十三日') // [{ index: 0, written: '二OO五年', corrected: '二○○五年' }]
 */
export function zeroSlips(text: string): ZeroSlip[] {
  const slips: ZeroSlip[] = [];
  for (const m of text.matchAll(YEAR)) {
    const year = m[0];
    if (!/[一二三四五六七八九○〇零]/u.test(year) || !/[OoＯｏ0０]/u.test(year)) continue;
    slips.push({ index: m.index, written: `${year}年`, corrected: `${year.replace(WRONG_ZEROS, '○')}年` });
  }
  return slips;
}

const explain = (slip: ZeroSlip) =>
  `“${slip.written}”中的零用了拉丁字母 O 或数字 0，不是汉字数字“○”：应写作“${slip.corrected}”。`;

/**
 * Warns where a Chinese date writes its zero as a Latin O or a digit 0, in the printed
 * 成文日期 (signedOnPrinted) and in the body, with the form to write. A slip that is in
 * the original is kept as issued and marked, as for other slips: quoted in an editorial
 * note or listed in `keepAsIs`, it is no longer reported.
 */
export function chineseDateZeros(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const accepted = acceptedPassages(entry);
    const printed = entry.parsed.data.signedOnPrinted;
    if (typeof printed === 'string') {
      for (const slip of zeroSlips(printed)) {
        if (accepted.some((passage) => passage.includes(slip.written))) continue;
        problems.push({
          file: entry.file,
          ...entry.parsed.locate(['signedOnPrinted']),
          field: 'signedOnPrinted',
          label: '成文日期（原文写法）',
          message: `${explain(slip)}${KEEP_AS_ISSUED}`,
          suggestion: printed.replace(slip.written, slip.corrected),
          severity: 'warning',
        });
      }
    }
    if (!entry.body) continue;
    const body = entry.parsed.body;
    const ranges = rangesOf(body, accepted);
    for (const slip of zeroSlips(body)) {
      if (ranges.some(([s, e]) => slip.index >= s && slip.index < e)) continue;
      problems.push({
        file: entry.file,
        ...positionAt(body, slip.index, entry.parsed.bodyLine),
        field: '',
        label: '日期写法',
        message: `${explain(slip)}${KEEP_AS_ISSUED}`,
        severity: 'warning',
      });
    }
  }
  return problems;
}
