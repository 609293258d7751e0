import { z } from 'astro/zod';
import { parseRef } from '../lib/refs/refs.ts';

/**
 * A reference to another entry on the site, written `collection/id`, e.g.
 * notices/yue-jingxin-yuanqu-2012-68. The form is checked here; whether the
 * entry exists is checked across files by the content check (rules/references.ts).
 */
export const refSchema = z
  .string()
  .trim()
  .refine((value) => parseRef(value) !== undefined, {
    message: '引用应写作 集合名/文件名，如 notices/yue-jingxin-yuanqu-2012-68。',
  })
  // The mark by which the content check finds every reference in any schema.
  .meta({ szyRef: true });

/**
 * A reference that records where this entry is cited or kept, not something it
 * cites: checked like any reference, but the target's 引用本文的页面 leaves it out.
 */
export const reverseRefSchema = refSchema.meta({ szyRef: true, backlink: false });
