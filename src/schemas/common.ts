import { z } from 'astro/zod';
import { readBeijingTime } from '../lib/text/beijing-time.ts';
import { isPartialDate, isRealDate, whyNotRealDate } from '../lib/text/chinese-date.ts';
import { invisibleMessage, withoutInvisible } from '../lib/text/invisible.ts';

/**
 * Fields and value types shared by every collection. Each collection's schema
 * extends `baseSchema` rather than repeating these fields.
 */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A calendar date, written YYYY-MM-DD. YAML hands an unquoted date over as a
 * Date at UTC midnight; both forms come out as the string 'YYYY-MM-DD'.
 */
export const isoDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const text =
    value instanceof Date
      ? `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
      : value.trim();
  if (!isRealDate(text)) {
    const why = whyNotRealDate(text);
    ctx.addIssue({ code: 'custom', message: why ? `日期“${text}”不存在：${why}。` : `日期“${String(value)}”无效，应写作 年-月-日，如 2012-02-06。` });
    return z.NEVER;
  }
  return text;
});

/**
 * A date known to the day (2010-03-23), the month (2010-03) or only the year (2010), for
 * facts the sources give no more precisely. YAML hands 2010 over as a number and a full
 * date as a Date; all come out as the string written ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD').
 */
export const partialDate = z.union([z.date(), z.string(), z.number()]).transform((value, ctx) => {
  const text =
    value instanceof Date
      ? `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
      : String(value).trim();
  if (!isPartialDate(text)) {
    // A whole day that does not exist (2012-02-30) is told why; anything else, the forms allowed.
    const why = whyNotRealDate(text);
    ctx.addIssue({ code: 'custom', message: why ? `日期“${text}”不存在：${why}。` : `日期“${String(value)}”无效，应写作 年-月-日（如 2010-03-23）；只知道年月时写 2010-03，只知道年份时写 2010。` });
    return z.NEVER;
  }
  return text;
});

/**
 * 发布时间: a moment in Beijing time. Written '2012-02-06 15:30' (Beijing time as written;
 * seconds optional), with an offset ('2012-02-06T15:30:00+08:00', '…Z', '…-05:00':
 * converted to Beijing time), or as a date alone ('2012-02-06') when the time of
 * publication is not known. Comes out as 'YYYY-MM-DD HH:mm', or 'YYYY-MM-DD' for a date
 * alone, which is never given a time (src/lib/text/beijing-time.ts).
 */
export const beijingDateTime = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const moment = readBeijingTime(value);
  if (moment === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `时间“${value instanceof Date ? value.toISOString() : value}”无效，应写作 年-月-日 时:分（北京时间），如 2012-02-06 15:30；不知道发布的时刻时只写日期，如 2012-02-06。`,
    });
    return z.NEVER;
  }
  return moment;
});

/** A non-empty line of text (leading and trailing spaces removed), without invisible characters. */
export const text = z
  .string()
  .trim()
  .min(1, { message: '不能为空。' })
  .superRefine((value, ctx) => {
    const message = invisibleMessage(value);
    if (message) ctx.addIssue({ code: 'custom', message, params: { suggestion: withoutInvisible(value) } });
  });

/** Fields every content entry has. */
export const baseSchema = z.object({
  /** 标题: the title as issued, without 书名号. Required. */
  title: text.describe('标题'),
  /** 摘要: one or two sentences for lists, search results and the page description. Optional. */
  description: text.optional().describe('摘要'),
  /** 示例: true when the entry is sample content, not a real document or fact; it is labelled 示例 everywhere. */
  sample: z.boolean().default(false).describe('示例内容标记'),
  /**
   * 照录原文: passages of the body, quoted exactly, whose slips (e.g. an unclosed
   * bracket) are in the original and kept as issued; the content check does not
   * warn about them.
   */
  keepAsIs: z.array(text).default([]).describe('照录原文'),
});
