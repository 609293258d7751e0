import { z } from 'astro/zod';
import { isoDate, text } from './common.ts';

/** A site address without the base: a page (`/notices/x/`), a download (`/data/x.csv`) or an anchor on a page (`/notices/x/#附件1`). */
const address = z
  .string()
  .trim()
  .regex(/^\/[^\s?]*$/u, { message: '地址应以 / 开头、不含空格和问号，不写网站域名和子路径，如 /notices/yue-jingxin-yuanqu-2012-68/。' })
  .refine((value) => /(?:\/|\.[a-z0-9]+)$/iu.test(value.split('#')[0]!), {
    message: '页面地址应以 / 结尾，如 /notices/yue-jingxin-yuanqu-2012-68/；下载文件写完整文件名，如 /data/firms-2011.csv。',
  });

/**
 * 地址变更 (content/redirects.yaml): where a published address went. Every address the site has
 * published (content/published-addresses.yaml) answers for ever: a renamed page redirects (301)
 * to its new address, a deleted one says it is gone (410), a renamed anchor stays on its page as
 * an alias. One list; the content check refuses a build that drops an address without an entry.
 */
export const redirectSchema = z
  .object({
    /** 原地址: the address as published, without the site's domain and base, e.g. /notices/old-name/. */
    from: address.describe('原地址'),
    /** 新地址: where it went, a page or download of the site (or `/notices/x/#new` for an anchor). Leave out when `gone`. */
    to: address.optional().describe('新地址'),
    /** 已删除: true when the address was removed without a replacement (410, and a page saying so). */
    gone: z.literal(true, { message: 'gone 只能写 true（表示已删除）。' }).optional().describe('已删除'),
    /** 原因: why the address changed, in the editors' words, shown on the page at the old address. */
    reason: text.describe('原因'),
    /** 日期: when the address changed, YYYY-MM-DD. */
    date: isoDate.describe('日期'),
  })
  .superRefine((entry, ctx) => {
    if (entry.to === undefined && entry.gone === undefined) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '须写新地址 to；确实删除、没有替代页面的，写 gone: true。' });
    }
    if (entry.to !== undefined && entry.gone !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['gone'], message: 'to 与 gone 只能写一个：迁到新地址写 to，删除写 gone: true。' });
    }
  });

export type Redirect = z.output<typeof redirectSchema>;
