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
 * Tabs printing at a time (each tab has a renderer process of its own). A tab's document goes
 * through its renderer, then through a process Chromium starts to compose its PDF, then through
 * the browser process and Node, one after another, so one tab keeps at most one core busy and
 * waits between steps. Six tabs keep two cores busier than three: over the same documents, at
 * the same CPU, the wall time was 0.54 of the CPU time with 5–6 tabs against 0.57–0.58 with 3
 * (docs/benchmarks.md, PDF stage, 2026-12-03; README: 打印与 PDF).
 */
export const PRINT_TABS = 6;

/**
 * Prints each page with `concurrency` tabs at a time; returns the PDFs in the jobs' order.
 * `siteDir` is the built site, `base` the SITE_BASE its links carry ('/' or '/x/'); `onPdf`, if
 * given, gets each PDF with its job's index as soon as it is printed, instead of in the array returned.
 */
export async function printPages(browser: Browser, siteDir: string, base: string, jobs: readonly PrintJob[], concurrency = PRINT_TABS, onPdf?: (pdf: Uint8Array, i: number) => void): Promise<Uint8Array[]> {
  // A tiny window and print media: the page is never drawn for a screen, only laid out for paper
  // (measured: the same PDF bytes, less work per document; README: 打印与 PDF).
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN', viewport: { width: 64, height: 64 } });
  // Every page asks for the same stylesheets and images: each file is read (and a stylesheet
  // rewritten, ./fonts.ts) once, then served from memory, so the Node thread that answers every
  // tab's requests and streams their PDFs does not stall them. The site folder does not change
  // while its PDFs are printed; a missing file is remembered as null (404).
  const served = new Map<string, Buffer | null>();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN || !decodeURIComponent(url.pathname).startsWith(base)) return route.abort();
    let file = decodeURIComponent(url.pathname).slice(base.length);
    if (file === BLANK) return route.fulfill({ status: 200, body: '<!DOCTYPE html><html lang="zh-CN"></html>', contentType: TYPES['.html'] });
    if (file === '' || file.endsWith('/')) file += 'index.html';
    const full = path.join(siteDir, file);
    if (path.relative(siteDir, full).startsWith('..')) return route.abort();
    let body = served.get(full);
    if (body === undefined) {
      try {
        body = path.extname(full) === '.css' ? Buffer.from(forPdfFonts(readFileSync(full, 'utf8'))) : readFileSync(full);
      } catch {
        body = null;
      }
      served.set(full, body);
    }
    if (body === null) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, body, contentType: TYPES[path.extname(full)] ?? 'application/octet-stream' });
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
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      // Not kept twice: a caller that takes each PDF as it comes holds what it needs of it.
      if (onPdf) onPdf(pdf, i);
      else results[i] = pdf;
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
