import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOnSite } from '../helpers/browser.ts';
import { subpathSite } from '../helpers/sites.ts';
import { readPage } from '../helpers/site.ts';

/** The case pages a static facet page lists (the no-JavaScript truth the finder must agree with). */
function listedOn(facetPath: string): string[] {
  const $ = readPage(facetPath);
  return $('main .case-list > li').map((_, li) => $(li).attr('data-case-url')!).get().sort();
}

const on = browserOnSite();

/** The values of a facet the finder offers, from its filter panel on the static page. */
function facetValues(facet: string): string[] {
  const $ = readPage('/cases/');
  return $(`.finder-filters li[data-facet="${facet}"]`).map((_, li) => $(li).attr('data-facet-id')!).get();
}

/** Every pair of values of two facets, with the cases each lists: the test picks its combinations from the content. */
function pairs(a: string, b: string): { a: string; b: string; inA: string[]; inB: string[]; both: string[] }[] {
  return facetValues(a).flatMap((x) =>
    facetValues(b).map((y) => {
      const inA = listedOn(`/cases/${a}/${x}/`);
      const inB = listedOn(`/cases/${b}/${y}/`);
      return { a: x, b: y, inA, inB, both: inA.filter((url) => inB.includes(url)) };
    }),
  );
}

/** Two regions and a theme that keeps some but not all of their cases (the content decides which). */
function twoRegionsAndTheme(): { east: string; west: string; theme: string } | undefined {
  const regions = facetValues('region').filter((r) => listedOn(`/cases/region/${r}/`).length > 0);
  for (const east of regions) {
    for (const west of regions.filter((r) => r !== east)) {
      const either = [...listedOn(`/cases/region/${east}/`), ...listedOn(`/cases/region/${west}/`)];
      const theme = facetValues('theme').find((t) => {
        const kept = either.filter((url) => listedOn(`/cases/theme/${t}/`).includes(url)).length;
        return kept > 0 && kept < either.length;
      });
      if (theme) return { east, west, theme };
    }
  }
  return undefined;
}

const combined = twoRegionsAndTheme();
const shared = pairs('region', 'theme').find((p) => p.both.length > 0);
const disjoint = pairs('region', 'theme').find((p) => p.inA.length > 0 && p.inB.length > 0 && p.both.length === 0);
const cityWithCases = facetValues('city').find((c) => listedOn(`/cases/city/${c}/`).length > 0);

async function openFinder(page: Page, query = ''): Promise<void> {
  await page.goto(`${on.site.url}/cases/${query}`);
  await page.waitForSelector('[data-case-finder][data-ready="true"]');
}

/** Every case, as the finder page lists them before any filtering. */
function allCases(): string[] {
  const $ = readPage('/cases/');
  return $('#case-results-list > li').map((_, li) => $(li).attr('data-case-url')!).get().sort();
}

/** The case URLs the finder shows. */
async function shown(page: Page): Promise<string[]> {
  return (await page.$$eval('#case-results-list > li:not([hidden])', (lis) => lis.map((li) => (li as HTMLElement).dataset.caseUrl!))).sort();
}

/** Opens the folded filter panel, as a reader taps its summary. */
async function openFilters(page: Page): Promise<void> {
  if (!(await page.locator('.finder-filters').evaluate((d) => (d as HTMLDetailsElement).open))) await page.click('.finder-filters > summary');
}

async function tick(page: Page, facet: string, id: string, expectedCount: number): Promise<void> {
  await openFilters(page);
  await page.check(`.finder-form input[name="${facet}"][value="${id}"]`);
  await page.waitForFunction((n) => document.querySelectorAll('#case-results-list > li:not([hidden])').length === n, expectedCount);
}

