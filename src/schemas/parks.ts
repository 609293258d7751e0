import { z } from 'astro/zod';
import { text } from './common.ts';
import { docNumberSchema } from './notices.ts';
import { partialDate } from './partial-date.ts';
import { refSchema } from './refs.ts';

/**
 * 园区 (industrial transfer parks and co-operation zones) that the site's
 * documents or a stated outside source mention — only those. One list in
 * `content/parks.yaml`; each park has a page, /parks/<id>/.
 */

/** One side of a park's partnership: a city, and optionally a district or county within it. */
export const parkSideSchema = z.object({
  /** The id of the city in cities.yaml, e.g. foshan. */
  city: text.describe('城市 id'),
  /** The district or county named in the park's name, e.g. 顺德. Optional. */
  place: text.optional().describe('区县'),
});

const threeWays = '出处须写成以下三种之一：docNumber 与 quote（本站通知）；ref（本站任一条目，专刊文章另加 article）；source 与 date（站外出处，用文字写明来源和日期）。';

/** A form of a source with a field it does not take: name the field and the three forms. */
const strictError = {
  error: (issue: { code?: string; keys?: string[] }) => (issue.code === 'unrecognized_keys' ? `出处中有这种写法用不到的字段：${(issue.keys ?? []).join('、')}。${threeWays}` : undefined),
};

const recognises = z
  .boolean()
  .optional()
  .describe('认定文件');

/** A circular on this site, by its 发文字号, and the passage that names the park. */
const circularMention = z
  .object({
    /** 发文字号 of a circular on this site, e.g. 粤经信园区〔2012〕68号. */
    docNumber: docNumberSchema.describe('发文字号'),
    /** The passage that names the park, exactly as in the circular's body. */
    quote: text.describe('原文'),
    /** true when this document recognised (认定) the park; its page lists it under 认定文件. */
    recognises,
  }, strictError)
  .strict();

/** Any entry on this site (a circular, a bulletin issue's article, a register document, a case). */
const entryMention = z
  .object({
    /** The entry, `collection/id`, e.g. bulletins/2013-02 or documents/shuangzhuanyi-zai-guangdong. */
    ref: refSchema.describe('站内出处'),
    /** For a bulletin issue: the anchor of the article that names the park (its ## heading). */
    article: text.optional().describe('文章锚点'),
    /** The passage that names the park, exactly as in the entry's body. Optional for an entry without a body. */
    quote: text.optional().describe('原文'),
    /** true when this document recognised (认定) the park. */
    recognises,
  }, strictError)
  .strict();

/** A source outside the site, stated in words with its date, e.g. a newspaper report. */
const outsideMention = z
  .object({
    /** The source in words, e.g. 某某日报关于某市考核结果的报道. */
    source: text.describe('站外出处'),
    /** Its date as far as it is known: 2013-03-05, 2013-03 or 2013. */
    date: partialDate().describe('出处日期'),
    /** The passage that names the park, as the source prints it. Optional. */
    quote: text.optional().describe('原文'),
    /** true when this source is the recognition itself (e.g. a circular not yet on the site). */
    recognises,
  }, strictError)
  .strict();

/**
 * Where the park is named: a circular on the site by 发文字号, any entry on the site by
 * reference, or an outside source stated in words with a date.
 */
export const mentionSchema = z.union([circularMention, entryMention, outsideMention], { error: () => threeWays });

export const parkSchema = z.object({
  /** Stable id used in URLs and referenced by cases, e.g. shenshan. */
  id: z.string().regex(/^[a-z0-9-]+$/u, { message: 'id 只能用小写字母、数字和连字符，如 shenshan。' }).describe('园区 id'),
  /** The name as the document writes it, e.g. 深汕(尾)特别合作区; also the search filter value. */
  name: text.describe('园区名称'),
  /** Other names the sources use for the park, e.g. 深汕特别合作区; a body naming one links to the park's page. */
  aliases: z.array(text).default([]).describe('别名'),
  /** What kind of park, as the document calls it, e.g. 特别合作区 or 省产业转移工业园. */
  kind: text.describe('园区类别'),
  /** 转出方: the partner the industry moves out from. */
  transferOut: parkSideSchema.describe('产业转出方'),
  /** 承接方: where the park lies. Its city gives the park's region. */
  host: parkSideSchema.describe('园区所在地'),
  /** Where the park is named; at least one (the site lists only parks a stated source names). */
  mentionedIn: z.array(mentionSchema).min(1, { message: '至少填写一处提到该园区的出处（本站文件、本站条目或站外出处）。' }).describe('出处'),
});

export type Park = z.output<typeof parkSchema>;
export type ParkMention = Park['mentionedIn'][number];
