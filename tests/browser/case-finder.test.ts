import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOnSite } from '../helpers/browser.ts';
import { runBuild } from '../helpers/build.ts';
import { readPage } from '../helpers/site.ts';

/** The case pages a static facet page lists (the no-JavaScript truth the finder must agree with). */
function listedOn(facetPath: string): string[] {
  const $ = readPage(facetPath);
  return $('main .case-list > li').map((_, li) => $(li).attr('data-case-url')!).get().sort();
}

const on = browserOnSite();

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

async function tick(page: Page, facet: string, id: string, expectedCount: number): Promise<void> {
  await page.check(`.finder-form input[name="${facet}"][value="${id}"]`);
  await page.waitForFunction((n) => document.querySelectorAll('#case-results-list > li:not([hidden])').length === n, expectedCount);
}

describe('the case finder with JavaScript', () => {
  it('combines facets: any value within a facet, every facet across', async () => {
    const page = await on.browser.newPage();
    await openFinder(page);
    expect(await shown(page)).toEqual(allCases());

    const east = listedOn('/cases/region/yuedong/');
    const west = listedOn('/cases/region/yuexi/');
    const cooperation = listedOn('/cases/theme/hezuo-gongjian/');
    await tick(page, 'region', 'yuedong', east.length);
    expect(await shown(page)).toEqual(east);

    const eastOrWest = [...east, ...west].sort();
    await tick(page, 'region', 'yuexi', eastOrWest.length);
    expect(await shown(page)).toEqual(eastOrWest);

    const expected = eastOrWest.filter((url) => cooperation.includes(url));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(eastOrWest.length);
    await tick(page, 'theme', 'hezuo-gongjian', expected.length);
    expect(await shown(page)).toEqual(expected);
    expect(await page.textContent('.finder-status')).toContain(`${expected.length} 个`);
    await page.close();
  });

  it('keeps its state in the URL, so reloading or sharing the link restores it', async () => {
    const page = await on.browser.newPage();
    await openFinder(page);
    const pearl = listedOn('/cases/region/zhusanjiao/');
    const tenglong = listedOn('/cases/theme/tenglong-huanniao/');
    const expected = pearl.filter((url) => tenglong.includes(url));
    await tick(page, 'region', 'zhusanjiao', pearl.length);
    await tick(page, 'theme', 'tenglong-huanniao', expected.length);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('region')).toEqual(['zhusanjiao']);
    expect(url.searchParams.getAll('theme')).toEqual(['tenglong-huanniao']);

    await page.reload();
    await page.waitForSelector('[data-case-finder][data-ready="true"]');
    expect(await shown(page)).toEqual(expected);
    expect(await page.isChecked('input[name="region"][value="zhusanjiao"]')).toBe(true);

    const shared = await on.browser.newPage();
    await openFinder(shared, url.search);
    expect(await shown(shared)).toEqual(expected);
    expect(await shared.isChecked('input[name="theme"][value="tenglong-huanniao"]')).toBe(true);
    await Promise.all([page.close(), shared.close()]);
  });

  it('says so when nothing matches, and offers to clear the filters', async () => {
    const page = await on.browser.newPage();
    // No case in 粤西 is about 腾笼换鸟 (checked against the static pages below).
    const west = listedOn('/cases/region/yuexi/');
    const tenglong = listedOn('/cases/theme/tenglong-huanniao/');
    expect(west.filter((u) => tenglong.includes(u))).toEqual([]);
    await openFinder(page, '?region=yuexi&theme=tenglong-huanniao');
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
  it('lists every case and reaches each facet through plain links', async () => {
    const context = await on.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${on.site.url}/cases/`);
    expect(await page.isHidden('.finder-form')).toBe(true);
    expect(await page.$$eval('#case-results-list > li', (lis) => lis.filter((li) => !(li as HTMLElement).hidden).length)).toBe(allCases().length);
    await page.click('.facet-browse a[href="/cases/city/shanwei/"]');
    expect(new URL(page.url()).pathname).toBe('/cases/city/shanwei/');
    const listed = (await page.$$eval('main .case-list > li', (lis) => lis.map((li) => (li as HTMLElement).dataset.caseUrl!))).sort();
    expect(listed).toEqual(listedOn('/cases/city/shanwei/'));
    expect(listed.length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the case finder under a sub-path', () => {
  const base = '/shuangzhuanyi/';
  const build = runBuild({ SITE_BASE: base });
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    expect(build.status, build.output).toBe(0);
    const files = sirv(build.outDir, { dev: false, etag: false });
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

  it('loads the search index from the sub-path and filters', async () => {
    const page = await on.browser.newPage();
    await page.goto(`${origin}${base}cases/?city=shanwei`);
    await page.waitForSelector('[data-case-finder][data-ready="true"]');
    const expected = listedOn('/cases/city/shanwei/').map((url) => `${base}${url.slice(1)}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(await shown(page)).toEqual(expected);
    await page.close();
  });
});
