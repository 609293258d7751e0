import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { synonymsSchema } from '../../schemas/search.ts';
import { parseDataFile } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { validate } from './schema-problems.ts';

/** The search synonyms file, relative to the content folder (src/lib/search/terms.ts reads it). */
export const SYNONYMS_FILE = 'search/synonyms.yaml';

/** Checks content/search/synonyms.yaml against its schema (unknown fields included), at file:line; absent is fine. */
export function checkSynonyms(root: string, base: string): Problem[] {
  const absolute = path.join(base, SYNONYMS_FILE);
  if (!existsSync(absolute)) return [];
  const file = path.relative(root, absolute).split(path.sep).join('/');
  const parsed = parseDataFile(readFileSync(absolute, 'utf8'));
  if (parsed.syntaxError) return [{ file, ...parsed.syntaxError, field: '', severity: 'error' }];
  return validate(file, parsed, synonymsSchema).problems;
}
