import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * 主题 (themes): the workstreams of the 2012 circular's “一纲六目” and the
 * practices it names. One list in `content/themes.yaml`.
 */
export const themeSchema = z.object({
  /** Stable id used in URLs and referenced by cases, e.g. sanjiehe. */
  id: z.string().regex(/^[a-z0-9-]+$/u, { message: 'id 只能用小写字母、数字和连字符，如 sanjiehe。' }).describe('主题 id'),
  /** Name shown on the site and used as the search filter value, e.g. “三结合”. */
  name: text.describe('主题名称'),
  /** 工作 for a workstream of the circular, 做法 for a practice it names. */
  kind: z.enum(['工作', '做法'], { message: '主题类别只能是 工作 或 做法。' }).describe('主题类别'),
  /** For a practice: the id of the workstream it belongs to. Optional. */
  parent: text.optional().describe('所属工作'),
  /** Position in lists, 1 first. */
  order: z.number().int().positive().describe('排序'),
  /** One sentence saying what the theme covers, in the editors' words. */
  summary: text.describe('说明'),
  /** The circular's own words for it, exactly as in 粤经信园区〔2012〕68号 (checked). */
  quote: text.describe('文件原文'),
  /** 发文字号 of the document quoted. */
  quoteFrom: text.default('粤经信园区〔2012〕68号').describe('原文出处'),
});

export type Theme = z.output<typeof themeSchema>;
