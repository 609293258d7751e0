/**
 * Pagefind options shared by the search page and the query-set test, so the test
 * ranks exactly as readers' browsers do.
 */

/**
 * Ranking. Pagefind's default length normalisation (pageLength 0.1… toward 1) favours short
 * pages; a circular of many thousand characters then loses to every short page that quotes
 * one of its phrases. pageLength 0 ranks by how often and how rarely-used the terms are,
 * regardless of page length (tested on a fixture site of short quoting pages:
 * tests/site/search-ranking.test.ts).
 */
export const ranking = {
  pageLength: 0,
  termFrequency: 1,
  termSaturation: 1.4,
  termSimilarity: 1,
} as const;

/**
 * Options for pagefind.options(); `baseUrl` is the site's base path (SITE_BASE), `metaCacheTag`
 * the tag of the entry file the page preloads (src/lib/build/search-preloads.ts), so Pagefind asks
 * for that same address instead of a fresh `?ts=<now>` one. An excerpt cut from the middle of the
 * text is marked with an ellipsis at the cut. Pagefind runs in the page, not in its Web Worker:
 * the page's preloaded files can serve only the page's own requests, and the worker's script
 * would be one more download in the chain before the first result.
 */
export function pagefindOptions(baseUrl: string, metaCacheTag?: string): Record<string, unknown> {
  return { baseUrl, ranking, excerptLength: 40, excerptEllipsis: '…', noWorker: true, ...(metaCacheTag ? { metaCacheTag } : {}) };
}

/** Sort orders offered on the search page: URL value → Pagefind sort (none = relevance). */
export const sortOrders = {
  '': { label: '相关度', sort: undefined },
  'date-desc': { label: '日期（新→旧）', sort: { date: 'desc' } },
  'date-asc': { label: '日期（旧→新）', sort: { date: 'asc' } },
} as const;
export type SortOrder = keyof typeof sortOrders;
