import { z } from 'astro/zod';
import { baseSchema, text } from './common.ts';
import { docNumberSchema } from './notices.ts';

/**
 * 先进典型 (typical cases): good experience and practice of a city or park, for
 * others to learn from. One MDX file per case in `content/cases/`; the body is
 * an optional narrative. City, park and themes are ids from cities.yaml,
 * parks.yaml and themes.yaml (checked); the region is derived from the city.
 */

/** A source the case rests on: a circular on this site (with an exact quote) or another publication. */
export const caseSourceSchema = z.object({
  /** The source's title, without 书名号, e.g. 关于印发2012年产业转移工作要点的通知. */
  title: text.describe('来源标题'),
  /** 发文字号 when the source is a circular on this site; its page is linked. Optional. */
  docNumber: docNumberSchema.optional().describe('发文字号'),
  /** The passage the case relies on, exactly as in the source (checked for circulars on this site). Optional. */
  quote: text.optional().describe('原文'),
  /** What the case takes from this source, or what it does not say. Optional. */
  note: text.optional().describe('说明'),
});

/** One result with a figure. Every figure names its unit and its source. */
export const caseResultSchema = z.object({
  /** What was measured, e.g. 入园企业. */
  label: text.describe('指标'),
  /** The figure. */
  value: z.number({ message: '数值须为数字，如 12 或 3.5。' }).describe('数值'),
  /** Its unit, e.g. 家, 亿元, %. */
  unit: text.describe('单位'),
  /** Where the figure comes from: a title or 发文字号 a reader can look up. */
  source: text.describe('数据来源'),
});

/** 批次: the batch of typical cases the case belongs to. */
export const caseBatchSchema = z.object({
  /** The batch's name, e.g. 2011年先进典型. */
  name: text.describe('批次名称'),
  /**
   * The source that names this case as a member of the batch. Leave it out when no
   * source does: the page then says that membership is unverified.
   */
  confirmedBy: text.optional().describe('批次出处'),
});

export const caseSchema = baseSchema.extend({
  /** 摘要: two or three sentences on what was done, shown in lists and at the top of the page. Required. */
  summary: text.describe('摘要'),
  /** The id of the city in cities.yaml, e.g. shanwei. The region follows from it. Required. */
  city: text.describe('城市'),
  /** The id of the park in parks.yaml, when the case is about one. Optional. */
  park: text.optional().describe('园区'),
  /** Ids of themes in themes.yaml, at least one, e.g. [hezuo-gongjian, sanzi-ronghe]. */
  themes: z.array(text).min(1, { message: '至少填写一个主题。' }).describe('主题'),
  /** The year the case was summed up, e.g. 2011. Required. */
  year: z.number({ message: '年份须为四位数字，如 2011。' }).int().min(2000).max(2100).describe('年份'),
  /** 批次, e.g. 2011年先进典型. Optional. */
  batch: caseBatchSchema.optional().describe('批次'),
  /** 主要做法, one line each, in order. */
  measures: z.array(text).default([]).describe('主要做法'),
  /** 成效: results with figures. Figures of a sample case are never used outside its own page. */
  results: z.array(caseResultSchema).default([]).describe('成效'),
  /** 发文字号 of related circulars on this site, e.g. [粤经信园区〔2012〕68号]. */
  relatedNotices: z.array(docNumberSchema).default([]).describe('相关文件'),
  /** 来源: what the case rests on; at least one. */
  sources: z.array(caseSourceSchema).min(1, { message: '至少填写一个来源。' }).describe('来源'),
});

export type Case = z.output<typeof caseSchema>;
