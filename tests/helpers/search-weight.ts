import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { pagefindOptions } from '../../src/lib/search/options.ts';
import { needsSimplifier, normalizeQueryLazy } from '../../src/lib/search/query.ts';
import { loadPagefind } from './pagefind-node.ts';

export interface SearchWeight {
  /** Every file the first search downloads, in order, with its size on disk and gzipped. */
  files: { file: string; bytes: number; gzip: number }[];
  /** Bytes of the search page's own script(s). */
  scriptBytes: number;
  /** Bytes Pagefind fetches (in the page: no worker, src/lib/search/options.ts): its bundle, WebAssembly, entry, metadata, index and filter chunks, fragments. */
  pagefindBytes: number;
  /** scriptBytes + pagefindBytes. */
  totalBytes: number;
  /** The same, as served with gzip (Pagefind's index files are already compressed). */
  totalGzip: number;
  /** How many pages the search found. */
  results: number;
}

/**
 * Measures the bytes a reader's FIRST search downloads on a built site, beyond the HTML and
 * stylesheet of the search page: the page's script, then what Pagefind fetches when the page
 * searches `query` and loads the first `results` results — the same calls, in the same order,
 * as src/scripts/search.ts with its filter panel closed (the filter index loads on opening it). Reusable by the benchmark over any corpus.
 */
export async function measureFirstSearch(siteDir: string, query: string, results = 10): Promise<SearchWeight> {
  const dir = path.resolve(siteDir);
  const html = cheerio.load(readFileSync(path.join(dir, 'search/index.html'), 'utf8'));
  const base = html('#search-form').attr('data-base') ?? '/';
  const scripts = html('script[src]')
    .map((_, el) => html(el).attr('src')!)
    .get()
    .map((src) => path.join(dir, src.slice(base.length - 1)));
  const files = scripts.map((file) => ({ file: path.relative(dir, file), body: readFileSync(file) }));
  // A query the traditional→simplified converter could change makes the page load it (a chunk of its own).
  if (needsSimplifier(query.normalize('NFKC'))) {
    for (const script of [...files]) {
      const chunk = /\bsimplify\.[\w-]+\.js\b/u.exec(script.body.toString('utf8'))?.[0];
      if (chunk) files.push({ file: path.join(path.dirname(script.file), chunk), body: readFileSync(path.join(dir, path.dirname(script.file), chunk)) });
    }
  }
  const { pagefind, fetched } = await loadPagefind(dir);
  await pagefind.options(pagefindOptions(base));
  const search = await pagefind.search(await normalizeQueryLazy(query), { filters: {} });
  await Promise.all(search.results.slice(0, results).map((r) => r.data()));
  for (const f of fetched) files.push({ file: f.file, body: readFileSync(path.join(dir, f.file)) });
  const rows = files.map(({ file, body }) => ({ file, bytes: body.length, gzip: file.endsWith('.js') ? gzipSync(body).length : body.length }));
  const isPagefind = (file: string) => file.startsWith('pagefind/');
  const scriptBytes = rows.filter((r) => !isPagefind(r.file)).reduce((n, r) => n + r.bytes, 0);
  const pagefindBytes = rows.filter((r) => isPagefind(r.file)).reduce((n, r) => n + r.bytes, 0);
  return { files: rows, scriptBytes, pagefindBytes, totalBytes: scriptBytes + pagefindBytes, totalGzip: rows.reduce((n, r) => n + r.gzip, 0), results: search.results.length };
}
