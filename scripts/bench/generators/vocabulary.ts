/**
 * The benchmark corpus's words, drawn as often as the real texts use them. The real content
 * folder (content/: circulars, cases, bulletins, compilations and the document register) is
 * read at generation time and cut into words as a browser cuts a zh-CN page (Intl.Segmenter,
 * the same dictionary segmentation Chromium uses; Pagefind's own is close to it); each real
 * entry becomes one word-frequency table. A synthetic document picks one of those tables and
 * draws its words from it, so a word is on about the share of synthetic pages that the real
 * entries using it are of all entries (环境影响评价: a few percent, not the 87 % that a few dozen
 * fixed phrases gave), and the words an entry repeats stay repeated. Another programme's
 * content/ gives its own vocabulary.
 *
 * Only words are drawn, one at a time: the generated prose is a word salad with the real
 * texts' word frequencies and no sentence of theirs, so it states nothing about any real
 * place or firm (and every generated document is marked synthetic).
 */
import path from 'node:path';
import { parseSource, sourceFiles } from '../../../src/lib/content-check/check-content.ts';
import type { Rand } from './text.ts';

/** Collections whose entries are pages of running text (datasets and reference lists are not). */
const TEXT_COLLECTIONS = new Set(['notices', 'cases', 'bulletins', 'compilations', 'documents']);

/** A word kept for the tables: Chinese characters only, or a number (no punctuation, Latin slugs or markup). */
const WORD = /^(?:\p{Script=Han}+|\d+)$/u;

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The words of a text, in order, as a zh-CN page is cut into words. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike && WORD.test(segment)) out.push(segment);
  return out;
}

/** The text a reader sees of an MDX body: comments, expressions, tags and import/export lines removed. */
function bodyText(body: string): string {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/gu, ' ')
    .replace(/^(?:import|export)\s.*$/gmu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/\{[^}]*\}/gu, ' ');
}

/** Every string in a parsed frontmatter or data file (titles, descriptions, passages, …). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(strings);
  return [];
}

/** The words of each real text entry under a content folder: its frontmatter's strings, then its body. */
export function realEntryWords(root: string, contentDir = path.join(root, 'content')): { file: string; words: string[] }[] {
  return sourceFiles(root, contentDir)
    .filter((f) => TEXT_COLLECTIONS.has(f.collection))
    .map((f) => {
      const parsed = parseSource(f.file, f.source);
      return { file: f.file, words: words([...strings(parsed.data), f.file.endsWith('.mdx') || f.file.endsWith('.md') ? bodyText(parsed.body) : ''].join('\n')) };
    })
    .filter((e) => e.words.length > 0);
}

/** One real entry's word-frequency table, for drawing words as often as it uses them. */
export interface WordTable {
  file: string;
  /** Distinct words, most frequent first. */
  words: string[];
  /** Running totals of their counts, for drawing by binary search. */
  cumulative: number[];
  /** Words in the entry. */
  length: number;
}

export function wordTable(file: string, entryWords: readonly string[]): WordTable {
  const counts = new Map<string, number>();
  for (const w of entryWords) counts.set(w, (counts.get(w) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  let total = 0;
  return { file, words: sorted.map(([w]) => w), cumulative: sorted.map(([, n]) => (total += n)), length: entryWords.length };
}

/** A word drawn from a table, as often as the entry uses it. */
export function drawWord(rand: Rand, table: WordTable): string {
  const target = rand() * table.length;
  let lo = 0;
  let hi = table.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return table.words[lo]!;
}

/** The 主题分类 lists of the real circulars, for synthetic circulars to take one of (not a fixed list of their own). */
export function realSubjectLists(root: string, contentDir = path.join(root, 'content')): string[][] {
  return sourceFiles(root, contentDir)
    .filter((f) => f.collection === 'notices')
    .map((f) => parseSource(f.file, f.source).data.subjects)
    .filter((s): s is string[] => Array.isArray(s) && s.every((x) => typeof x === 'string'));
}

const projectRoot = path.resolve(import.meta.dirname, '../../..');
let subjectLists: string[][] | undefined;
/** The project's own circulars' 主题分类 lists (none when content/ has no circular that gives one). */
export function realSubjects(): string[][] {
  return (subjectLists ??= realSubjectLists(projectRoot));
}

let tables: WordTable[] | undefined;
/** The tables of the project's own content/, read once per process. */
export function realTables(): WordTable[] {
  if (!tables) {
    tables = realEntryWords(projectRoot).map((e) => wordTable(e.file, e.words));
    if (tables.length === 0) throw new Error('The benchmark draws its words from content/, which has no text entries (circulars, cases, bulletins, compilations or documents).');
  }
  return tables;
}