describe('the case finder with JavaScript', () => {
  it.runIf(combined)('combines facets: any value within a facet, every facet across', async () => {
    const { east: eastId, west: westId, theme } = combined!;
    const page = await on.browser.newPage();
    await openFinder(page);
    expect(await shown(page)).toEqual(allCases());

    const east = listedOn(`/cases/region/${eastId}/`);
    const west = listedOn(`/cases/region/${westId}/`);
    const cooperation = listedOn(`/cases/theme/${theme}/`);
    await tick(page, 'region', eastId, east.length);
    expect(await shown(page)).toEqual(east);

    const eastOrWest = [...east, ...west].sort();
    await tick(page, 'region', westId, eastOrWest.length);
    expect(await shown(page)).toEqual(eastOrWest);

    const expected = eastOrWest.filter((url) => cooperation.includes(url));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(eastOrWest.length);
    await tick(page, 'theme', theme, expected.length);
    expect(await shown(page)).toEqual(expected);
    expect(await page.textContent('.finder-status')).toContain(`${expected.length} 个`);
    await page.close();
  });

  it.runIf(combined)('updates the count beside each value as boxes are ticked', async () => {
    const { east: eastId, west: westId, theme } = combined!;
    const page = await on.browser.newPage();
    await openFinder(page);
    const east = listedOn(`/cases/region/${eastId}/`);
    await tick(page, 'region', eastId, east.length);
    /** The count the finder shows beside a value. */
    const countOf = (facet: string, id: string) => page.locator(`.finder-filters li[data-facet="${facet}"][data-facet-id="${id}"] [data-count]`).textContent();
    // Another facet's value: the cases it would leave with this region ticked too.
    const themeCases = listedOn(`/cases/theme/${theme}/`);
    await page.waitForFunction(
      ([sel, n]) => document.querySelector(sel as string)?.textContent === String(n),
      [`.finder-filters li[data-facet="theme"][data-facet-id="${theme}"] [data-count]`, east.filter((url) => themeCases.includes(url)).length],
    );
    // A value of the same facet: any of its values matches, so its own count stands.
    expect(await countOf('region', westId)).toBe(String(listedOn(`/cases/region/${westId}/`).length));
    expect(await page.textContent('.finder-filters > summary')).toContain('已选 1 项');
    await page.close();
  });

  it.runIf(shared)('keeps its state in the URL, so reloading or sharing the link restores it', async () => {
    const { a: region, b: theme, inA: pearl, both: expected } = shared!;
    const page = await on.browser.newPage();
    await openFinder(page);
    await tick(page, 'region', region, pearl.length);
    await tick(page, 'theme', theme, expected.length);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('region')).toEqual([region]);
    expect(url.searchParams.getAll('theme')).toEqual([theme]);

    await page.reload();
    await page.waitForSelector('[data-case-finder][data-ready="true"]');
    expect(await shown(page)).toEqual(expected);
    expect(await page.isChecked(`input[name="region"][value="${region}"]`)).toBe(true);

    const other = await on.browser.newPage();
    await openFinder(other, url.search);
    expect(await shown(other)).toEqual(expected);
    expect(await other.isChecked(`input[name="theme"][value="${theme}"]`)).toBe(true);
    await Promise.all([page.close(), other.close()]);
  });

  it.runIf(disjoint)('says so when nothing matches, and offers to clear the filters', async () => {
    const page = await on.browser.newPage();
    // A region and a theme that each have cases but none in common (found from the static pages).
    await openFinder(page, `?region=${disjoint!.a}&theme=${disjoint!.b}`);
    await page.waitForSelector('.finder-empty:not([hidden])');
    expect(await shown(page)).toEqual([]);
    expect(await page.textContent('.finder-empty')).toContain('没有同时符合这些条件的案例');
    await page.click('.finder-empty button');
    await page.waitForSelector('.finder-empty', { state: 'hidden' });
    expect(await shown(page)).toHaveLength(allCases().length);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });
});

describe('the case finder without JavaScript', () => {
  it.runIf(cityWithCases)('lists every case and reaches each facet through plain links', async () => {
    const city = `/cases/city/${cityWithCases}/`;
    const context = await on.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${on.site.url}/cases/`);
    // The filters are folded, and open without script: each value a link to its page.
    expect(await page.isHidden('.finder-form')).toBe(true);
    expect(await page.$$eval('#case-results-list > li', (lis) => lis.filter((li) => !(li as HTMLElement).hidden).length)).toBe(allCases().length);
    await page.click('.finder-filters > summary');
    expect(await page.locator('.finder-form input').count()).toBe(0);
    // The facet page has loaded before it is read (the address changes as the navigation commits, before its list is parsed).
    await Promise.all([page.waitForURL((url) => decodeURI(url.pathname) === city), page.click(`.finder-filters a[href="${city}"]`)]);
    expect(decodeURI(new URL(page.url()).pathname)).toBe(city);
    const listed = (await page.$$eval('main .case-list > li', (lis) => lis.map((li) => (li as HTMLElement).dataset.caseUrl!))).sort();
    expect(listed).toEqual(listedOn(city));
    expect(listed.length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the case finder under a sub-path', () => {
  // content/ built under the sub-path once per run by the global setup (tests/helpers/sites.ts).
  const { base, outDir } = subpathSite;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    const files = sirv(outDir, { dev: false, etag: false });
    server = createServer((req, res) => {
      const notFound = () => {
        res.statusCode = 404;
        res.end('not found');
      };
      if (!req.url?.startsWith(base)) return notFound();
      req.url = req.url.slice(base.length - 1);
      files(req, res, notFound);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it.runIf(cityWithCases)('loads the search index from the sub-path and filters', async () => {
    const page = await on.browser.newPage();
    await page.goto(`${origin}${base}cases/?city=${cityWithCases}`);
    await page.waitForSelector('[data-case-finder][data-ready="true"]');
    const expected = listedOn(`/cases/city/${cityWithCases}/`).map((url) => `${base}${url.slice(1)}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(await shown(page)).toEqual(expected);
    await page.close();
  });
});
