import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { pagefindOptions } from '../../src/lib/search/options.ts';
import { normalizeQueryLazy } from '../../src/lib/search/query.ts';
import { searchEveryWord } from '../../src/lib/search/run.ts';
import { loadPagefind, type PagefindApi } from './pagefind-node.ts';
import { fixtures } from './paths.ts';

export interface QueryCase {
  q: string;
  expect: string[];
  kind: string;
}

export interface QueryOutcome extends QueryCase {
  /** The query after the search page's normalisation. */
  sent: string;
  /** URLs of the first five results. */
  top: string[];
  /** Whether every expected page is among them. */
  found: boolean;
}

/** The query set kept in tests/fixtures/search-queries.yaml. */
export function loadQuerySet(file = path.join(fixtures, 'search-queries.yaml')): QueryCase[] {
  return (parse(readFileSync(file, 'utf8')) as { queries: QueryCase[] }).queries;
}

/** The URLs of the first `n` results for a query, normalised and searched as the search page does. */
export async function topUrls(pagefind: PagefindApi, q: string, n = 5): Promise<string[]> {
  const { results } = await searchEveryWord(pagefind, await normalizeQueryLazy(q));
  return Promise.all(results.slice(0, n).map(async (r) => (await r.data()).url));
}

/** Loads a built site's index with the search page's options. */
export async function openIndex(siteDir: string): Promise<PagefindApi> {
  const { pagefind } = await loadPagefind(siteDir);
  await pagefind.options(pagefindOptions('/'));
  return pagefind;
}

/** Runs every query against a built site's index; recall = share of queries that found all expected pages. */
export async function runQuerySet(siteDir: string, cases: QueryCase[] = loadQuerySet()): Promise<{ outcomes: QueryOutcome[]; recall: number }> {
  const pagefind = await openIndex(siteDir);
  const outcomes: QueryOutcome[] = [];
  for (const c of cases) {
    const top = await topUrls(pagefind, c.q);
    outcomes.push({ ...c, sent: await normalizeQueryLazy(c.q), top, found: c.expect.every((u) => top.includes(u)) });
  }
  return { outcomes, recall: outcomes.filter((o) => o.found).length / outcomes.length };
}
