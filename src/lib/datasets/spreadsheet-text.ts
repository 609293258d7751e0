/** What a spreadsheet program makes of a CSV cell it does not keep as text. */
export type SpreadsheetKind = '日期' | '时间' | '数字' | '百分数' | '分数' | '逻辑值' | '公式';

const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/**
 * Whole-cell forms Excel, WPS or LibreOffice Calc convert when they open a CSV, in the order
 * they are tried (3.7 is a number before it is a date). Chinese dates count because Excel and
 * WPS in a Chinese locale read 3月4日 and 2012年3月 as dates; 2011年 alone stays text.
 */
const READINGS: readonly [RegExp, SpreadsheetKind][] = [
  [/^\(?[+-]?[$¥￥€£]?[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\)?$/iu, '数字'],
  [/^[+-]?\d[\d,]*(?:\.\d+)?\s*%$/u, '百分数'],
  [/^[+-]?\d+\s+\d+\/\d+$/u, '分数'],
  [/^\d{1,4}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{1,4})?$/u, '日期'],
  [/^(?:\d{2,4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日)$/u, '日期'],
  [new RegExp(`^(?:\\d{1,2}[-/ .]?(?:${MONTH_NAMES})\\.?(?:[-/ ,]+\\d{2,4})?|(?:${MONTH_NAMES})\\.?[-/ .]?\\d{1,4}(?:[-/ ,]+\\d{2,4})?)$`, 'iu'), '日期'],
  [/^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?$/iu, '时间'],
  [/^(?:true|false)$/iu, '逻辑值'],
  [/^(?:[=@]|[+-]\S)/u, '公式'],
];

/**
 * What a spreadsheet program turns a text cell into when it opens the CSV, or undefined when
 * it keeps the text as written. A converted cell loses its text: 2-4 becomes 4 February,
 * 007 becomes 7, 1E5 becomes 100000, 50% becomes 0.5, =A1 is run as a formula.
 * @example spreadsheetReading('2-4') // '日期'
 * @example spreadsheetReading('007') // '数字'
 * @example spreadsheetReading('全年') // undefined
 */
export function spreadsheetReading(text: string): SpreadsheetKind | undefined {
  const cell = text.trim();
  return READINGS.find(([pattern]) => pattern.test(cell))?.[1];
}
