import type { CollectionName } from '../../schemas/index.ts';
import type { ParsedFile } from './frontmatter.ts';

/** A content file as the checker sees it: where it is and what it says. */
export interface CheckedEntry {
  collection: CollectionName;
  /** Path relative to the project root. */
  file: string;
  /** The id Astro gives the entry (its URL segment), e.g. yue-jingxin-yuanqu-2012-68. */
  id: string;
  parsed: ParsedFile;
  /** The schema's output, when the frontmatter passed the schema. */
  data?: Record<string, unknown>;
}
