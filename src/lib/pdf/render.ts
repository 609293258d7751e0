/**
 * Prints pages of a built site to PDF with Debian's Chromium (playwright-core) over the site's
 * print stylesheet (src/styles/print.css): tagged, with an outline from the headings. Files are
 * served to the browser from the site folder through request interception (no server, nothing
 * from the network), JavaScript off, and only the project's fonts visible (./fonts.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { fontConfigXml } from '../png/fonts.ts';
import { pdfFontDirs } from './fonts.ts';

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

/** Chromium with a fontconfig that lists only the PDF's fonts. */
export async function launchPdfBrowser(): Promise<Browser> {
  const folder = path.join(os.tmpdir(), `szy-pdf-fontconfig-${process.getuid?.() ?? 0}`);
  mkdirSync(path.join(folder, 'cache'), { recursive: true });
  const conf = path.join(folder, 'fonts.conf');
  writeFileSync(conf, fontConfigXml(pdfFontDirs(), path.join(folder, 'cache')));
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
    env: { ...process.env, FONTCONFIG_FILE: conf },
  });
}

/** One page to print: its address under the site's base (/base/notices/x/). */
export interface PrintJob {
  pagePath: string;
}

/**
 * Prints each page with `concurrency` tabs at a time; returns the PDFs in the jobs' order.
 * `siteDir` is the built site, `base` the SITE_BASE its links carry ('/' or '/x/').
 */
export async function printPages(browser: Browser, siteDir: string, base: string, jobs: readonly PrintJob[], concurrency = 2): Promise<Uint8Array[]> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN || !decodeURIComponent(url.pathname).startsWith(base)) return route.abort();
    let file = decodeURIComponent(url.pathname).slice(base.length);
    if (file === '' || file.endsWith('/')) file += 'index.html';
    const full = path.join(siteDir, file);
    if (path.relative(siteDir, full).startsWith('..')) return route.abort();
    try {
      return await route.fulfill({ status: 200, body: readFileSync(full), contentType: TYPES[path.extname(full)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  const results: Uint8Array[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    while (next < jobs.length) {
      const i = next++;
      await page.goto(`${ORIGIN}${jobs[i]!.pagePath}`, { waitUntil: 'load' });
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
