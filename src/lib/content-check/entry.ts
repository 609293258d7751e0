import type { CollectionName, DataCollectionName } from '../../schemas/index.ts';
import type { ParsedBody } from './body/parse-body.ts';
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
  /** The MDX body parsed with positions (Markdown/MDX files only). */
  body?: ParsedBody;
}

/** Turns a position in the body into a position in the file. */
export function bodyPosition(entry: CheckedEntry, point: { line: number; column: number } | undefined): { line: number; column: number } {
  if (!point) return { line: entry.parsed.bodyLine, column: 1 };
  return { line: point.line + entry.parsed.bodyLine - 1, column: point.column };
}
