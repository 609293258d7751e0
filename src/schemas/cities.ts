import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * 地级以上市 (prefecture-level cities): the 21 cities of Guangdong, each with its
 * region. One list in `content/cities.yaml`.
 */
export const citySchema = z.object({
  /** Stable id used in URLs and referenced by cases and parks, e.g. shanwei. */
  id: z.string().regex(/^[a-z0-9-]+$/u, { message: 'id 只能用小写字母、数字和连字符，如 shanwei。' }).describe('城市 id'),
  /** The city's name with 市, e.g. 汕尾市; also the search filter value. */
  name: text.describe('城市名称'),
  /** The id of its region in regions.yaml, e.g. yuedong. The only place a city's region is written. */
  region: text.describe('所属区域'),
  /** Its square on the schematic tile map: column west→east, row north→south. Not a boundary. */
  tile: z
    .object({
      /** Column, 0 = westernmost. */
      col: z.number().int().min(0).max(11).describe('列'),
      /** Row, 0 = northernmost. */
      row: z.number().int().min(0).max(7).describe('行'),
    })
    .describe('示意地图位置'),
});

export type City = z.output<typeof citySchema>;
