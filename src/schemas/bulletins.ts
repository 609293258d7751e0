import { z } from 'astro/zod';
import { baseSchema, isoDate, text } from './common.ts';
import { refSchema } from './refs.ts';

/**
 * 双转移专刊 (the special bulletin): one MDX file per issue in `content/bulletins/`.
 * The body holds the issue's own articles, each starting with a level-2 heading
 * (## 标题); the frontmatter's `items` is the issue's table of contents, in order.
 */

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
      /** The entry referred to, `collection/id`, e.g. notices/yue-jingxin-yuanqu-2012-68. */
      ref: refSchema.optional().describe('引用'),
      /** A line on why a referenced document is in the issue, e.g. 全文见通知公告. Optional. */
      note: text.optional().describe('按语'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `目录项中有不认识的字段：${issue.keys.join('、')}。目录项只能写 article（及 author）或 ref（及 note）。`
          : undefined,
    },
  )
  .strict()
  .superRefine((item, ctx) => {
    if ((item.article === undefined) === (item.ref === undefined)) {
      ctx.addIssue({ code: 'custom', message: '每个目录项须写 article（本期文章的锚点）或 ref（站内引用）二者之一。' });
    }
  });

export const bulletinSchema = baseSchema.extend({
  /** 年度期号: the issue's number within its year, e.g. 1 for 2012年第1期. */
  number: z.number().int().positive({ message: '期号须为正整数。' }).describe('期号'),
  /** 总期号: the running number since the first issue, e.g. 3 for 总第3期. */
  serial: z.number().int().positive({ message: '总期号须为正整数。' }).describe('总期号'),
  /** 出版日期, e.g. 2012-03-15. The year of this date is the issue's year. */
  date: isoDate.describe('出版日期'),
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
