/**
 * The built site served by nginx (Debian's package) from the configuration that ships with it
 * (dist/_nginx.conf inside the location block `npm run publish` writes): what a reader's browser
 * and a CDN get. Every assertion is about what nginx sends, for any valid content.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, type HeaderRules } from '../../src/lib/server/headers-file.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { subpathSite } from '../helpers/sites.ts';
import { rawGet, startNginx, type NginxSite } from '../helpers/nginx.ts';
import { dist } from '../helpers/paths.ts';
import { htmlFiles } from '../helpers/site.ts';

const immutable = 'public, max-age=31536000, immutable';

/** Every file of a build, as URL paths under its base ('/' for dist). */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${path.relative(dir, path.join(e.parentPath, e.name))}`)
    .sort();
}

/**
 * One page of each kind: the first HTML file of every (first folder, depth) pair, e.g. the home
 * page, a list, an item, a facet page, the 404 page. Derived from the build, so any content works.
 */
function pageSample(dir: string): string[] {
  const byKind = new Map<string, string>();
  for (const file of htmlFiles(dir)) {
    const parts = file.split('/');
    const kind = `${parts.length > 1 ? parts[0] : ''}:${parts.length}`;
    if (!byKind.has(kind)) byKind.set(kind, file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`);
  }
  return [...byKind.values()];
}

/** The file a URL path is served from. */
function fileFor(dir: string, urlPath: string): string {
  return path.join(dir, decodeURI(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath));
}

const rules: HeaderRules = parseHeaders(readFileSync(path.join(dist, '_headers'), 'utf8'));
/** The headers of `_headers` that every response carries (everything but caching). */
const everywhere = Object.keys(headersFor(rules, '/')).filter((name) => name !== 'Cache-Control');
const all = files(dist);
const pages = pageSample(dist);

let site: NginxSite;
beforeAll(async () => {
  site = await startNginx({ dir: dist });
});
afterAll(async () => {
  await site?.close();
});

it('starts from the shipped configuration without a warning', () => {
  expect(site.errors()).not.toMatch(/\[(?:emerg|alert|crit|warn)\]/u);
});

describe('every page type', () => {
  it.each(pages)('%s: 200, HTML in UTF-8, the _headers headers, revalidated', async (url) => {
    const res = await rawGet(site.url + url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    for (const name of everywhere) expect(res.headers[name.toLowerCase()], name).toBe(headersFor(rules, url)[name]);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body.equals(readFileSync(fileFor(dist, url)))).toBe(true);
  });
});

