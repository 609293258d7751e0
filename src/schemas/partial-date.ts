import { z } from 'astro/zod';
import { partialDatePrecision, type DatePrecision } from '../lib/text/partial-date.ts';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const examples: Record<DatePrecision, string> = { year: '2013', month: '2013-01', day: '2013-01-15' };

/**
 * A date known to the day, the month or only the year: 2013-01-15, 2013-01 or 2013
 * (a newspaper report whose day its copy does not give). `allowed` lists the
 * precisions the field takes. Comes out as the text written: YYYY, YYYY-MM or YYYY-MM-DD.
 */
export function partialDate(allowed: readonly DatePrecision[] = ['year', 'month', 'day']) {
  return z.union([z.date(), z.string(), z.number()]).transform((value, ctx) => {
    const written =
      value instanceof Date ? `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}` : String(value).trim();
    const precision = partialDatePrecision(written);
    if (precision === undefined || !allowed.includes(precision)) {
      ctx.addIssue({
        code: 'custom',
        message: `日期“${written}”无效，应写作 ${allowed.map((p) => `${{ year: '年', month: '年-月', day: '年-月-日' }[p]}（如 ${examples[p]}）`).join('，或 ')}；只知道年份或月份时只写已知的部分，不要补写不知道的日子。`,
      });
      return z.NEVER;
    }
    return written;
  });
}
