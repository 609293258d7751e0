import { z } from 'astro/zod';
import { baseSchema, text } from './common.ts';
import { reverseRefSchema } from './refs.ts';

/**
 * 政策文件目录 (the policy-document register): every document the site's content
 * cites, one YAML file each in `content/documents/`. It records only what the
 * citing texts say of the document; nothing is filled in from memory.
 */

/** A passage of a document on the site that cites this one. */
export const citationSchema = z.object({
  /** The citing entry, `collection/id`, e.g. notices/yue-jingxin-yuanqu-2012-68. */
  in: reverseRefSchema.describe('引用文件'),
  /** The passage, quoted exactly as it stands in the citing entry's body. */
  passage: text.describe('引用原文'),
});

/**
 * 不详事项: facts of the document the editors looked for and could not establish, each with
 * the reason (shown beside 不详). A fact simply left out reads 引用原文未载明.
 */
export const documentUnknownSchema = z.object({
  /** Why the 发文字号 is not known, e.g. 引用原文只称其标题，未查到原件。 */
  docNumber: text.optional().describe('发文字号不详的理由'),
  /** Why the 制发单位 is not known. */
  issuedBy: text.optional().describe('制发单位不详的理由'),
});

export const documentSchema = baseSchema.extend({
  /** Other ways the documents on the site write its title (without 书名号), exactly. */
  aliases: z.array(text).default([]).describe('其他写法'),
  /** 发文字号, only when a citing text gives it. Optional. */
  docNumber: text.optional().describe('发文字号'),
  /** Who issued, drafts or plans it, only as the citing texts or its title say, e.g. 省委办公厅、省府办公厅印发. Optional. */
  issuedBy: text.optional().describe('制发单位'),
  /** What the citing texts say of its state, e.g. 计划2012年2—4月编制出台. Optional. */
  status: text.optional().describe('状态'),
  /** The entry holding its full text on this site, `collection/id`. Leave out when the site has only citations. */
  fullText: reverseRefSchema.optional().describe('全文'),
  /** Where the site's content cites it, at least once. */
  citations: z.array(citationSchema).min(1, { message: '至少要有一处引用（in 与 passage）。' }).describe('引用'),
  /** 不详事项: 发文字号 or 制发单位 looked for and not established, each with the reason. */
  unknown: documentUnknownSchema.default({}).describe('不详事项'),
}).superRefine((d, ctx) => {
  for (const field of ['docNumber', 'issuedBy'] as const) {
    if (d[field] !== undefined && d.unknown[field] !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['unknown', field], message: `已填写 ${field}，又在 unknown 中声明其不详；二者只能取一。` });
    }
  }
});

export type PolicyDocument = z.output<typeof documentSchema>;