describe('every response type', () => {
  // One file of each extension, hashed or not.
  const byType = [...new Map(all.filter((f) => !f.endsWith('.gz') && !path.basename(f).startsWith('_')).map((f) => [`${path.extname(f)}:${f.includes('/_astro/')}`, f])).values()];

  it.each(byType)('%s carries the _headers headers', async (url) => {
    const res = await rawGet(site.url + encodeURI(url));
    expect(res.status).toBe(200);
    for (const name of everywhere) expect(res.headers[name.toLowerCase()], name).toBe(headersFor(rules, url)[name]);
  });

  it('gives each download and data file its type: CSV in UTF-8 for Excel, XLSX, JSON, feeds, Pagefind’s files', async () => {
    const expected: [RegExp, string][] = [
      [/\.csv$/u, 'text/csv; charset=utf-8'],
      [/\.xlsx$/u, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [/\.json$/u, 'application/json; charset=utf-8'],
      [/\.xml$/u, 'text/xml; charset=utf-8'],
      [/\.css$/u, 'text/css; charset=utf-8'],
      [/\.js$/u, 'application/javascript; charset=utf-8'],
      [/\.svg$/u, 'image/svg+xml; charset=utf-8'],
      [/\.png$/u, 'image/png'],
      [/\.pdf$/u, 'application/pdf'],
      [/\.(?:pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/u, 'application/octet-stream'],
    ];
    let checked = 0;
    for (const [pattern, type] of expected) {
      const sample = all.filter((f) => pattern.test(f) && !path.basename(f).startsWith('_')).slice(0, 3);
      for (const url of sample) {
        const res = await rawGet(site.url + encodeURI(url));
        expect(res.headers['content-type'], url).toBe(type);
        checked++;
      }
    }
    expect(all.some((f) => f.endsWith('.csv')), 'the build has CSV downloads').toBe(true);
    expect(checked).toBeGreaterThan(expected.length);
  });

  it('serves a download byte for byte (what a journalist saves is the file the build wrote)', async () => {
    for (const url of all.filter((f) => /\.(?:csv|xlsx)$/u.test(f))) {
      const res = await rawGet(site.url + encodeURI(url));
      expect(res.body.equals(readFileSync(fileFor(dist, url))), url).toBe(true);
    }
  });
});

describe('caching', () => {
  it('lets browsers and CDNs keep every content-hashed file a year: /_astro/ and Pagefind’s index, fragments, filters and meta', async () => {
    const hashed = all.filter((f) => !f.endsWith('.gz') && (f.startsWith('/_astro/') || /^\/pagefind\/(?:fragment|index|filter)\//u.test(f) || /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/u.test(f)));
    expect(hashed.length).toBeGreaterThan(3);
    for (const url of hashed) expect((await rawGet(site.url + url)).headers['cache-control'], url).toBe(immutable);
  });

  it('revalidates what keeps its name: pages, feeds, datapackage.json, downloads, Pagefind’s loader and entry', async () => {
    const named = all.filter((f) => /(?:\.html|\.xml|datapackage\.json|\.csv|\.xlsx)$/u.test(f) || /^\/pagefind\/(?:pagefind\.js|pagefind-entry\.json|wasm\.[^/]+)$/u.test(f)).filter((f) => !f.endsWith('.gz'));
    expect(named.some((f) => f.endsWith('datapackage.json')) && named.some((f) => f === '/pagefind/pagefind-entry.json')).toBe(true);
    for (const url of named) {
      const res = await rawGet(site.url + encodeURI(url));
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['last-modified'] ?? res.headers.etag, `${url} can be revalidated`).toBeTruthy();
    }
  });

  it('never lets a CDN keep a missing hashed file for a year', async () => {
    const res = await rawGet(`${site.url}/_astro/no-such-file.abc123.css`);
    expect(res.status).toBe(404);
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});

describe('compression', () => {
  it('sends the precompressed .gz to a client that accepts gzip, and the plain file to one that does not', async () => {
    const url = pages[0]!;
    const file = readFileSync(fileFor(dist, url));
    const zipped = await rawGet(site.url + url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/iu);
    expect(zipped.body.length).toBeLessThan(file.length);
    expect(gunzipSync(zipped.body).equals(file)).toBe(true);
    const plain = await rawGet(site.url + url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
  });

  it('has a .gz beside every sizeable text file, with the same content', () => {
    const text = all.filter((f) => /\.(?:html|css|js|json|xml|svg|csv|txt)$/u.test(f) && !path.basename(f).startsWith('_'));
    const big = text.filter((f) => readFileSync(fileFor(dist, f)).length > 1024);
    expect(big.length).toBeGreaterThan(0);
    for (const url of big) expect(gunzipSync(readFileSync(`${fileFor(dist, url)}.gz`)).equals(readFileSync(fileFor(dist, url))), url).toBe(true);
  });
});

describe('addresses', () => {
  it('answers a missing page with the site’s 404 page, status 404, with the CSP', async () => {
    for (const url of ['/no-such-page/', '/notices/no-such-circular/', '/_astro/']) {
      const res = await rawGet(site.url + url, { 'accept-encoding': 'gzip' });
      expect(res.status, url).toBe(404);
      const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.body) : res.body;
      expect(body.equals(readFileSync(path.join(dist, '404.html'))), url).toBe(true);
      expect(res.headers['content-security-policy']).toBe(headersFor(rules, '/')['Content-Security-Policy']);
    }
  });

  it('redirects a folder address without its slash, keeping the query string', async () => {
    const folder = pages.find((p) => p.length > 1 && p.endsWith('/'))!;
    const res = await rawGet(`${site.url}${folder.slice(0, -1)}?q=${encodeURIComponent('产业')}&page=2`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(`${folder}?q=${encodeURIComponent('产业')}&page=2`);
  });

  it('does not serve the server’s own files', async () => {
    for (const url of ['/_headers', '/_nginx.conf', '/_site.json', '/_redirects']) expect((await rawGet(site.url + url)).status, url).toBe(404);
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reports no Content-Security-Policy violation on any page type, the search page with a search included', async () => {
    const home = cheerio.load(readFileSync(path.join(dist, 'index.html'), 'utf8'));
    const word = [...home('h1').first().text().replace(/[^\p{Script=Han}]/gu, '')].slice(0, 2).join('');
    const urls = [...pages, ...(all.includes('/search/index.html') ? [`/search/?q=${encodeURIComponent(word || '通知')}`] : [])];
    const violations: string[] = [];
    const failed: string[] = [];
    for (const url of urls) {
      const page = await browser.newPage();
      page.on('console', (m) => {
        if (/Content Security Policy/iu.test(m.text())) violations.push(`${url}: ${m.text()}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && !url.startsWith('/404')) failed.push(`${url}: ${r.status()} ${r.url()}`);
      });
      // The search page runs a search on load: wait until Pagefind's WebAssembly and index have come.
      await page.goto(site.url + url, { waitUntil: url.startsWith('/search/') ? 'networkidle' : 'load' });
      await page.close();
    }
    expect(violations).toEqual([]);
    expect(failed).toEqual([]);
  });
});

describe('under a sub-path (SITE_BASE)', () => {
  // content/ built under the sub-path once per run by the global setup (tests/helpers/sites.ts).
  const { base, outDir } = subpathSite;
  let sub: NginxSite;
  beforeAll(async () => {
    sub = await startNginx({ dir: outDir, base });
  });
  afterAll(async () => {
    await sub?.close();
  });

  it('serves every page type and everything it links to under the sub-path, with the headers', async () => {
    const subRules = parseHeaders(readFileSync(path.join(outDir, '_headers'), 'utf8'));
    const seen = new Set<string>();
    for (const url of pageSample(outDir)) {
      const res = await rawGet(sub.url + url);
      expect(res.status, url).toBe(200);
      expect(res.headers['content-security-policy']).toBe(headersFor(subRules, `${base.slice(0, -1)}${url}`)['Content-Security-Policy']);
      const $ = cheerio.load(res.body.toString('utf8'));
      for (const el of $('a[href], link[href], script[src], img[src]').toArray()) {
        const ref = $(el).attr('href') ?? $(el).attr('src')!;
        const target = new URL(ref, sub.origin + base.slice(0, -1) + url);
        if (target.origin !== sub.origin || seen.has(target.pathname)) continue;
        seen.add(target.pathname);
        expect(target.pathname.startsWith(base), `${url} links to ${ref}, outside ${base}`).toBe(true);
        expect((await rawGet(sub.origin + target.pathname)).status, `${url} → ${ref}`).toBe(200);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
  });

  it('keeps hashed assets immutable, gives the 404 page with status 404, and redirects the bare sub-path', async () => {
    const asset = readdirSync(path.join(outDir, '_astro')).find((f) => f.endsWith('.css'))!;
    expect((await rawGet(`${sub.url}/_astro/${asset}`)).headers['cache-control']).toBe(immutable);
    const missing = await rawGet(`${sub.url}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(missing.body.equals(readFileSync(path.join(outDir, '404.html')))).toBe(true);
    const bare = await rawGet(`${sub.origin}${base.slice(0, -1)}?a=1`);
    expect(bare.status).toBe(301);
    expect(new URL(bare.headers.location!, sub.origin).pathname + new URL(bare.headers.location!, sub.origin).search).toBe(`${base}?a=1`);
  });
});
