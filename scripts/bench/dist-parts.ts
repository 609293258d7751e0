/**
 * Where a built site's bytes go: its files by kind, and a page's HTML by part. The
 * benchmark reports both for each side, so a dist/ ratio can be read as "which files"
 * and "which part of every page" rather than as one number.
 */
import * as cheerio from 'cheerio';

/** Kinds of files in a built site, in the order the report lists them; the first that matches a file counts it. */
export const FILE_KINDS: readonly { kind: string; test: (file: string) => boolean }[] = [
  { kind: 'precompressed copies (.gz, .br) for the server', test: (f) => /\.(?:gz|br)$/u.test(f) },
  { kind: 'Pagefind (index and its scripts)', test: (f) => f.startsWith('pagefind/') },
  { kind: 'HTML pages', test: (f) => f.endsWith('.html') },
  { kind: 'feeds and sitemaps (XML)', test: (f) => f.endsWith('.xml') },
  { kind: 'images', test: (f) => /\.(?:png|jpe?g|webp|avif|svg|gif)$/u.test(f) },
  { kind: 'scripts and styles', test: (f) => /\.(?:m?js|css)$/u.test(f) },
  { kind: 'data downloads and other files', test: () => true },
];

/**
 * Bytes of a site's files by kind (FILE_KINDS), every kind listed, 0 when absent.
 * @param files paths relative to the site's root, with `/` separators, and their sizes
 * @example distParts([{ file: 'index.html', bytes: 10 }, { file: 'index.html.gz', bytes: 4 }])
 *   // [{ kind: 'precompressed copies …', bytes: 4 }, …, { kind: 'HTML pages', bytes: 10 }, …]
 */
export function distParts(files: readonly { file: string; bytes: number }[]): { kind: string; bytes: number }[] {
  const sums = new Map(FILE_KINDS.map(({ kind }) => [kind, 0]));
  for (const { file, bytes } of files) {
    const { kind } = FILE_KINDS.find(({ test }) => test(file))!;
    sums.set(kind, sums.get(kind)! + bytes);
  }
  return [...sums].map(([kind, bytes]) => ({ kind, bytes }));
}

/** Parts of a document page, by the elements that hold them (every match counts). */
export const PAGE_PARTS: readonly { part: string; selector: string }[] = [
  { part: 'structured data (JSON-LD)', selector: 'head script[type="application/ld+json"]' },
  { part: 'rest of `<head>`: title, description, Open Graph, stylesheet and script links', selector: 'head' },
  { part: 'site header: site name, navigation, search box, reading tools', selector: 'body > header' },
  { part: 'breadcrumbs', selector: 'nav.breadcrumbs' },
  { part: 'title and 发文字号', selector: '.doc-header' },
  { part: 'document metadata (GB/T 9704 block)', selector: '.doc-meta' },
  { part: 'text of the document', selector: '.doc-body' },
  { part: 'contents, body status, page tools, 引用本文, 引用本文的页面', selector: '.doc-toc, .body-status, .page-tools, .cite, .backlinks, .doc-aside' },
  { part: 'search metadata (Pagefind meta, filters, index-only terms)', selector: '.search-meta, .search-terms' },
  { part: 'site footer', selector: 'body > footer' },
];

/**
 * Bytes (UTF-8, as written) of each part of a page (PAGE_PARTS), measured on the page's own
 * source text, not re-serialised. A byte counts in the first part (in PAGE_PARTS order) that
 * holds it, so the JSON-LD is taken out of <head>; what no part holds is "other markup".
 */
export function pageParts(html: string): { part: string; bytes: number }[] {
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true });
  // UTF-8 bytes of each UTF-16 code unit (a surrogate pair's two halves make its four bytes).
  const unitBytes = (i: number) => {
    const c = html.charCodeAt(i);
    return c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  };
  const owned = new Uint8Array(html.length);
  const rows = PAGE_PARTS.map(({ part, selector }) => {
    let bytes = 0;
    $(selector).each((_, el) => {
      const loc = (el as unknown as { sourceCodeLocation?: { startOffset: number; endOffset: number } }).sourceCodeLocation;
      if (!loc) return;
      for (let i = loc.startOffset; i < loc.endOffset; i++) {
        if (owned[i]) continue;
        owned[i] = 1;
        bytes += unitBytes(i);
      }
    });
    return { part, bytes };
  });
  const total = Buffer.byteLength(html);
  const counted = rows.reduce((sum, r) => sum + r.bytes, 0);
  return [...rows, { part: 'other markup (doctype, layout, attributes)', bytes: total - counted }];
}
