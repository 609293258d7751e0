import type { CollectionName, DataCollectionName } from '../../schemas/index.ts';
import type { ParsedFile } from './frontmatter.ts';

/** A content file as the checker sees it: where it is and what it says. */
export interface CheckedEntry {
  collection: CollectionName | DataCollectionName;
  /** Path relative to the project root. */
  file: string;
  parsed: ParsedFile;
  /** The schema's output, when the frontmatter passed the schema. */
  data?: Record<string, unknown>;
}
