import { createHash } from 'node:crypto';

/**
 * Keys for Astro's incremental builds (`experimental.incrementalBuild`): a page returned by
 * getStaticPaths() with a `cacheKey` is copied from the previous build when its key and its
 * code are unchanged. A key must therefore change whenever anything the page shows changes,
 * including what it shows of OTHER entries: a circular page links the titles and 发文字号 of
 * other documents in its text (cross-references), draws dataset charts, lists related cases;
 * a case page cites circulars; facet pages list cases. (引用本文的页面 comes from a module,
 * virtual:szy/crossrefs, whose code Astro hashes with the page's own, so it needs no key.)
 *
 * What other entries contribute to a page is, apart from the few pages that print other
 * entries' full text, their metadata: frontmatter, YAML entries, reference lists. So every key
 * folds in one digest of all of the content folder's metadata (`contentDigests().meta`: every
 * file, MDX and Markdown files up to the end of their frontmatter), and the entry's own digest
 * (its whole file). An edit to one circular's body changes only that circular's key; an edit
 * to any frontmatter or YAML file changes every key (rare, and always correct). Pages that
 * print other entries' bodies (a compilation's full texts, a dataset's source sections) fold
 * in the digest of everything (`contentDigests().all`).
 */

/** A content file as read from the content folder: its path relative to it, and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** An MDX or Markdown file's frontmatter block (up to its closing ---), or the whole file when it has none. */
export function metadataPart(file: ContentFile): string {
  if (!/\.mdx?$/u.test(file.path)) return file.text;
  const fence = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/u.exec(file.text);
  return fence ? fence[0] : file.text;
}

function digestOf(files: readonly ContentFile[], part: (f: ContentFile) => string): string {
  const hash = createHash('sha256');
  // Each name and text with its length first, so no two folders give the same stream.
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const text = part(f);
    hash.update(`${f.path.length}:${f.path}${text.length}:${text}`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Two digests of a content folder: `meta`, of every file's metadata (an MDX body's edit leaves
 * it unchanged), and `all`, of every file whole. The order files are given in does not matter.
 */
export function contentDigests(files: readonly ContentFile[]): { meta: string; all: string } {
  return { meta: digestOf(files, metadataPart), all: digestOf(files, (f) => f.text) };
}

/**
 * A page's cacheKey: one short digest of everything listed (the route, the content digests,
 * its entry's digest, …). Undefined parts count as absent.
 * @example pageCacheKey(['notices', meta, entry.digest])
 */
export function pageCacheKey(parts: readonly (string | number | undefined)[]): string {
  return createHash('sha256').update(JSON.stringify(parts.map((p) => p ?? null))).digest('hex').slice(0, 20);
}
