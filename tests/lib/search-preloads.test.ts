import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cbor2';
import { afterEach, describe, expect, it } from 'vitest';
import { pagefindIndexChunks, pageModuleTag, searchPreloadLinks, writeSearchPreloads, type PagefindEntry } from '../../src/lib/build/search-preloads.ts';
import type { ChunkList } from '../../src/lib/search/index-chunks.ts';

const entry: PagefindEntry = {
  languages: {
    'zh-cn': { hash: 'zh-cn_37c4b4fd26165', wasm: null, page_count: 34 },
    en: { hash: 'en_0a1b2c3', wasm: 'en', page_count: 50 },
  },
  include_characters: ['_'],
};

/** A metadata file as Pagefind writes it: gzip of its signature and CBOR [version, pages, chunks, filters, sorts]. */
function metaFile(chunks: [string, string, string][], inflated = false): Uint8Array {
  const body = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(encode(['1.6.0', [['page', 10]], chunks, [], []]))]);
  return inflated ? body : gzipSync(body);
}
const chunks: [string, string, string][] = [
  ['000', '产业', 'zh-cn_1'],
  ['"引号"', '龙', 'zh-cn_2'],
];

/** The addresses the links name, in order. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/gu)].map((m) => m[1]);

describe('searchPreloadLinks', () => {
  const hrefsOf = (links: ReturnType<typeof searchPreloadLinks>) => (links ? [links.entry, links.meta, links.wasm].flatMap(hrefs) : []);
  it.each([
    ['zh-CN', '/', ['/pagefind/pagefind-entry.json?ts=zh-cn_37c4b4fd26165', '/pagefind/pagefind.zh-cn_37c4b4fd26165.pf_meta', '/pagefind/wasm.unknown.pagefind']],
    ['zh-CN', '/szy/', ['/szy/pagefind/pagefind-entry.json?ts=zh-cn_37c4b4fd26165', '/szy/pagefind/pagefind.zh-cn_37c4b4fd26165.pf_meta', '/szy/pagefind/wasm.unknown.pagefind']],
    // Pagefind's own choice: the language's first part, then the language with the most pages.
    ['en-GB', '/', ['/pagefind/pagefind-entry.json?ts=en_0a1b2c3', '/pagefind/pagefind.en_0a1b2c3.pf_meta', '/pagefind/wasm.en.pagefind']],
    ['fr', '/', ['/pagefind/pagefind-entry.json?ts=en_0a1b2c3', '/pagefind/pagefind.en_0a1b2c3.pf_meta', '/pagefind/wasm.en.pagefind']],
  ])('for a page in %s under %s names the entry, metadata and WebAssembly Pagefind will fetch', (lang, base, expected) => {
    expect(hrefsOf(searchPreloadLinks(entry, lang, base))).toEqual(expected);
  });

  it('preloads them as fetches in CORS mode, the entry under the id the page reads its tag from', () => {
    const links = searchPreloadLinks(entry, 'zh-CN', '/')!;
    for (const link of [links.entry, links.meta, links.wasm]) expect(link).toMatch(/^<link rel="preload"[^>]* as="fetch" crossorigin>$/u);
    expect(links.entry).toContain('id="pagefind-entry"');
  });

  it('gives nothing for an index without languages', () => {
    expect(searchPreloadLinks({ languages: {} }, 'zh-CN', '/')).toBeUndefined();
  });
});

describe('pagefindIndexChunks', () => {
  it('reads the index chunks from Pagefind’s metadata, compressed or not', () => {
    const expected = [
      { from: '000', to: '产业', hash: 'zh-cn_1' },
      { from: '"引号"', to: '龙', hash: 'zh-cn_2' },
    ];
    expect(pagefindIndexChunks(metaFile(chunks))).toEqual(expected);
    expect(pagefindIndexChunks(metaFile(chunks, true))).toEqual(expected);
  });

  it('refuses a file of another format, rather than preload the wrong chunks', () => {
    expect(() => pagefindIndexChunks(gzipSync(Buffer.from('something else entirely')))).toThrow(/pagefind_dcd/u);
    const other = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(encode(['1.6.0', [], { chunks: [] }]))]));
    expect(() => pagefindIndexChunks(other)).toThrow(/索引分块/u);
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
    writeFileSync(path.join(dir, 'pagefind/pagefind.zh-cn_37c4b4fd26165.pf_meta'), metaFile(chunks));
    writeFileSync(
      path.join(dir, 'search/index.html'),
      `<!DOCTYPE html><html lang="zh-CN"><head>${head}<title>搜索</title><script src="/scripts/reading.js"></script><link rel="stylesheet" href="/a.css"></head><body><form></form><script type="module" src="/_astro/search.js"></script></body></html>`,
    );
    return dir;
  }
  const written = () => readFileSync(path.join(dir, 'search/index.html'), 'utf8');

  it('names first the page’s module, then Pagefind’s loader, entry and WebAssembly, then runs the module from there', () => {
    site('<meta charset="utf-8"><link rel="modulepreload" href="/pagefind/pagefind.js">');
    expect(writeSearchPreloads(dir, '/')).toBe(true);
    const links = searchPreloadLinks(entry, 'zh-CN', '/')!;
    const list: ChunkList = { chunks, include: ['_'] };
    expect(written()).toContain(
      `<meta charset="utf-8"><link rel="modulepreload" href="/_astro/search.js"><link rel="modulepreload" href="/pagefind/pagefind.js">${links.entry}${links.wasm}${pageModuleTag('/_astro/search.js', list)}<title>`,
    );
  });

  it('moves the page’s module out of the body, async, and leaves the metadata’s preload to the end of the head', () => {
    site('<link rel="modulepreload" href="/pagefind/pagefind.js">');
    writeSearchPreloads(dir, '/');
    expect(written()).toContain(`<link rel="stylesheet" href="/a.css">${searchPreloadLinks(entry, 'zh-CN', '/')!.meta}</head><body><form></form></body>`);
    expect(written().match(/<script type="module"/gu)).toHaveLength(1);
    expect(written()).toMatch(/<script type="module" async src="\/_astro\/search.js" data-index-chunks="[^"]+"><\/script>/u);
  });

  it('writes no chunk list for an index with a stemmer, whose chunks the page cannot predict', () => {
    site('<link rel="modulepreload" href="/pagefind/pagefind.js">');
    writeFileSync(path.join(dir, 'search/index.html'), readFileSync(path.join(dir, 'search/index.html'), 'utf8').replace('lang="zh-CN"', 'lang="en"'));
    writeSearchPreloads(dir, '/');
    expect(written()).toContain('<script type="module" async src="/_astro/search.js"></script>');
  });

  it('writes the chunk list as JSON the page reads back from the attribute', () => {
    const tag = pageModuleTag('/_astro/search.js', { chunks, include: ['_'] });
    const value = /data-index-chunks="([^"]*)"/u.exec(tag)![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    expect(JSON.parse(value)).toEqual({ chunks, include: ['_'] });
  });

  it('refuses a search page that no longer preloads the loader or has no module, rather than leave the search slow unnoticed', () => {
    site('<meta charset="utf-8">');
    expect(() => writeSearchPreloads(dir, '/')).toThrow(/modulepreload/u);
    writeFileSync(path.join(dir, 'search/index.html'), '<html lang="zh-CN"><head><link rel="modulepreload" href="/pagefind/pagefind.js"></head><body></body></html>');
    expect(() => writeSearchPreloads(dir, '/')).toThrow(/模块脚本/u);
  });
});
