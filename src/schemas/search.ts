import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * 搜索同义词 (search synonyms): `content/search/synonyms.yaml`. Each group names one
 * thing several ways; a page that uses any of them is indexed under all of them.
 */

/** One group of equivalent terms. */
export const synonymGroupSchema = z.object({
  /** The terms, e.g. [双转移, 产业转移和劳动力转移]; at least two. */
  terms: z.array(text).min(2, { message: '每组至少填写两个说法。' }).describe('同义词'),
  /** Why these terms are the same, for editors (not shown on the site). */
  note: text.optional().describe('说明'),
});

export const synonymsSchema = z.object({
  /** The groups of equivalent terms. */
  groups: z.array(synonymGroupSchema).describe('同义词组'),
});

export type Synonyms = z.infer<typeof synonymsSchema>;
