import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runModuleAsync, searchPreloadLinks, writeSearchPreloads, type PagefindEntry } from '../../src/lib/build/search-preloads.ts';

const entry: PagefindEntry = {
  languages: {
    'zh-cn': { hash: 'zh-cn_37c4b4fd26165', wasm: null, page_count: 34 },
    en: { hash: 'en_0a1b2c3', wasm: 'en', page_count: 50 },
  },
};

/** The addresses the links name, in order. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/gu)].map((m) => m[1]);

describe('searchPreloadLinks', () => {
  it.each([
    ['zh-CN', '/', ['/pagefind/pagefind-entry.json?ts=zh-cn_37c4b4fd26165', '/pagefind/pagefind.zh-cn_37c4b4fd26165.pf_meta', '/pagefind/wasm.unknown.pagefind']],
    ['zh-CN', '/szy/', ['/szy/pagefind/pagefind-entry.json?ts=zh-cn_37c4b4fd26165', '/szy/pagefind/pagefind.zh-cn_37c4b4fd26165.pf_meta', '/szy/pagefind/wasm.unknown.pagefind']],
    // Pagefind's own choice: the language's first part, then the language with the most pages.
    ['en-GB', '/', ['/pagefind/pagefind-entry.json?ts=en_0a1b2c3', '/pagefind/pagefind.en_0a1b2c3.pf_meta', '/pagefind/wasm.en.pagefind']],
    ['fr', '/', ['/pagefind/pagefind-entry.json?ts=en_0a1b2c3', '/pagefind/pagefind.en_0a1b2c3.pf_meta', '/pagefind/wasm.en.pagefind']],
  ])('for a page in %s under %s names the entry, metadata and WebAssembly Pagefind will fetch', (lang, base, expected) => {
    expect(hrefs(searchPreloadLinks(entry, lang, base))).toEqual(expected);
  });

  it('preloads them as fetches in CORS mode, the entry under the id the page reads its tag from', () => {
    const links = searchPreloadLinks(entry, 'zh-CN', '/').split(/(?=<link)/u);
    expect(links).toHaveLength(3);
    for (const link of links) expect(link).toMatch(/^<link rel="preload"[^>]* as="fetch" crossorigin>$/u);
    expect(links[0]).toContain('id="pagefind-entry"');
  });

  it('gives nothing for an index without languages', () => {
    expect(searchPreloadLinks({ languages: {} }, 'zh-CN', '/')).toBe('');
  });
});

describe('writeSearchPreloads', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function site(head: string): string {
    dir = mkdtempSync(path.join(os.tmpdir(), 'szy-preloads-'));
    mkdirSync(path.join(dir, 'search'));
    mkdirSync(path.join(dir, 'pagefind'));
    writeFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), JSON.stringify(entry));
    writeFileSync(path.join(dir, 'search/index.html'), `<!DOCTYPE html><html lang="zh-CN"><head>${head}<title>搜索</title></head><body><form></form><script type="module" src="/_astro/search.js"></script></body></html>`);
    return dir;
  }

  it('puts the links right after the page’s preload of Pagefind’s loader', () => {
    site('<meta charset="utf-8"><link rel="modulepreload" href="/pagefind/pagefind.js">');
    expect(writeSearchPreloads(dir, '/')).toBe(true);
    const html = readFileSync(path.join(dir, 'search/index.html'), 'utf8');
    expect(html).toContain(`<link rel="modulepreload" href="/pagefind/pagefind.js">${searchPreloadLinks(entry, 'zh-CN', '/')}<title>`);
  });

  it('lets the page’s module run as soon as it arrives', () => {
    site('<link rel="modulepreload" href="/pagefind/pagefind.js">');
    writeSearchPreloads(dir, '/');
    expect(readFileSync(path.join(dir, 'search/index.html'), 'utf8')).toContain('<form></form><script type="module" async src="/_astro/search.js"></script>');
    expect(() => runModuleAsync('<p>no script</p>')).toThrow(/模块脚本/u);
  });

  it('refuses a search page that no longer preloads the loader, rather than leave the search slow unnoticed', () => {
    site('<meta charset="utf-8">');
    expect(() => writeSearchPreloads(dir, '/')).toThrow(/modulepreload/u);
  });
});
