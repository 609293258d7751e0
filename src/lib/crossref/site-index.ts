import path from 'node:path';
import { collections } from '../../schemas/index.ts';
import { readEntries } from '../content-check/check-content.ts';
import { collectRefs } from '../content-check/collect-refs.ts';
import type { CheckedEntry } from '../content-check/entry.ts';
import { isDataFile } from '../content-check/data-file.ts';
import { articleHeadings, issueArticles, type IssueArticle } from '../bulletins/articles.ts';
import { collectionLabel, entryPath } from '../routes.ts';
import { isLinkableContext, type AncestorLike } from './context.ts';
import { realPath } from './real-path.ts';
import { buildLinkIndex, findCrossRefs, type LinkIndex, type LinkTarget } from './match.ts';

/** A page that cites a document, as shown under 引用本文的页面. */
export interface Citer {
  /** `collection/id` of the citing entry. */
  key: string;
  title: string;
  /** Its page, without the base path. */
  path: string;
  /** What it is, e.g. 专刊. */
  label: string;
  sample: boolean;
}

/** Everything cross-references need, computed once per build from content/. */
export interface SiteIndex {
  targets: LinkTarget[];
  index: LinkIndex;
  keyByFile: Map<string, string>;
  /** `collection/id` → the pages that cite it (in prose or by reference), sorted by path. */
  backlinks: Record<string, Citer[]>;
}

const keyOf = (entry: CheckedEntry) => `${entry.collection}/${entry.id}`;

/** The linkable names of an entry: its title, aliases, 发文字号 and attachments (any collection). */
export function entryTargets(entry: CheckedEntry): LinkTarget[] {
  const data = entry.data;
  if (!data || typeof data.title !== 'string') return [];
  const key = keyOf(entry);
  const page = entryPath(entry.collection, entry.id);
  const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
  const targets: LinkTarget[] = [
    { key, path: page, titles: [data.title, ...aliases], docNumber: typeof data.docNumber === 'string' ? data.docNumber : undefined },
  ];
  if (Array.isArray(data.attachments)) {
    for (const a of data.attachments as { title?: unknown; anchor?: unknown }[]) {
      if (typeof a.title === 'string' && typeof a.anchor === 'string') targets.push({ key, path: `${page}#${a.anchor}`, titles: [a.title] });
    }
  }
  return targets;
}

/** A park of parks.yaml as a link target: its name and aliases, wherever a body writes them, link to its page. */
export function parkTargets(entry: CheckedEntry): LinkTarget[] {
  const data = entry.data;
  if (entry.collection !== 'parks' || !data || typeof data.id !== 'string' || typeof data.name !== 'string') return [];
  const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
  return [{ key: `parks/${data.id}`, path: entryPath('parks', data.id), titles: [], names: [data.name, ...aliases] }];
}

type TreeNode = AncestorLike & { value?: string; children?: TreeNode[]; position?: { start: { line: number } } };

/**
 * The targets a Markdown/MDX body links to, found exactly as the page plugin finds them, in the
 * tree the content check parsed it into (GFM and MDX, as the pages are rendered): the body is
 * not parsed a second time. Each with the body line it stands on. A body that did not parse has
 * no tree (the check reports it).
 */
export function bodyLinkLines(tree: TreeNode | undefined, index: LinkIndex, self: string): { key: string; line: number }[] {
  if (!tree) return [];
  const found: { key: string; line: number }[] = [];
  const walk = (node: TreeNode, ancestors: TreeNode[]) => {
    if (node.type === 'text' && node.value && isLinkableContext(ancestors)) {
      for (const ref of findCrossRefs(node.value, index, (t) => t.key === self)) found.push({ key: ref.target.key, line: node.position?.start.line ?? 1 });
    }
    for (const child of node.children ?? []) walk(child, [node, ...ancestors]);
  };
  walk(tree, []);
  return found;
}

/** The targets a body links to, once each (see bodyLinkLines). */
export function bodyLinks(tree: TreeNode | undefined, index: LinkIndex, self: string): string[] {
  return [...new Set(bodyLinkLines(tree, index, self).map((l) => l.key))];
}

/**
 * Who cites from each line of an entry's body: the entry itself, except in a 专刊 issue, whose
 * articles have pages of their own: a line under an article's ## heading is cited by that article.
 */
function citerOfLine(entry: CheckedEntry, own: Citer): (line: number) => Citer {
  if (entry.collection !== 'bulletins' || !entry.data) return () => own;
  const body = entry.parsed.body;
  const articles = issueArticles(entry.id, entry.data as Parameters<typeof issueArticles>[1], body);
  // Body lines (from 1, as the tree's positions) where each article's heading stands.
  const starts = articleHeadings(body)
    .map((h) => ({ line: h.line + 1, article: articles.find((a) => a.anchor === h.id) }))
    .filter((s): s is { line: number; article: IssueArticle } => s.article !== undefined);
  return (line) => {
    const article = starts.filter((s) => s.line <= line).at(-1)?.article;
    return article ? { key: `${own.key}#${article.anchor}`, title: article.title, path: article.path, label: '专刊文章', sample: article.sample } : own;
  };
}

/** Builds the link index and the backlinks of every entry in the content folder. */
export function buildSiteIndex(options: { root: string; contentDir?: string }): SiteIndex {
  // The content check read the same files moments before: take its entries and body trees.
  const { entries } = readEntries(options, { reuse: true });
  // Pages only: reference-data lists (cities, parks, themes…) are not documents to link to.
  const valid = entries.filter((e) => e.data && e.collection in collections);
  const targets = [...valid.flatMap(entryTargets), ...entries.flatMap(parkTargets)];
  const index = buildLinkIndex(targets);
  // By real path: the compiler names a file by its real path, which differs when content/ (or a folder above it) is a symbolic link.
  const keyByFile = new Map(valid.map((e) => [realPath(path.resolve(options.root, e.file)), keyOf(e)]));
  const backlinks = new Map<string, Map<string, Citer>>();
  for (const entry of valid) {
    const key = keyOf(entry);
    const citer: Citer = {
      key,
      title: String(entry.data!.title),
      path: entryPath(entry.collection, entry.id),
      label: collectionLabel(entry.collection),
      sample: entry.data!.sample === true,
    };
    const cite = (target: string, by: Citer) => {
      if (target === key) return;
      if (!backlinks.has(target)) backlinks.set(target, new Map());
      backlinks.get(target)!.set(by.key, by);
    };
    const citerAt = citerOfLine(entry, citer);
    // In prose: a bulletin article's citations are its own (its page lists them), the rest the entry's.
    for (const { key: target, line } of isDataFile(entry.file) ? [] : bodyLinkLines(entry.body?.tree as TreeNode | undefined, index, key)) cite(target, citerAt(line));
    for (const ref of collectRefs(collections[entry.collection as keyof typeof collections].schema, entry.data)) if (ref.backlink) cite(ref.value, citer);
  }
  const sorted = Object.fromEntries(
    [...backlinks.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([target, citers]) => [target, [...citers.values()].sort((a, b) => a.path.localeCompare(b.path))]),
  );
  return { targets, index, keyByFile, backlinks: sorted };
}
