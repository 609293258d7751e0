/**
 * Every page type (tests/fixtures/page-types.ts) in Debian's Chromium at a phone's and a
 * desktop's width: it loads, fits without horizontal scrolling, breaks no rule of the
 * Content-Security-Policy the site is served with, and axe-core finds no WCAG 2.1 A/AA
 * violation. Full-page screenshots are kept in test-results/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTypes, slug } from '../fixtures/page-types.ts';
import { launchBrowser, serve } from '../helpers/browser.ts';
import { root } from '../helpers/paths.ts';

const widths = [360, 1280] as const;
const shots = path.join(root, 'test-results/screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  [browser, site] = await Promise.all([launchBrowser(), serve()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page for the WCAG 2.1 A and AA rules. The script is evaluated
 * through the DevTools protocol rather than added as a <script> tag, which the page's
 * own CSP (no inline script) would rightly refuse.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(widths)('at %i px wide', (width) => {
  it.each(pageTypes)('the $name page fits, keeps to the CSP and has no axe violations', async ({ name, path: url, script }) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const cspErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/iu.test(message.text())) cspErrors.push(message.text());
    });
    const response = await page.goto(site.url + encodeURI(url));
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy'], 'served with the site’s CSP').toBeTruthy();
    const { scrollWidth, clientWidth, scripts } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      // JSON-LD blocks are data, not scripts.
      scripts: [...document.scripts].filter((s) => s.type !== 'application/ld+json').length,
    }));
    expect(scrollWidth, `${name} overflows`).toBeLessThanOrEqual(clientWidth);
    if (!script) expect(scripts).toBe(0);
    await page.screenshot({ path: path.join(shots, `${slug(name)}-${width}.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(cspErrors).toEqual([]);
    await page.close();
  });
});

it('hides the site navigation when a circular is printed', async () => {
  const page = await browser.newPage();
  await page.goto(site.url + encodeURI(pageTypes.find((t) => t.name === 'circular')!.path));
  await page.emulateMedia({ media: 'print' });
  const visible = await page.evaluate(() =>
    ['.site-header', '.site-footer', '.breadcrumbs', '.toc', '.doc-body'].map((sel) => {
      const el = document.querySelector(sel);
      return [sel, el ? el.checkVisibility() : false];
    }),
  );
  expect(Object.fromEntries(visible)).toEqual({ '.site-header': false, '.site-footer': false, '.breadcrumbs': false, '.toc': false, '.doc-body': true });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await page.close();
});
