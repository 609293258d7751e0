import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import type { ChunkList, IndexChunk } from '../search/index-chunks.ts';

/** What `pagefind-entry.json` says about each language's index (Pagefind 1.x). */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  /** Characters Pagefind keeps in words although they are punctuation (its `--include-characters`). */
  include_characters?: string[];
}

/**
 * The index Pagefind loads for a page in `lang`, chosen as Pagefind chooses it: the language
 * itself, then its first part, then the language with the most pages.
 */
export function chosenIndex(entry: PagefindEntry, lang: string): PagefindEntry['languages'][string] | undefined {
  const code = lang.toLowerCase();
  return entry.languages[code] ?? entry.languages[code.split('-')[0]!] ?? Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
}

/**
 * The `<link>` tags that let the search page fetch, in parallel with its own script, what
 * Pagefind would otherwise fetch one after another: its entry file, metadata and WebAssembly.
 * Pagefind fetches them with `fetch()` (CORS mode, same-origin credentials), so they are
 * preloaded `as="fetch"` with `crossorigin` to be reused; the CSP allows them under
 * `connect-src 'self'`. The entry file is asked for as `pagefind-entry.json?ts=<tag>`, the tag
 * Pagefind then uses (its `metaCacheTag` option, read by the page's script from the link with
 * `id="pagefind-entry"`): the language index's hash, which changes whenever the index does.
 * The language is chosen as Pagefind chooses it (chosenIndex). None for an index without languages.
 * @example searchPreloadLinks({ languages: { 'zh-cn': { hash: 'zh-cn_37c4', wasm: null, page_count: 34 } } }, 'zh-CN', '/').entry
 * // '<link rel="preload" id="pagefind-entry" href="/pagefind/pagefind-entry.json?ts=zh-cn_37c4" as="fetch" crossorigin>'
 */
export function searchPreloadLinks(entry: PagefindEntry, lang: string, base: string): { entry: string; meta: string; wasm: string } | undefined {
  const index = chosenIndex(entry, lang);
  if (!index) return undefined;
  const dir = `${base}pagefind/`;
  const fetched = (href: string, id = '') => `<link rel="preload"${id && ` id="${id}"`} href="${href}" as="fetch" crossorigin>`;
  return {
    entry: fetched(`${dir}pagefind-entry.json?ts=${encodeURIComponent(index.hash)}`, 'pagefind-entry'),
    meta: fetched(`${dir}pagefind.${index.hash}.pf_meta`),
    wasm: fetched(`${dir}wasm.${index.wasm ?? 'unknown'}.pagefind`),
  };
}

/** Where the search page declares Pagefind's loader: the hashed files' links go right after it. */
const LOADER_LINK = /<link rel="modulepreload" href="[^"]*pagefind\/pagefind\.js"[^>]*>/u;

/** The search page's own module, as Astro writes it (at the end of the page, deferred). */
const PAGE_MODULE = /<script type="module" src="([^"]+)"><\/script>/u;

/** What Pagefind's metadata and index files start with once inflated. */
const SIGNATURE = 'pagefind_dcd';

/**
 * The index chunks listed in a Pagefind metadata file (`pagefind.<hash>.pf_meta`): gzip (unless
 * already inflated), then Pagefind's 12-byte signature, then CBOR (decoded with cbor2): an array
 * whose third item lists each chunk as [first word, last word, hash] (pagefind_web/src/metadata.rs).
 * @example pagefindIndexChunks(readFileSync('dist/pagefind/pagefind.zh-cn_a929.pf_meta'))[0] // { from: '000', to: '两翼', hash: 'zh-cn_e7312b8' }
 */
export function pagefindIndexChunks(meta: Uint8Array): IndexChunk[] {
  const text = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, SIGNATURE.length)).toString('latin1');
  const inflated = text(meta) === SIGNATURE ? meta : new Uint8Array(gunzipSync(meta));
  if (text(inflated) !== SIGNATURE) throw new Error(`Pagefind 元数据文件开头不是 ${SIGNATURE}：Pagefind 的格式变了，无法读出索引分块。`);
  const decoded: unknown = decode(inflated.subarray(SIGNATURE.length));
  const chunks = Array.isArray(decoded) ? (decoded[2] as unknown) : undefined;
  const isChunk = (c: unknown): c is [string, string, string] => Array.isArray(c) && c.length === 3 && c.every((part) => typeof part === 'string');
  if (!Array.isArray(chunks) || !chunks.every(isChunk)) throw new Error('Pagefind 元数据中没有预期的索引分块列表（[首词, 末词, 哈希]）：Pagefind 的格式变了。');
  return chunks.map(([from, to, hash]) => ({ from, to, hash }));
}

