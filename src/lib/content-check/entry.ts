import type { CollectionName } from '../../schemas/index.ts';
import type { ParsedBody } from './body/parse-body.ts';
import type { ParsedFile } from './frontmatter.ts';

/** A content file as the checker sees it: where it is and what it says. */
export interface CheckedEntry {
  collection: CollectionName;
  /** Path relative to the project root. */
  file: string;
  /** The entry's id, as Astro's glob loader gives it (the page's URL segment). */
  id?: string;
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
