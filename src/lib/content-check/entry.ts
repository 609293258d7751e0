import type { CollectionName, DataCollectionName } from '../../schemas/index.ts';
import type { ParsedFile } from './frontmatter.ts';

/** A content file (or one item of a reference-data list) as the checker sees it. */
export interface CheckedEntry {
  collection: CollectionName | DataCollectionName;
  /** Path relative to the project root. */
  file: string;
  /** The id Astro gives the entry (its URL segment), e.g. yue-jingxin-yuanqu-2012-68. */
  id: string;
  parsed: ParsedFile;
  /** The schema's output, when the frontmatter passed the schema. */
  data?: Record<string, unknown>;
}
