import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collections, type CollectionName } from '../../schemas/index.ts';
import type { CheckedEntry } from './entry.ts';
import { entryId } from '../content-id.ts';
import { isDataFile, parseDataFile } from './data-file.ts';
import { parseFrontmatter } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { checkDataFiles } from './data-files.ts';
import { attachmentAnchors } from './rules/attachment-anchors.ts';
import { datasetChartIds } from './rules/dataset-chart-ids.ts';
import { datasetSources } from './rules/dataset-sources.ts';
import { editorialNoteQuotes } from './rules/editorial-note-quotes.ts';
import { bulletinArticles } from './rules/bulletin-articles.ts';
import { citationPassages } from './rules/citation-passages.ts';
import { referenceDataIds } from './rules/reference-data-ids.ts';
import { references } from './rules/references.ts';
import { uniqueDocNumbers } from './rules/unique-doc-numbers.ts';
import { schemaProblems } from './schema-problems.ts';

/** Rules that look across all entries, after each has passed (or failed) its schema. */
const crossRules: ((entries: CheckedEntry[]) => Problem[])[] = [
  uniqueDocNumbers,
  attachmentAnchors,
  editorialNoteQuotes,
  references,
  referenceDataIds,
  bulletinArticles,
  citationPassages,
  datasetSources,
  datasetChartIds,
];

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

/** Reads every content file of every registered collection and checks each against its schema. */
export function readEntries({ root, contentDir = 'content' }: CheckOptions): { entries: CheckedEntry[]; problems: Problem[]; base: string } {
  const base = path.resolve(root, contentDir);
  const entries: CheckedEntry[] = [];
  const problems: Problem[] = [];
  for (const [name, collection] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    const dir = path.join(base, collection.dir);
    const extensions = isDataFile(collection.pattern) ? ['.yaml', '.yml'] : ['.mdx', '.md'];
    for (const absolute of listFiles(dir, extensions)) {
      const file = path.relative(root, absolute).split(path.sep).join('/');
      const source = readFileSync(absolute, 'utf8');
      const parsed = isDataFile(absolute) ? parseDataFile(source) : parseFrontmatter(source);
      const id = entryId(path.relative(dir, absolute), parsed.data);
      const entry: CheckedEntry = { collection: name, file, id, parsed };
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
  const data = checkDataFiles(root, base);
  entries.push(...data.entries);
  problems.push(...data.problems);
  return { entries, problems, base };
}

/**
 * Checks every content file against its collection's schema and the cross-file
 * rules, and returns all problems found (not only the first).
 */
export function checkContent(options: CheckOptions): Problem[] {
  const { entries, problems } = readEntries(options);
  for (const rule of crossRules) problems.push(...rule(entries));
  return problems;
}
