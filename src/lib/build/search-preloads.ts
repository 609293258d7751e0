import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What `pagefind-entry.json` says about each language's index (Pagefind 1.x). */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * The `<link>` tags that let the search page fetch, in parallel with its own script, what
 * Pagefind would otherwise fetch one after another: its entry file, metadata and WebAssembly.
 * Pagefind fetches them with `fetch()` (CORS mode, same-origin credentials), so they are
 * preloaded `as="fetch"` with `crossorigin` to be reused; the CSP allows them under
 * `connect-src 'self'`. The entry file is asked for as `pagefind-entry.json?ts=<tag>`, the tag
 * Pagefind then uses (its `metaCacheTag` option, read by the page's script from the link with
 * `id="pagefind-entry"`): the language index's hash, which changes whenever the index does.
 * The language is chosen as Pagefind chooses it: the page's `lang`, then its first part, then
 * the language with the most pages.
 * @example searchPreloadLinks({ languages: { 'zh-cn': { hash: 'zh-cn_37c4', wasm: null, page_count: 34 } } }, 'zh-CN', '/')
 * // '<link rel="preload" id="pagefind-entry" href="/pagefind/pagefind-entry.json?ts=zh-cn_37c4" as="fetch" crossorigin>…'
 */
export function searchPreloadLinks(entry: PagefindEntry, lang: string, base: string): string {
  const code = lang.toLowerCase();
  const index = entry.languages[code] ?? entry.languages[code.split('-')[0]!] ?? Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!index) return '';
  const dir = `${base}pagefind/`;
  const fetched = (href: string, id = '') => `<link rel="preload"${id && ` id="${id}"`} href="${href}" as="fetch" crossorigin>`;
  return [
    fetched(`${dir}pagefind-entry.json?ts=${encodeURIComponent(index.hash)}`, 'pagefind-entry'),
    fetched(`${dir}pagefind.${index.hash}.pf_meta`),
    fetched(`${dir}wasm.${index.wasm ?? 'unknown'}.pagefind`),
  ].join('');
}

/** Where the search page declares Pagefind's loader: the hashed files' links go right after it. */
const LOADER_LINK = /<link rel="modulepreload" href="[^"]*pagefind\/pagefind\.js"[^>]*>/u;

/** The search page's own module, as Astro writes it (deferred: it would hold back DOMContentLoaded). */
const PAGE_MODULE = /<script type="module" src="[^"]+"><\/script>/u;

/**
 * Marks the page's module `async`: it runs as soon as it has arrived (the form it reads comes
 * before it in the page, so it is parsed by then), without waiting for the page's other files,
 * and DOMContentLoaded, which the reading tools wait for to show themselves, no longer waits for it.
 * @example runModuleAsync('<script type="module" src="/_astro/a.js"></script>') // '<script type="module" async src="/_astro/a.js"></script>'
 */
export function runModuleAsync(html: string): string {
  if (!PAGE_MODULE.test(html)) throw new Error('search/index.html 中没有页面自己的模块脚本，无法设为 async。');
  return html.replace(PAGE_MODULE, (tag) => tag.replace('<script type="module" ', '<script type="module" async '));
}

/**
 * After Pagefind has indexed `siteDir`, writes the preload links of its hashed files into the
 * search page (search/index.html), after the page's own modulepreload of Pagefind's loader, and
 * lets the page's module run as soon as it arrives (runModuleAsync).
 * Returns whether the page was changed (false when the site has no search page or index).
 */
export function writeSearchPreloads(siteDir: string, base: string): boolean {
  const page = path.join(siteDir, 'search/index.html');
  const entryFile = path.join(siteDir, 'pagefind/pagefind-entry.json');
  if (!existsSync(page) || !existsSync(entryFile)) return false;
  const html = readFileSync(page, 'utf8');
  const loader = LOADER_LINK.exec(html);
  if (!loader) throw new Error('search/index.html 中没有 Pagefind 加载脚本的 modulepreload 链接，无法写入预加载链接。');
  const lang = /<html[^>]*\blang="([^"]+)"/u.exec(html)?.[1] ?? 'unknown';
  const links = searchPreloadLinks(JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry, lang, base);
  const at = loader.index + loader[0].length;
  writeFileSync(page, runModuleAsync(html.slice(0, at) + links + html.slice(at)));
  return true;
}
