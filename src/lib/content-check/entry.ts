import { normalizeDocNumber } from '../notices/doc-number.ts';
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
  /** True when the field other entries know this one by (IDENTIFYING_FIELDS) failed its schema. */
  identityInDoubt?: boolean;
}

/**
 * The field other entries cite an entry by, where it is not the file name: a circular is cited
 * by its 发文字号. While it fails its own schema, references to its collection are not reported.
 */
export const IDENTIFYING_FIELDS: Partial<Record<CheckedEntry['collection'], string>> = { notices: 'docNumber' };

/** Turns a position in the body into a position in the file. */
export function bodyPosition(entry: CheckedEntry, point: { line: number; column: number } | undefined): { line: number; column: number } {
  if (!point) return { line: entry.parsed.bodyLine, column: 1 };
  return { line: point.line + entry.parsed.bodyLine - 1, column: point.column };
}

/**
 * The 发文字号 a circular is known by, for the entries that cite it, even while its own
 * frontmatter fails the schema: the schema's value, else the canonical form of what the
 * editor wrote (粤经信园区[2012]68号 is still 粤经信园区〔2012〕68号 to the cases citing it),
 * so one mistake is reported once, in its own file. Undefined when it cannot be told.
 */
export function docNumberOf(entry: CheckedEntry): string | undefined {
  if (entry.collection !== 'notices') return undefined;
  if (typeof entry.data?.docNumber === 'string') return entry.data.docNumber;
  const raw = entry.parsed.data.docNumber;
  return typeof raw === 'string' ? (normalizeDocNumber(raw) ?? raw.trim()) : undefined;
}

/** True for a circular whose 发文字号 is declared unknown (unknown.docNumber): it has none, by the editor's word. */
export function docNumberDeclaredUnknown(entry: CheckedEntry): boolean {
  const unknown = entry.parsed.data.unknown;
  return typeof unknown === 'object' && unknown !== null && typeof (unknown as Record<string, unknown>).docNumber === 'string';
}

/**
 * True while some entry of a collection cannot be identified (its file does not parse, or a
 * circular's 发文字号 is missing and not declared unknown, or fails its schema): a reference that finds
 * nothing may be meant for it, so it is not reported until that entry's own errors are fixed.
 */
export function identityInDoubt(entries: readonly CheckedEntry[], collection: CheckedEntry['collection']): boolean {
  return entries.some(
    (e) => e.collection === collection && (e.parsed.syntaxError !== undefined || e.identityInDoubt === true || (collection === 'notices' && docNumberOf(e) === undefined && !docNumberDeclaredUnknown(e))),
  );
}
