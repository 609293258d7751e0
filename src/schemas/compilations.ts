import { z } from 'astro/zod';
import { baseSchema, isoDate, text } from './common.ts';
import { refSchema } from './refs.ts';

/**
 * 政策汇编 (policy compilations): one MDX file per compilation in
 * `content/compilations/`. The body is the editorial introduction (编者按);
 * the frontmatter lists the sections and, in each, the documents by reference.
 */

/** A section of the compilation. */
export const compilationSectionSchema = z.object({
  /** 分编标题, e.g. 一、省政府文件. */
  title: text.describe('分编标题'),
  /** A sentence introducing the section. Optional. */
  note: text.optional().describe('分编说明'),
  /** The documents, in order, each `collection/id`, e.g. notices/yue-jingxin-yuanqu-2012-68. */
  documents: z.array(refSchema).min(1, { message: '每一编至少收录一份文件。' }).describe('收录文件'),
});

export const compilationSchema = baseSchema.extend({
  /** 编印日期, e.g. 2012-06-30. */
  date: isoDate.describe('编印日期'),
  /** 编者: who compiled it. */
  editor: text.describe('编者'),
  /** 分编, in order. */
  sections: z.array(compilationSectionSchema).min(1, { message: '至少要有一编。' }).describe('分编'),
});

export type Compilation = z.output<typeof compilationSchema>;
