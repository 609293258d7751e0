import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * 区域 (regions): the four parts of Guangdong the “双转移” programme speaks of.
 * One list in `content/regions.yaml`. A city names its region once; everything
 * else derives the region from the city.
 */
export const regionSchema = z.object({
  /** Stable id used in URLs and in cities.yaml, e.g. yuedong. Lower-case letters, digits and hyphens. */
  id: z.string().regex(/^[a-z0-9-]+$/u, { message: 'id 只能用小写字母、数字和连字符，如 yuedong。' }).describe('区域 id'),
  /** Short name shown on the site and used as the search filter value, e.g. 粤东. */
  name: text.describe('区域名称'),
  /** Full name, e.g. 粤东地区（东翼）. */
  fullName: text.describe('区域全称'),
  /** Another name the circulars use, e.g. 东翼. Optional. */
  alias: text.optional().describe('别称'),
  /** Position in lists, 1 first. */
  order: z.number().int().positive().describe('排序'),
});

export type Region = z.output<typeof regionSchema>;
