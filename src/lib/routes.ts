/**
 * Where each collection's entries are published, and what readers call them.
 * A collection added to `src/schemas/index.ts` is published at /<name>/<id>/
 * unless it is given another path here; references, cross-links, feeds and
 * backlinks all take their URLs from `entryPath`.
 */

/** Paths that differ from the /<collection>/<id>/ convention. */
const paths: Record<string, (id: string) => string> = {
  // Statistics are published under /data/ (src/pages/data/[id].astro).
  datasets: (id) => `/data/${id}/`,
};

/**
 * The kind of item, as shown beside a reference and used as the Pagefind `type`
 * filter (通知 / 典型案例 / 专刊 / 政策汇编 / 数据). Collections of other branches
 * are listed so they label correctly when merged.
 */
const labels: Record<string, string> = {
  notices: '通知',
  cases: '典型案例',
  bulletins: '专刊',
  compilations: '政策汇编',
  datasets: '数据',
  documents: '政策文件',
  parks: '园区',
};

/** The URL path (without the base) of an entry's page. */
export function entryPath(collection: string, id: string): string {
  return paths[collection]?.(id) ?? `/${collection}/${id}/`;
}

/** What a reader calls an item of the collection, e.g. 通知. */
export function collectionLabel(collection: string): string {
  return labels[collection] ?? collection;
}
