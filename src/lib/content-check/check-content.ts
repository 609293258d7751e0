import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collections, type CollectionName } from '../../schemas/index.ts';
import { entryId } from '../content-id.ts';
import { parseBody } from './body/parse-body.ts';
import { addressProblems } from './address-check.ts';
import { checkDataFiles } from './data-files.ts';
import { bodyPosition, IDENTIFYING_FIELDS, type CheckedEntry } from './entry.ts';
import { parseDataFile, parseFrontmatter, type ParsedFile } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { attachmentAnchors } from './rules/attachment-anchors.ts';
import { bodyHtml } from './rules/body-html.ts';
import { bulletinArticles } from './rules/bulletin-articles.ts';
import { chartDescriptions } from './rules/chart-descriptions.ts';
import { chineseDateZeros } from './rules/chinese-date-zeros.ts';
import { citationPassages } from './rules/citation-passages.ts';
import { datasetChartIds } from './rules/dataset-chart-ids.ts';
import { datasetDecimals } from './rules/dataset-decimals.ts';
import { datasetSources } from './rules/dataset-sources.ts';
import { datasetSpreadsheetText } from './rules/dataset-spreadsheet-text.ts';
import { editorialNoteQuotes } from './rules/editorial-note-quotes.ts';
import { fileNames } from './rules/file-names.ts';
import { headingLevels } from './rules/heading-levels.ts';
import { imageAlt } from './rules/image-alt.ts';
import { internalLinks, type SiteRoutes } from './rules/internal-links.ts';
import { keepAsIsQuotes, pairedPunctuation } from './rules/paired-punctuation.ts';
import { referenceDataIds } from './rules/reference-data-ids.ts';
import { references } from './rules/references.ts';
import { routeCollisions } from './rules/route-collisions.ts';
import { uniqueDocNumbers } from './rules/unique-doc-numbers.ts';
import { siteRoutes } from './routes.ts';
import { validate } from './schema-problems.ts';
import { checkSiteSettings } from './site-settings.ts';
import { checkSynonyms } from './synonyms.ts';

/** Rules that look across all entries, after each has passed (or failed) its schema. */
const crossRules: ((entries: CheckedEntry[], routes: SiteRoutes) => Problem[])[] = [
  fileNames,
  routeCollisions,
  uniqueDocNumbers,
  attachmentAnchors,
  editorialNoteQuotes,
  keepAsIsQuotes,
  references,
  referenceDataIds,
  bulletinArticles,
  citationPassages,
  datasetSources,
  datasetDecimals,
  datasetSpreadsheetText,
  datasetChartIds,
  imageAlt,
  bodyHtml,
  chartDescriptions,
  headingLevels,
  pairedPunctuation,
  chineseDateZeros,
  internalLinks,
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

/** The file extensions a collection's glob pattern loads, e.g. '**\/*.{yaml,yml}' → .yaml, .yml; Markdown always. */
export function extensionsOf(pattern: string): string[] {
  const m = /\.(?:\{([^}]+)\}|(\w+))$/u.exec(pattern);
  const listed = m ? (m[1] ?? m[2]!).split(',').map((e) => `.${e.trim()}`) : [];
  return [...new Set(['.mdx', '.md', ...listed])];
}

export interface CheckOptions {
  /** Project root; file paths in problems are relative to it. */
  root: string;
  /** The content folder, absolute or relative to root. Default `content`. */
  contentDir?: string;
}

/** A content file to check: where it is and what it says. */
export interface SourceFile {
  collection: CollectionName;
  /** Path relative to the project root (as problems name it). */
  file: string;
  /** Path relative to the collection's folder, for the entry's id. */
  relative: string;
  source: string;
}

const isDataSource = (file: string) => /\.(ya?ml|json)$/u.test(file);

/** A content file's frontmatter, or a data file's YAML, parsed with the position of every key. */
export function parseSource(file: string, source: string): ParsedFile {
  return isDataSource(file) ? parseDataFile(source) : parseFrontmatter(source);
}

