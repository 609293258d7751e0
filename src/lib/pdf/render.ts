/**
 * Prints pages of a built site to PDF with Debian's Chromium (playwright-core) over the site's
 * print stylesheet (src/styles/print.css): tagged, with an outline from the headings. Files are
 * served to the browser from the site folder through request interception (no server, nothing
 * from the network), JavaScript off, and only the project's fonts visible (./fonts.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { fontConfigXml } from '../png/fonts.ts';
import { forPdfFonts, pdfFontDirs } from './fonts.ts';

const ORIGIN = 'http://pdf.szy.invalid';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

/**
 * Chromium with a fontconfig that lists only the given font folders (the PDF's whole fonts, or
 * the cut-down ones of ./subset.ts), each set with its own fontconfig file and cache.
 */
export async function launchPdfBrowser(fontDirs: readonly string[] = pdfFontDirs()): Promise<Browser> {
  const set = createHash('sha256').update(fontDirs.join('\0')).digest('hex').slice(0, 12);
  const folder = path.join(os.tmpdir(), `szy-pdf-fontconfig-${process.getuid?.() ?? 0}-${set}`);
  mkdirSync(path.join(folder, 'cache'), { recursive: true });
  const conf = path.join(folder, 'fonts.conf');
  writeFileSync(conf, fontConfigXml(fontDirs, path.join(folder, 'cache')));
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
    env: { ...process.env, FONTCONFIG_FILE: conf },
  });
}

/** One page to print: its address under the site's base (/base/notices/x/). */
export interface PrintJob {
  pagePath: string;
  /** The page's HTML as built. */
  html: string;
}

/** The empty document each tab opens once; every page is then written into it (printPages). */
const BLANK = '__szy-pdf-blank__';

/** A page's HTML with a `<base>` of its own address, so that its links and files resolve as when it is opened. */
export function withBase(html: string, address: string): string {
  const head = /<head(\s[^>]*)?>/iu.exec(html);
  if (!head) throw new Error(`${address}：页面没有 <head>，无法打印为 PDF。`);
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}<base href="${address.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;')}">${html.slice(at)}`;
}

/**
 * Tabs printing at a time. A tab's document goes through the renderer, then through a process
 * Chromium starts to compose its PDF, then through the browser process, one after another; with
 * three tabs two cores stay busy (measured: the same CPU a document with 2, 3 and 4 tabs, and
 * less wall time with 3 than with 2; README: 打印与 PDF).
 */
export const PRINT_TABS = 3;

/**
 * Prints each page with `concurrency` tabs at a time; returns the PDFs in the jobs' order.
 * `siteDir` is the built site, `base` the SITE_BASE its links carry ('/' or '/x/').
 */
export async function printPages(browser: Browser, siteDir: string, base: string, jobs: readonly PrintJob[], concurrency = PRINT_TABS): Promise<Uint8Array[]> {
  // A tiny window and print media: the page is never drawn for a screen, only laid out for paper
  // (measured: the same PDF bytes, less work per document; README: 打印与 PDF).
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN', viewport: { width: 64, height: 64 } });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN || !decodeURIComponent(url.pathname).startsWith(base)) return route.abort();
    let file = decodeURIComponent(url.pathname).slice(base.length);
    if (file === BLANK) return route.fulfill({ status: 200, body: '<!DOCTYPE html><html lang="zh-CN"></html>', contentType: TYPES['.html'] });
    if (file === '' || file.endsWith('/')) file += 'index.html';
    const full = path.join(siteDir, file);
    if (path.relative(siteDir, full).startsWith('..')) return route.abort();
    try {
      const body = path.extname(full) === '.css' ? forPdfFonts(readFileSync(full, 'utf8')) : readFileSync(full);
      return await route.fulfill({ status: 200, body, contentType: TYPES[path.extname(full)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  const results: Uint8Array[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    // One navigation a tab; each page is then written into that document (setContent) with a
    // <base> of its own address: the same PDF bytes as opening it, without a new document and
    // frame each time (measured: about half the cost of a page's loading; README: 打印与 PDF).
    await page.goto(`${ORIGIN}${base}${BLANK}`, { waitUntil: 'load' });
    while (next < jobs.length) {
      const i = next++;
      await page.setContent(withBase(jobs[i]!.html, `${ORIGIN}${jobs[i]!.pagePath}`), { waitUntil: 'load' });
      results[i] = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    }
    await page.close();
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  } finally {
    await context.close();
  }
  return results;
}
