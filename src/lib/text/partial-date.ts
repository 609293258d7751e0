import { isRealDate } from './chinese-date.ts';

/**
 * Dates known only to the year or the month: 2013, 2013-01, 2013-01-15. A newspaper
 * report whose day is not known, or a 专刊 dated by issue and month, keeps only what
 * its source gives; nothing fills in a day that is not known.
 */

/** How precisely a partial date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** The precision of YYYY, YYYY-MM or YYYY-MM-DD, or undefined when the text is none of them (or no real date). */
export function partialDatePrecision(text: string): DatePrecision | undefined {
  if (/^\d{4}$/u.test(text)) return 'year';
  const month = /^\d{4}-(\d{2})$/u.exec(text);
  if (month) return Number(month[1]) >= 1 && Number(month[1]) <= 12 ? 'month' : undefined;
  return isRealDate(text) ? 'day' : undefined;
}

/**
 * A partial date as the site shows it.
 * @example formatPartialDate('2013') // '2013年'
 * @example formatPartialDate('2013-01') // '2013年1月'
 * @example formatPartialDate('2013-01-15') // '2013年1月15日'
 */
export function formatPartialDate(text: string): string {
  const [y, m, d] = text.split('-').map(Number);
  return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
}

/** 日期不详 notes for a partial date: what is not known, or undefined when the day is known. */
export function unknownPart(text: string): string | undefined {
  const precision = partialDatePrecision(text);
  return precision === 'year' ? '月、日不详' : precision === 'month' ? '日不详' : undefined;
}
