/**
 * The viewport suite (tests/browser/viewport*.test.ts): every page type (tests/fixtures/page-types.ts)
 * of the real site and of the generated one, in Debian's Chromium at a phone's width (360 px), at
 * 320 CSS px (a 1280 px screen at 200 % zoom) and at a desktop's (1280 px), in one reading mode per
 * test file (the two files run side by side, one per test worker): it loads, fits without horizontal
 * scrolling, requests nothing from another origin, breaks no rule of the Content-Security-Policy the
 * site is served with, and axe-core finds no WCAG 2.1 A/AA violation at 360 and 1280 px; at 320 px
 * it reflows with no text cut off. Each page is loaded once per mode and measured at each width in
 * turn. With TEST_SCREENSHOTS=1, screenshots of the real site's pages are kept in test-results/screenshots/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTypesOf, slug } from '../fixtures/page-types.ts';
import { launchBrowser, loadAxe, openAnew, serve } from './browser.ts';
import { root } from './paths.ts';
import { fileOf } from './site.ts';
import type { Site } from './sites.ts';

const widths = [360, 1280] as const;
/** The reading modes: as a page first opens, and with the reader's 特大 text and high contrast. */
export const modes = [
  { mode: 'standard', prefs: undefined },
  { mode: 'elder', prefs: { size: 'xlarge', contrast: 'high' } },
] as const;
/** Where public/scripts/reading.js keeps the reader's choice. */
const READING_KEY = 'szy-reading';
const shots = path.join(root, 'test-results/screenshots');
/**
 * TEST_SCREENSHOTS=1 keeps a screenshot of each of the real site's pages at each width, for people to
 * look at (test-results/screenshots/); they assert nothing, so other runs (the pipelines' lanes) leave
 * them out. The screenshots in docs/ are `npm run screenshots`.
 */
const keepShots = process.env.TEST_SCREENSHOTS === '1';

let browser: Browser;

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (loadAxe) for the WCAG 2.1 A and AA rules. */
async function axeViolations(page: Page): Promise<string[]> {
  await loadAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // resultTypes: only violations are reported in full (passes are counted, not described), the same verdict at less cost.
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * A tab with the reader's preferences already stored, as after choosing them on an earlier page,
 * that records what each page opened in it requests from another origin and the CSP errors it
 * logs. One tab serves every page of a site in a reading mode, each page a document of its own
 * (`open`, openAnew).
 */
async function readerTab(origin: string, prefs: object | undefined) {
  const page = await browser.newPage({ viewport: { width: widths[0], height: 800 } });
  if (prefs) await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [READING_KEY, JSON.stringify(prefs)] as const);
  let foreign: string[] = [];
  let cspErrors: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/iu.test(message.text())) cspErrors.push(message.text());
  });
  return {
    page,
    /** Loads `url` as a new document at a phone's width, as a reader opening it, and what it then requests and logs. */
    async open(url: string) {
      await page.setViewportSize({ width: widths[0], height: 800 });
      foreign = [];
      cspErrors = [];
      const response = await openAnew(page, url);
      return { response, requests: { foreign: () => foreign, cspErrors: () => cspErrors } };
    },
  };
}

/** Page width against the viewport, and elements whose text is clipped by overflow: hidden/clip. */
function layout(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    cut: [...document.querySelectorAll('body *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        if (!/hidden|clip/u.test(`${style.overflowX} ${style.overflowY}`) || !el.textContent?.trim()) return false;
        const box = el.getBoundingClientRect();
        // Visually hidden text (1 px boxes) is meant for screen readers, not clipped by accident.
        if (box.width <= 2 || box.height <= 2) return false;
        return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 || style.textOverflow === 'ellipsis';
      })
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`),
    // JSON-LD blocks are data, not scripts; the site's reading script is on every page.
    scripts: [...document.scripts].filter((s) => s.type !== 'application/ld+json' && !s.src.endsWith('/scripts/reading.js')).length,
    mode: `${document.documentElement.dataset.textSize}/${document.documentElement.dataset.contrast}`,
  }));
}

/**
 * The sites whose pages the suite opens: the real one and the generated one (content/ plus
 * entries generated from the schemas, tests/helpers/sites.ts), each page type's page of each.
 * A page the generated site serves byte for byte as the real site does (same path, same HTML,
 * same stylesheet and scripts, both built by this commit's code) renders the same, so it is
 * opened once.
 */
function suitesOf(all: Site[]) {
  const browserSites = all.filter((s) => ['real', 'generated'].includes(s.name.replace(/\(.*$/u, '')));
  const seen = new Set<string>();
  return browserSites.map((site) => ({
    site,
    types: pageTypesOf(site.contentDir).filter((t) => {
      const file = path.join(site.outDir, fileOf(t.path));
      const key = `${t.path}\n${existsSync(file) ? readFileSync(file, 'utf8') : site.name}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  }));
}

/** Registers the suite over `all` (sites()) in one reading mode; returns the browser it uses, once launched. */
export function viewportSuite(all: Site[], modeName: (typeof modes)[number]['mode']): () => Browser {
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  describe.each(suitesOf(all))('the $site.name site', ({ site: built, types }) => {
    let served: Awaited<ReturnType<typeof serve>>;
    beforeAll(async () => {
      served = await serve(built.outDir);
    });
    afterAll(async () => {
      await served?.close();
    });

    describe.each(modes.filter((m) => m.mode === modeName))('in the $mode reading mode', ({ mode, prefs }) => {
      let tab: Awaited<ReturnType<typeof readerTab>>;
      beforeAll(async () => {
        tab = await readerTab(served.url, prefs);
      });
      afterAll(async () => {
        await tab?.page.close();
      });
      // One page load per page type and mode, measured at each width in turn (a phone, a 1280 px screen
      // at 200 % zoom, a desktop): the page reflows as a reader's does when the window changes size.
      it.each(types)(
        'the $name page fits at 360, 320 and 1280 px, loads nothing from elsewhere, keeps to the CSP and has no axe violations',
        async ({ name, path: url, script }) => {
          const { page } = tab;
          const { response, requests } = await tab.open(served.url + encodeURI(url));
          expect(response?.status()).toBe(200);
          expect(response?.headers()['content-security-policy'], 'served with the site’s CSP').toBeTruthy();
          for (const width of [widths[0], 320, widths[1]]) {
            await page.setViewportSize({ width, height: 800 });
            const { scrollWidth, clientWidth, scripts, cut, mode: applied } = await layout(page);
            expect(applied).toBe(prefs ? `${prefs.size}/${prefs.contrast}` : 'standard/normal');
            expect(scrollWidth, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(clientWidth);
            if (!script) expect(scripts).toBe(0);
            if (width === 320) {
              // 200 % zoom of a 1280 px screen: reflow with no text cut off (WCAG 1.4.10).
              expect(cut, `text cut off at ${width} px`).toEqual([]);
              continue;
            }
            // Screenshots of the real site's pages, for people (the generated site's text is random): full pages in the
            // standard mode; at 特大 the longest pages pass Chromium's screenshot size limit, so the first screen.
            if (built.name === 'real' && keepShots) await page.screenshot({ path: path.join(shots, `${slug(name)}-${width}${mode === 'standard' ? '' : `-${mode}`}.png`), fullPage: mode === 'standard' });
            expect(await axeViolations(page), `axe at ${width} px`).toEqual([]);
          }
          expect(requests.cspErrors()).toEqual([]);
          expect(requests.foreign(), 'requests to another origin').toEqual([]);
        },
      );
    });
  });
  return () => browser;
}