/** An attribute value in double quotes. */
const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The page's own module as the head declares it: `async`, so it runs as soon as it has arrived,
 * with the index's chunk list (JSON, ChunkList in src/lib/search/index-chunks.ts) as
 * `data-index-chunks`, from which it predicts the chunks the address's query needs and preloads
 * them at once (no list: the page predicts nothing). In the head, before the site's reading script (which holds the parser until it has
 * arrived), it runs without waiting for the rest of the page; it waits for the page itself only
 * after asking for the chunks.
 * @example pageModuleTag('/_astro/a.js', { chunks: [['一', '龙', 'zh-cn_1']], include: [] })
 * // '<script type="module" async src="/_astro/a.js" data-index-chunks="{&quot;chunks&quot;:…}"></script>'
 */
export function pageModuleTag(src: string, list: ChunkList | undefined): string {
  return `<script type="module" async src="${src}"${list ? ` data-index-chunks="${attribute(JSON.stringify(list))}"` : ''}></script>`;
}

/**
 * After Pagefind has indexed `siteDir`, rewrites the search page (search/index.html) so that what
 * the first search needs is asked for at once, in the order it is needed. Its head names seven
 * files, and HTTP/1.1 gives a page six connections per host, so one waits for a free connection
 * (about 0.6 s on Fast 3G): that one is Pagefind's metadata (1 kB here), needed only after
 * Pagefind's loader and entry file, so that the stylesheet and the site's reading script (which
 * hold the first paint) and the page's module (which asks for the index chunks) never wait:
 * - a modulepreload of the page's own module first: it asks for the index chunks, and the
 *   browser would otherwise ask for it (an `async` module) after everything the head names;
 * - the page's modulepreload of Pagefind's loader, then its hashed entry file and WebAssembly
 *   (searchPreloadLinks);
 * - the page's module itself, moved there from the end of the page (pageModuleTag);
 * - the metadata's preload at the end of the head.
 * Returns whether the page was changed (false when the site has no search page or index).
 */
export function writeSearchPreloads(siteDir: string, base: string): boolean {
  const page = path.join(siteDir, 'search/index.html');
  const entryFile = path.join(siteDir, 'pagefind/pagefind-entry.json');
  if (!existsSync(page) || !existsSync(entryFile)) return false;
  const html = readFileSync(page, 'utf8');
  const loader = LOADER_LINK.exec(html);
  if (!loader) throw new Error('search/index.html 中没有 Pagefind 加载脚本的 modulepreload 链接，无法写入预加载链接。');
  const module = PAGE_MODULE.exec(html);
  if (!module) throw new Error('search/index.html 中没有页面自己的模块脚本（<script type="module" src="…">），无法把它移到页首。');
  const headEnd = html.indexOf('</head>');
  if (headEnd < loader.index) throw new Error('search/index.html 中没有 </head>，无法写入预加载链接。');
  const lang = /<html[^>]*\blang="([^"]+)"/u.exec(html)?.[1] ?? 'unknown';
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
  const index = chosenIndex(entry, lang);
  const links = searchPreloadLinks(entry, lang, base);
  // An index with a language's own WebAssembly has a stemmer, and Pagefind then also looks up each
  // word's stems, which the page cannot predict: no list for it.
  const chunks = index && index.wasm === null ? pagefindIndexChunks(readFileSync(path.join(siteDir, `pagefind/pagefind.${index.hash}.pf_meta`))) : undefined;
  const list: ChunkList | undefined = chunks && { chunks: chunks.map((c) => [c.from, c.to, c.hash]), include: entry.include_characters ?? [] };
  const top = `<link rel="modulepreload" href="${module[1]}">${loader[0]}${links ? links.entry + links.wasm : ''}${pageModuleTag(module[1]!, list)}`;
  writeFileSync(
    page,
    html.slice(0, loader.index) + top + html.slice(loader.index + loader[0].length, headEnd) + (links?.meta ?? '') + html.slice(headEnd, module.index) + html.slice(module.index + module[0].length),
  );
  return true;
}
