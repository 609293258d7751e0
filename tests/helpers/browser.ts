import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startNginx } from './nginx.ts';
import { dist } from './paths.ts';

/**
 * Serves a built site (at the root) on a free loopback port with nginx and the configuration
 * that ships with the site, so the browser tests see the headers, types and compression a
 * reader gets (tests/helpers/nginx.ts).
 */
export async function serve(dir: string = dist): Promise<{ url: string; close: () => Promise<void> }> {
  const site = await startNginx({ dir });
  return { url: site.url, close: site.close };
}

/**
 * The browser the tests drive: Debian's Chromium as its headless shell (package
 * chromium-headless-shell, the same Blink and V8 as the `chromium` package, of the same version,
 * without the desktop browser around them), as Playwright itself drives Chromium headless. It lays
 * out, runs axe, prints and downloads as `chromium --headless` does, at about half the CPU
 * (measured: the browser test files and nginx's, 347 s of CPU with `chromium`, 190 s with the
 * shell; docs/benchmarks.md). CHROMIUM_SHELL_PATH names another; without the shell installed, the
 * full Chromium (CHROMIUM_PATH, as the PDF stage uses). The PDF stage of the build keeps the full
 * Chromium (src/lib/pdf/render.ts): the PDFs readers download are tested as it prints them.
 */
export function testBrowserPath(): string {
  const shell = process.env.CHROMIUM_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';
  return existsSync(shell) ? shell : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
}

/** The tests' browser (testBrowserPath), headless, with background networking off (this machine has no network beyond loopback). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: testBrowserPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * For a test file: launches the browser and serves `dir` before its tests, closes both after.
 * Read `browser` and `site` from the returned object inside tests (they are set in beforeAll).
 */
export function browserOnSite(dir: string = dist): { browser: Browser; site: Awaited<ReturnType<typeof serve>> } {
  const shared = {} as { browser: Browser; site: Awaited<ReturnType<typeof serve>> };
  beforeAll(async () => {
    [shared.browser, shared.site] = await Promise.all([launchBrowser(), serve(dir)]);
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.site?.close();
  });
  return shared;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe-core into the page's document, once a document: evaluated through the DevTools protocol
 * rather than added as a <script> tag, which the page's own CSP (no inline script) would rightly
 * refuse; a page checked again (at another width) keeps it (compiling it again: about 160 ms, measured).
 */
export async function loadAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
}

/**
 * Opens `url` in a tab as a new document, from about:blank first (the same page with another #anchor
 * would otherwise only scroll). Suites that open many pages reuse one tab this way: a new tab a page
 * is a new renderer process a page, about a second of CPU each (measured, the viewport suite).
 */
export async function openAnew(page: Page, url: string): Promise<Response | null> {
  await page.goto('about:blank');
  return page.goto(url);
}

/** Presses Tab until the element matching `selector` has focus (at most 60 times), as a keyboard user gets there. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
