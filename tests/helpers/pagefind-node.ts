import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One file a search fetched, by its path relative to the site, with its size. */
export interface Fetched {
  file: string;
  bytes: number;
}

/** The subset of Pagefind's browser API (dist/pagefind/pagefind.js) the tests and the benchmark use. */
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<{
    results: { id: string; score: number; data: () => Promise<PagefindResult> }[];
    filters: Record<string, Record<string, number>>;
    totalFilters: Record<string, Record<string, number>>;
    unfilteredResultCount: number;
  }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy?(): Promise<void>;
}

export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

let shimmed = false;
const logs = new Map<string, Fetched[]>();

/**
 * Routes fetch() of file:// URLs to the file system, so Pagefind's browser bundle runs
 * in Node over a built site; every file fetched is logged against the site folder it is in.
 */
function shimFetch(): void {
  if (shimmed) return;
  shimmed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return realFetch(input, init);
    const file = fileURLToPath(url.split('?')[0]!);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return new Response('not found', { status: 404 });
    }
    for (const [dir, log] of logs) if (file.startsWith(dir + path.sep)) log.push({ file: path.relative(dir, file), bytes: body.length });
    const type = file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return new Response(new Uint8Array(body), { status: 200, headers: { 'content-type': type } });
  }) as typeof fetch;
}

/**
 * Loads the Pagefind browser bundle of a built site (dist/pagefind/pagefind.js) in Node.
 * Each call gets its own module instance; `fetched` lists every file it has read so far,
 * with pagefind.js itself first, as a browser would download them.
 *
 * In a browser Pagefind takes the language from <html lang>, and for Chinese cuts the query
 * into words with Intl.Segmenter before searching; without a document it would search the
 * query uncut. So the first search here runs under a stand-in document whose <html lang> is
 * the search page's (zh-CN), exactly as in a browser. Call `options()` before the first search.
 */
export async function loadPagefind(siteDir: string, lang = 'zh-CN'): Promise<{ pagefind: PagefindApi; fetched: Fetched[] }> {
  shimFetch();
  const dir = path.resolve(siteDir);
  const fetched: Fetched[] = [];
  logs.set(dir, fetched);
  const bundle = path.join(dir, 'pagefind/pagefind.js');
  fetched.push({ file: 'pagefind/pagefind.js', bytes: readFileSync(bundle).length });
  const url = `${pathToFileURL(bundle).href}?instance=${Date.now()}-${Math.random()}`;
  const module = (await import(/* @vite-ignore */ url)) as PagefindApi;
  let initialised = false;
  const init = async () => {
    if (initialised) return;
    initialised = true;
    const g = globalThis as { document?: unknown };
    const had = 'document' in g;
    const previous = g.document;
    g.document = { querySelector: (sel: string) => (sel === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? lang : null) } : null) };
    try {
      await module.init();
    } finally {
      if (had) g.document = previous;
      else delete g.document;
    }
  };
  const pagefind: PagefindApi = {
    options: (o) => module.options(o),
    init,
    search: async (term, o) => (await init(), module.search(term, o)),
    filters: async () => (await init(), module.filters()),
  };
  return { pagefind, fetched };
}
