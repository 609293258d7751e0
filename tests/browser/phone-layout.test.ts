/**
 * On a phone (320 and 360 CSS px), a document's contents come before its body, and every data page of the site shows each chart whole, drawn for
 * that width: nothing on the page scrolls sideways (no scrolling box either), every visible chart
 * lies within the screen, and no chart is shrunk below 90 % of the size it was drawn at, so its
 * values and labels keep their font size. Computed from the content: any dataset an editor adds
 * is held to the same.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTypes } from '../fixtures/page-types.ts';
import { loadDatasets } from '../../src/lib/datasets/load.ts';
import { datasetPaths } from '../../src/lib/datasets/paths.ts';
import { launchBrowser, openAnew, serve } from '../helpers/browser.ts';
import { root } from '../helpers/paths.ts';

const dataPages = loadDatasets(path.join(root, 'content/datasets')).map((d) => ({ id: d.id, path: datasetPaths(d.id).page, charted: Boolean(d.data.chart) }));

/** The document pages with a contents list: a circular (its attachments), a bulletin issue, a compilation. */
const documentPages = pageTypes.filter((t) => ['circular', 'bulletin issue', 'compilation'].includes(t.name));

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serve()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** One tab for the tests of a width, each page opened in it as a document of its own (openAnew). */
function tabAt(width: number): (url: string) => Promise<Page> {
  let page: Page | undefined;
  afterAll(async () => {
    await page?.close();
  });
  return async (url) => {
    page ??= await browser.newPage({ viewport: { width, height: 740 } });
    await openAnew(page, url);
    return page;
  };
}

describe.each([320, 360])('at %i px wide', (width) => {
  const open = tabAt(width);
  it.each(dataPages)('the data page of $id: charts fit the screen at their drawn size and nothing scrolls sideways', async ({ path: url, charted }) => {
    const page = await open(site.url + url);
    const found = await page.evaluate(() => {
      const viewport = document.documentElement.clientWidth;
      const charts = [...document.querySelectorAll<SVGSVGElement>('.chart > svg')]
        .filter((svg) => svg.checkVisibility())
        .map((svg) => {
          const box = svg.getBoundingClientRect();
          return { left: box.left, right: box.right, scale: box.width / Number(svg.getAttribute('width')) };
        });
      const scrollers = [...document.querySelectorAll('body *')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 && /auto|scroll/u.test(getComputedStyle(el).overflowX))
        .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> ${el.scrollWidth}/${el.clientWidth}`);
      return { viewport, pageWidth: document.documentElement.scrollWidth, charts, scrollers };
    });
    expect(found.pageWidth, 'the page scrolls sideways').toBeLessThanOrEqual(found.viewport);
    expect(found.scrollers, 'boxes that scroll sideways').toEqual([]);
    if (charted) expect(found.charts.length, 'a visible chart').toBeGreaterThan(0);
    for (const chart of found.charts) {
      expect(chart.left).toBeGreaterThanOrEqual(0);
      expect(chart.right).toBeLessThanOrEqual(found.viewport);
      expect(chart.scale, 'drawn for this width, not shrunk').toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe.each([320, 360])('at %i px wide', (width) => {
  const open = tabAt(width);
  it.each(documentPages)('the $name page shows its contents before its body', async ({ path: url }) => {
    const page = await open(site.url + encodeURI(url));
    const order = await page.evaluate(() => {
      // The contents as this screen shows them: a folded list or a navigation box, whichever is visible.
      const contents = [...document.querySelectorAll('details.toc-fold, nav.toc')].find((el) => el.checkVisibility());
      const body = document.querySelector('.doc-body');
      if (!contents || !body) return { found: false };
      return {
        found: true,
        before: Boolean(contents.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING),
        above: contents.getBoundingClientRect().top < body.getBoundingClientRect().top,
      };
    });
    // A circular without attachments has no contents list; the others always have one.
    if (!order.found) return;
    expect(order.before, 'contents before the body in reading order').toBe(true);
    expect(order.above, 'contents shown above the body').toBe(true);
  });
});

it('offers one search box on the search page, and the header’s on every other page', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`${site.url}/search/`);
  expect(await page.locator('input[type="search"]').count()).toBe(1);
  await page.goto(`${site.url}/`);
  expect(await page.locator('header input[type="search"]').count()).toBe(1);
  await page.close();
});
