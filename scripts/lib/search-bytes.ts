/**
 * Measures what a reader's browser downloads to search a built site with Pagefind.
 * Serves the site on a loopback port with a server that counts the bytes of every
 * response, loads the site's own dist/pagefind/pagefind.js into Node (it runs there:
 * fetch and WebAssembly are built in), and runs the queries one after another in the
 * same session, as one visitor typing them would, loading the first `resultsShown`
 * results' fragments as a result list does.
 *
 * Reusable: `measureSearchBytes(dist, ['产业转移', '劳动力培训'])` from a test or script.
 * Bytes are as served by a plain static server (no HTTP compression; Pagefind's index
 * files are gzipped already, pagefind.js is not).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

export interface SearchMeasure {
  query: string;
  /** Results Pagefind found. */
  results: number;
  /** Bytes downloaded for this search (the first includes loading Pagefind itself). */
  bytes: number;
  /** Requests made for this search. */
  requests: string[];
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
}

export async function measureSearchBytes(siteDir: string, queries: string[], { base = '/', resultsShown = 5 } = {}): Promise<SearchMeasure[]> {
  const handler = sirv(siteDir, { dev: false, etag: false });
  let bytes = 0;
  let requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => unknown;
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) bytes += Buffer.byteLength(chunk);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => (count(chunk), write(chunk, ...rest))) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => (count(chunk), end(chunk, ...rest))) as typeof res.end;
    const url = req.url ?? '/';
    req.url = url.startsWith(base) ? `/${url.slice(base.length)}` : url;
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}pagefind/`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'szy-pagefind-'));
  try {
    const measures: SearchMeasure[] = [];
    // The browser's first request: pagefind.js itself. Node imports it from a file copy.
    const source = await (await fetch(`${origin}pagefind.js`)).text();
    const copy = path.join(tmp, 'pagefind.mjs');
    writeFileSync(copy, source);
    const pagefind = (await import(pathToFileURL(copy).href)) as Pagefind;
    await pagefind.options({ basePath: origin });
    for (const query of queries) {
      const found = await pagefind.search(query);
      await Promise.all(found.results.slice(0, resultsShown).map((r) => r.data()));
      measures.push({ query, results: found.results.length, bytes, requests });
      bytes = 0;
      requests = [];
    }
    return measures;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
