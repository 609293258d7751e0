import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindOptions } from '../../src/lib/search/options.ts';
import { chunksForAddressQuery, predictChunks, type ChunkList } from '../../src/lib/search/index-chunks.ts';
import { needsSimplifier, normalizeQueryLazy } from '../../src/lib/search/query.ts';
import { loadPagefind } from '../helpers/pagefind-node.ts';
import { loadQuerySet } from '../helpers/search-queries.ts';
import { readPage } from '../helpers/site.ts';
import { siteEntries, sites } from '../helpers/sites.ts';

/**
 * The search page asks for the index chunks of the query in its address before Pagefind has
 * loaded (src/lib/search/index-chunks.ts, from the chunk list the build writes on the page's
 * module). A wrong guess costs a reader bytes on a slow network and still leaves the search
 * waiting: so on every site, for queries of the query set, what readers type for the site's own
 * pages (titles, 发文字号 in two brackets) and the chunks' own bounds, the chunks predicted are
 * exactly the ones Pagefind then fetches, run in Node over the built index.
 */
describe.each(sites())('the index chunks the search page preloads on the $name site', (site) => {
  const page = readPage('search/index.html', site.outDir);
  const lang = page('html').attr('lang') ?? '';
  const list = JSON.parse(page('script[data-index-chunks]').attr('data-index-chunks') ?? 'null') as ChunkList | null;
  const entries = siteEntries(site).filter((e) => typeof e.data?.title === 'string');
  const docNumbers = siteEntries(site).flatMap((e) => (typeof e.data?.docNumber === 'string' ? [e.data.docNumber] : []));
  // Each query loads Pagefind afresh (a chunk once loaded is not fetched again, which would hide a
  // wrong guess), about 70 ms of CPU: 30 queries of the set, 10 titles and 5 发文字号, spread over
  // the set and the site's entries, keep it to a few seconds a site.
  const spread = <T,>(items: T[], n: number) => items.filter((_, i) => i % Math.max(1, Math.ceil(items.length / n)) === 0);
  const queries = [
    ...new Set([
      ...spread(loadQuerySet(), 30).map((c) => c.q),
      ...spread(entries, 10).map((e) => String(e.data!.title)),
      ...spread(docNumbers, 5).flatMap((d) => [d, d.replace('〔', '[').replace('〕', ']')]),
      // The chunks' own bounds, and their first characters (often between two chunks).
      ...spread(list?.chunks ?? [], 8).flatMap(([from, to]) => [from, to, [...from][0]!, [...to][0]!]),
      // A rare character, Latin letters in both cases, a number, punctuation alone.
      '齉',
      'GDP Gdp',
      'ZZZ',
      '3468.31',
      '，。',
    ]),
  ];

  it('are written on the page: every chunk of the metadata, in Pagefind’s order', () => {
    expect(list).not.toBeNull();
    const entry = JSON.parse(readFileSync(path.join(site.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { include_characters?: string[] };
    expect(list!.include).toEqual(entry.include_characters ?? []);
    expect(list!.chunks.length).toBeGreaterThan(0);
    // The chunks named are the index's chunk files, all of them.
    const named = list!.chunks.map(([, , hash]) => `${hash}.pf_index`).sort();
    expect(readdirSync(path.join(site.outDir, 'pagefind/index')).filter((f) => f.endsWith('.pf_index')).sort()).toEqual(named);
  });

  it('are the chunks Pagefind fetches for each query', { timeout: 600_000 }, async () => {
    const wrong: string[] = [];
    for (const q of queries) {
      const { pagefind, fetched } = await loadPagefind(site.outDir, lang);
      await pagefind.options(pagefindOptions('/'));
      await pagefind.search(await normalizeQueryLazy(q), { filters: {} });
      const asked = fetched.filter((f) => f.file.startsWith('pagefind/index/')).map((f) => path.basename(f.file, '.pf_index'));
      const predicted = predictChunks(await normalizeQueryLazy(q), lang, list!);
      if (JSON.stringify(predicted) !== JSON.stringify(asked)) wrong.push(`${q}: predicted ${predicted.join(', ') || 'none'}, Pagefind fetched ${asked.join(', ') || 'none'}`);
      // What the page itself preloads: the same, unless the query waits for the converter.
      expect(chunksForAddressQuery(q, lang, list!), q).toEqual(needsSimplifier(q.normalize('NFKC')) ? [] : predicted);
    }
    expect(wrong).toEqual([]);
    // The query set's share (a fixture) alone is about 30, whatever the site's content.
    expect(queries.length).toBeGreaterThanOrEqual(30);
  });
});
