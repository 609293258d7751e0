/**
 * Measures what Pagefind alone downloads to search a built site: its bundle, WebAssembly,
 * entry, metadata and index chunks, and the fragments of the first `resultsShown` results,
 * for queries run one after another in the same session, as one visitor typing them would.
 * Pagefind's browser bundle runs in Node over the files (tests/helpers/pagefind-node.ts), with
 * the query cut into words as a browser does for a zh-CN page. Used by the benchmark for our
 * site and the baseline alike; for our search page as a whole (its script too) see
 * measureFirstSearch in tests/helpers/search-weight.ts.
 *
 * Bytes are file sizes, as served without HTTP compression (Pagefind's index files are
 * gzipped already, pagefind.js is not).
 */
import { loadPagefind } from '../../tests/helpers/pagefind-node.ts';

export interface SearchMeasure {
  query: string;
  /** Results Pagefind found. */
  results: number;
  /** Bytes downloaded for this search (the first includes loading Pagefind itself). */
  bytes: number;
  /** Files fetched for this search. */
  requests: string[];
}

export async function measureSearchBytes(siteDir: string, queries: string[], { resultsShown = 5 } = {}): Promise<SearchMeasure[]> {
  const { pagefind, fetched } = await loadPagefind(siteDir);
  const measures: SearchMeasure[] = [];
  let seen = 0;
  for (const query of queries) {
    const found = await pagefind.search(query);
    await Promise.all(found.results.slice(0, resultsShown).map((r) => r.data()));
    const files = fetched.slice(seen);
    seen = fetched.length;
    measures.push({ query, results: found.results.length, bytes: files.reduce((n, f) => n + f.bytes, 0), requests: files.map((f) => f.file) });
  }
  return measures;
}

/** How first searches over a set of queries spread: each query searched in a fresh session. */
export interface FirstSearchSpread {
  queries: number;
  median: number;
  p90: number;
  max: number;
  /** The query with the largest first search. */
  maxQuery: string;
  /** How many first searches stay under `limit` bytes. */
  under: number;
  limit: number;
}

/** Summarises sizes of first searches, one per query, against a byte limit (nearest-rank percentiles). */
export function spreadOf(sizes: { query: string; bytes: number }[], limit: number): FirstSearchSpread {
  if (sizes.length === 0) throw new Error('spreadOf: no searches to summarise');
  const sorted = [...sizes].sort((a, b) => a.bytes - b.bytes);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!.bytes;
  const largest = sorted.at(-1)!;
  return { queries: sorted.length, median: rank(0.5), p90: rank(0.9), max: largest.bytes, maxQuery: largest.query, under: sorted.filter((s) => s.bytes < limit).length, limit };
}

/**
 * The size of a FIRST search for each query, one query at a time (each measure loads Pagefind
 * afresh, under a stand-in document of its own, so they cannot overlap).
 */
export async function firstSearchSizes(queries: string[], bytesOf: (query: string) => Promise<number>): Promise<{ query: string; bytes: number }[]> {
  const out: { query: string; bytes: number }[] = [];
  for (const query of queries) out.push({ query, bytes: await bytesOf(query) });
  return out;
}
