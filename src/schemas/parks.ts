import { z } from 'astro/zod';
import { text } from './common.ts';
import { docNumberSchema } from './notices.ts';

/**
 * 园区 (industrial transfer parks and co-operation zones) that the site's
 * documents mention — only those. One list in `content/parks.yaml`.
 */

/** One side of a park's partnership: a city, and optionally a district or county within it. */
export const parkSideSchema = z.object({
  /** The id of the city in cities.yaml, e.g. foshan. */
  city: text.describe('城市 id'),
  /** The district or county named in the park's name, e.g. 顺德. Optional. */
  place: text.optional().describe('区县'),
});

/** Where a document mentions the park, quoted exactly. */
export const mentionSchema = z.object({
  /** 发文字号 of the document, e.g. 粤经信园区〔2012〕68号. It must be a circular on this site. */
  docNumber: docNumberSchema.describe('发文字号'),
  /** The passage that names the park, exactly as in the document's body. */
  quote: text.describe('原文'),
});

export const parkSchema = z.object({
  /** Stable id used in URLs and referenced by cases, e.g. shenshan. */
  id: z.string().regex(/^[a-z0-9-]+$/u, { message: 'id 只能用小写字母、数字和连字符，如 shenshan。' }).describe('园区 id'),
  /** The name as the document writes it, e.g. 深汕(尾)特别合作区; also the search filter value. */
  name: text.describe('园区名称'),
  /** What kind of park, as the document calls it, e.g. 特别合作区 or 省产业转移工业园. */
  kind: text.describe('园区类别'),
  /** 转出方: the partner the industry moves out from. */
  transferOut: parkSideSchema.describe('产业转出方'),
  /** 承接方: where the park lies. Its city gives the park's region. */
  host: parkSideSchema.describe('园区所在地'),
  /** The documents that name the park; at least one (the site lists only parks its documents mention). */
  mentionedIn: z.array(mentionSchema).min(1, { message: '至少填写一处提到该园区的文件原文。' }).describe('出处'),
});

export type Park = z.output<typeof parkSchema>;
