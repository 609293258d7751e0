import { z } from 'astro/zod';
import { baseSchema, text } from './common.ts';
import { partialDate } from './partial-date.ts';
import { refSchema } from './refs.ts';

/**
 * 双转移专刊 (the special bulletin): one MDX file per issue in `content/bulletins/`.
 * The body holds the issue's own articles, each starting with a level-2 heading
 * (## 标题); the frontmatter's `items` is the issue's table of contents, in order.
 * Each article also has a page of its own, /bulletins/<issue>/<slug>/, with its own
 * source and sample flag: an issue may mix real and sample articles.
 */

/** Where an article was first published (e.g. a newspaper), when it is not written for this issue. */
export const articleSourceSchema = z
  .object({
    /** The publication, as it names itself, e.g. 某某日报. */
    name: text.describe('来源名称'),
    /** Its date as far as it is known: 2013-03-05, 2013-03 or 2013 (the day or month left out when unknown). */
    date: partialDate().describe('来源日期'),
    /** Page, section or edition, e.g. 第2版. Optional. */
    page: text.optional().describe('版次'),
    /** Where a public copy can be read, when there is one. Optional. */
    url: z.url({ protocol: /^https?$/u, message: '网址须以 http:// 或 https:// 开头。' }).optional().describe('原文网址'),
  })
  .strict();

/**
 * An item of the contents: an article written in this issue's body (`article`,
 * optional `author`), or a document elsewhere on the site (`ref`, optional `note`).
 */
export const bulletinItemSchema = z
  .object(
    {
      /** The id of the article's ## heading in the body (its anchor and permalink), e.g. 卷首语. */
      article: text.optional().describe('文章锚点'),
      /** 作者或供稿单位 of an article, as the issue prints it. Optional. */
      author: text.optional().describe('作者'),
      /**
       * The article's address under its issue, /bulletins/<issue>/<slug>/: lower-case letters,
       * digits and hyphens. Optional: without it the address uses the anchor. Never change it once published.
       */
      slug: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { message: '文章地址只能用小写字母、数字和连字符，如 heyuan-kaohe-2012。' })
        .optional()
        .describe('文章地址'),
      /** 示例: true when the article is sample content. Optional: an article is as the issue's `sample` says unless it says otherwise. */
      sample: z.boolean().optional().describe('示例文章标记'),
      /** 来源: where the article was first published, e.g. a newspaper report. Optional. */
      source: articleSourceSchema.optional().describe('来源'),
      /** The entry referred to, `collection/id`, e.g. notices/yue-jingxin-yuanqu-2012-68. */
      ref: refSchema.optional().describe('引用'),
      /** A line on why a referenced document is in the issue, e.g. 全文见通知公告. Optional. */
      note: text.optional().describe('按语'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `目录项中有不认识的字段：${issue.keys.join('、')}。目录项只能写 article（及 author、slug、sample、source）或 ref（及 note）。`
          : undefined,
    },
  )
  .strict()
  .superRefine((item, ctx) => {
    if ((item.article === undefined) === (item.ref === undefined)) {
      ctx.addIssue({ code: 'custom', message: '每个目录项须写 article（本期文章的锚点）或 ref（站内引用）二者之一。' });
    }
    if (item.ref !== undefined) {
      for (const key of ['author', 'slug', 'sample', 'source'] as const) {
        if (item[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `${key} 只用于本期文章（article），引用项（ref）不能写。` });
      }
    }
  });

export const bulletinSchema = baseSchema.extend({
  /** 年度期号: the issue's number within its year, e.g. 1 for 2012年第1期. */
  number: z.number().int().positive({ message: '期号须为正整数。' }).describe('期号'),
  /** 总期号: the running number since the first issue, e.g. 3 for 总第3期. */
  serial: z.number().int().positive({ message: '总期号须为正整数。' }).describe('总期号'),
  /**
   * 出版日期: the day (2012-03-15) or, as 专刊 are dated by issue and month, the month (2013-03).
   * The year of this date is the issue's year.
   */
  date: partialDate(['month', 'day']).describe('出版日期'),
  /** 编印单位, as printed on the masthead. */
  editor: text.describe('编印单位'),
  /** 目录: the items of the issue in order, each an article in the body or a reference. */
  items: z
    .array(bulletinItemSchema)
    .min(1, { message: '目录至少要有一项。' })
    .describe('目录'),
});

export type Bulletin = z.output<typeof bulletinSchema>;
export type BulletinItem = Bulletin['items'][number];
