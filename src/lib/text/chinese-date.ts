/**
 * Dates as Chinese official documents print them: 二○一二年二月六日.
 * GB/T 9704-1999 wrote 成文日期 in Chinese numerals with ○ for zero; the
 * 2012 edition uses Arabic numerals (2012年2月6日). Both forms are read here.
 */

const DIGITS = ['○', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
// Zero is printed as ○ (U+25CB) in the documents, but 〇 (U+3007) and 零 also occur, and a
// Latin O or a digit 0 is a common slip: all are read (the content check warns about the slips).
const DIGIT_VALUE: Record<string, number> = { '○': 0, '〇': 0, 'Ｏ': 0, 'O': 0, 'ｏ': 0, 'o': 0, '0': 0, '０': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

function smallNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

function parseSmallNumber(text: string): number | undefined {
  if (/^\d{1,2}$/u.test(text)) return Number(text);
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(text);
  if (!m || text === '') return undefined;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? DIGIT_VALUE[a] : undefined;
  return (a ? DIGIT_VALUE[a]! : 1) * 10 + (b ? DIGIT_VALUE[b]! : 0);
}

/**
 * Formats an ISO date (YYYY-MM-DD) in Chinese numerals.
 * @example formatChineseDate('2012-02-06') // '二○一二年二月六日'
 */
export function formatChineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = String(y).split('').map((c) => DIGITS[Number(c)]).join('');
  return `${year}年${smallNumber(m)}月${smallNumber(d)}日`;
}

/**
 * Formats an ISO date (YYYY-MM-DD) with Arabic numerals, as the site shows dates; a date
 * known only to the month (YYYY-MM) or the year (YYYY) is shown as far as it is known.
 * @example formatDate('2012-02-06') // '2012年2月6日'
 * @example formatDate('2010-03') // '2010年3月'
 */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m === undefined ? '' : `${m}月`}${d === undefined ? '' : `${d}日`}`;
}

/** True for a date known to the day (YYYY-MM-DD), the month (YYYY-MM) or the year (YYYY) that exists in the calendar. */
export function isPartialDate(value: string): boolean {
  if (/^\d{4}$/u.test(value)) return true;
  if (/^\d{4}-\d{2}$/u.test(value)) return isRealDate(`${value}-01`);
  return isRealDate(value);
}

/**
 * Reads a printed date known to the day, the month or the year back into YYYY-MM-DD,
 * YYYY-MM or YYYY.
 * @example parsePartialChineseDate('二○一○年三月') // '2010-03'
 */
export function parsePartialChineseDate(printed: string): string | undefined {
  const full = parseChineseDate(printed);
  if (full !== undefined) return full;
  const m = /^\s*(\S{4})\s*年\s*(?:(\S{1,3}?)\s*月)?\s*$/u.exec(printed);
  if (!m) return undefined;
  const year = readYear(m[1]!);
  if (year === undefined) return undefined;
  if (m[2] === undefined) return String(year);
  const month = parseSmallNumber(m[2]);
  return month !== undefined && month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : undefined;
}

function readYear(yearText: string): number | undefined {
  return /^\d{4}$/u.test(yearText)
    ? Number(yearText)
    : yearText.split('').every((c) => c in DIGIT_VALUE)
      ? Number(yearText.split('').map((c) => DIGIT_VALUE[c]).join(''))
      : undefined;
}

/**
 * Reads a printed date, in Chinese or Arabic numerals, back into YYYY-MM-DD.
 * @example parseChineseDate('二○一二年二月六日') // '2012-02-06'
 */
export function parseChineseDate(printed: string): string | undefined {
  const m = /^\s*(\S{4})\s*年\s*(\S{1,3}?)\s*月\s*(\S{1,3}?)\s*日\s*$/u.exec(printed);
  if (!m) return undefined;
  const year = readYear(m[1]!);
  const month = parseSmallNumber(m[2]!);
  const day = parseSmallNumber(m[3]!);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDate(iso) ? iso : undefined;
}

/** True when the YYYY-MM-DD string names a day that exists in the calendar. */
/** Why a date written YYYY-MM-DD is not a real date, in Chinese (2012-02-30: 2012年2月只有29天), or undefined when it is one or is not of that form. */
export function whyNotRealDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m || isRealDate(iso)) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return `月份只有 01 到 12，这里是 ${m[2]}`;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d < 1 ? '日期从 01 起' : `${y}年${mo}月只有${days}天`;
}

export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
