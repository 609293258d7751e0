import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collections, type CollectionName } from '../../schemas/index.ts';
import type { CheckedEntry } from './entry.ts';
import { parseDataFile } from './data-file.ts';
import { parseFrontmatter } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { attachmentAnchors } from './rules/attachment-anchors.ts';
import { datasetChartIds } from './rules/dataset-chart-ids.ts';
import { datasetSources } from './rules/dataset-sources.ts';
import { editorialNoteQuotes } from './rules/editorial-note-quotes.ts';
import { uniqueDocNumbers } from './rules/unique-doc-numbers.ts';
import { schemaProblems } from './schema-problems.ts';

/** Rules that look across all entries, after each has passed (or failed) its schema. */
const crossRules: ((entries: CheckedEntry[]) => Problem[])[] = [uniqueDocNumbers, attachmentAnchors, editorialNoteQuotes, datasetSources, datasetChartIds];

function listFiles(dir: string, extensions: string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => extensions.some((ext) => name.endsWith(ext)) && !path.basename(name).startsWith('_'))
    .map((name) => path.join(dir, name))
    .sort();
}

export interface CheckOptions {
  /** Project root; file paths in problems are relative to it. */
  root: string;
  /** The content folder, absolute or relative to root. Default `content`. */
  contentDir?: string;
}

/**
 * Checks every content file against its collection's schema and the cross-file
 * rules, and returns all problems found (not only the first).
 */
export function checkContent({ root, contentDir = 'content' }: CheckOptions): Problem[] {
  const base = path.resolve(root, contentDir);
  const entries: CheckedEntry[] = [];
  const problems: Problem[] = [];
  for (const [name, collection] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    // Data collections (pattern *.yaml) are whole-file YAML; the others are MDX with frontmatter.
    const isData = collection.pattern.endsWith('.yaml');
    for (const absolute of listFiles(path.join(base, collection.dir), isData ? ['.yaml'] : ['.mdx', '.md'])) {
      const file = path.relative(root, absolute).split(path.sep).join('/');
      const source = readFileSync(absolute, 'utf8');
      const parsed = isData ? parseDataFile(source) : parseFrontmatter(source);
      const entry: CheckedEntry = { collection: name, file, parsed };
      entries.push(entry);
      if (parsed.syntaxError) {
        problems.push({ file, ...parsed.syntaxError, field: '', severity: 'error' });
        continue;
      }
      const result = collection.schema.safeParse(parsed.data);
      if (result.success) entry.data = result.data as Record<string, unknown>;
      else problems.push(...schemaProblems(file, parsed, collection.schema, result.error));
    }
  }
  for (const rule of crossRules) problems.push(...rule(entries));
  return problems;
}