/** Parses content files given as text and checks each against its schema and its body's syntax. */
function parseSources(files: SourceFile[]): { entries: CheckedEntry[]; problems: Problem[] } {
  const entries: CheckedEntry[] = [];
  const problems: Problem[] = [];
  for (const { collection: name, file, relative, source } of files) {
    const collection = collections[name];
    const isData = isDataSource(file);
    const parsed = parseSource(file, source);
    const entry: CheckedEntry = { collection: name, file, parsed, id: entryId(relative, parsed.data) };
    entries.push(entry);
    if (parsed.syntaxError) {
      problems.push({ file, ...parsed.syntaxError, field: '', severity: 'error' });
      continue;
    }
    const result = validate(file, parsed, collection.schema);
    entry.data = result.data;
    const identifying = IDENTIFYING_FIELDS[name];
    for (const problem of result.problems) if (identifying && problem.field === identifying) problem.identity = true;
    entry.identityInDoubt = result.problems.some((p) => p.identity);
    problems.push(...result.problems);
    if (isData) continue;
    entry.body = parseBody(parsed.body);
    for (const at of entry.body.htmlComments ?? []) {
      problems.push({ file, ...bodyPosition(entry, at), field: '', label: 'MDX 写法', message: '正文中不能用 HTML 注释 <!-- … -->：MDX 读不懂它。给编辑看的注释请写成 {/* … */}。', suggestion: '{/* … */}', severity: 'error' });
    }
    if (entry.body.error) {
      const { line, column, message } = entry.body.error;
      problems.push({ file, ...bodyPosition(entry, { line, column }), field: '', label: 'MDX 写法', message: `正文无法解析：${message}`, severity: 'error' });
    }
  }
  return { entries, problems };
}

function runCrossRules(root: string, entries: CheckedEntry[]): Problem[] {
  const routes = siteRoutes(root, entries);
  return crossRules.flatMap((rule) => rule(entries, routes));
}

/**
 * Checks content files given as text against their collection's schema, their
 * bodies against the body rules and all of them against the cross-file rules.
 * `root` is the project root, where src/pages and public/ tell which pages exist.
 */
export function checkSources(root: string, files: SourceFile[]): Problem[] {
  const { entries, problems } = parseSources(files);
  return [...problems, ...runCrossRules(root, entries)];
}

/** Lists the files of every registered collection in the content folder (`base`, absolute), with their text. */
export function sourceFiles(root: string, base: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const [name, collection] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    const dir = path.join(base, collection.dir);
    for (const absolute of listFiles(dir, extensionsOf(collection.pattern))) {
      files.push({
        collection: name,
        file: path.relative(root, absolute).split(path.sep).join('/'),
        relative: path.relative(dir, absolute),
        source: readFileSync(absolute, 'utf8'),
      });
    }
  }
  return files;
}

/**
 * Reads every content file of every registered collection, and every reference-data
 * list, and checks each against its schema (no cross-file rules).
 */
export function readEntries({ root, contentDir = 'content' }: CheckOptions, { reuse = false } = {}): { entries: CheckedEntry[]; problems: Problem[]; base: string } {
  const base = path.resolve(root, contentDir);
  const files = sourceFiles(root, base);
  const sources = files.map((f) => `${f.file}\0${f.source}`);
  if (reuse && lastRead?.base === base && lastRead.sources.length === sources.length && lastRead.sources.every((s, i) => s === sources[i])) {
    const { result } = lastRead;
    lastRead = undefined;
    return result;
  }
  const { entries, problems } = parseSources(files);
  const data = checkDataFiles(root, base);
  const result = { entries: [...entries, ...data.entries], problems: [...problems, ...data.problems, ...checkSiteSettings(root, base), ...checkSynonyms(root, base)], base };
  lastRead = { base, sources, result };
  return result;
}

/**
 * The last content folder read, kept for ONE later reader that asks to reuse it: in a build the
 * content check reads every file, then the cross-reference index (src/lib/crossref/site-index.ts)
 * needs the same entries and body trees; with the same files it takes these instead of parsing
 * them all again (about 1 s of CPU at 2,000 documents). Dropped once taken.
 */
let lastRead: { base: string; sources: string[]; result: ReturnType<typeof readEntries> } | undefined;

/**
 * Checks every content file under the content folder against its schema, the body
 * rules and the cross-file rules, and returns all problems found (not only the first).
 */
export function checkContent(options: CheckOptions, extra: SourceFile[] = []): Problem[] {
  const read = readEntries(options);
  const base = read.base;
  // Files given as text (e.g. one about to be created, or an issue about to gain an article) are
  // checked as if they were in the folder, in place of the file of the same name if there is one.
  const replaced = new Set(extra.map((x) => x.file));
  const entries = read.entries.filter((e) => !replaced.has(e.file));
  const problems = read.problems.filter((p) => !replaced.has(p.file));
  const added = parseSources(extra);
  const all = [...entries, ...added.entries];
  // Addresses: every published address still answers (the ledger against the content and content/redirects.yaml).
  return [...problems, ...added.problems, ...runCrossRules(options.root, all), ...addressProblems(options.root, base, all, siteRoutes(options.root, all))];
}
