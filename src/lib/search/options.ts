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

/** Options for pagefind.options(); `baseUrl` is the site's base path (SITE_BASE). */
export function pagefindOptions(baseUrl: string): Record<string, unknown> {
  return { baseUrl, ranking, excerptLength: 40 };
}

/** Sort orders offered on the search page: URL value → Pagefind sort (none = relevance). */
export const sortOrders = {
  '': { label: '相关度', sort: undefined },
  'date-desc': { label: '日期（新→旧）', sort: { date: 'desc' } },
  'date-asc': { label: '日期（旧→新）', sort: { date: 'asc' } },
} as const;
export type SortOrder = keyof typeof sortOrders;
