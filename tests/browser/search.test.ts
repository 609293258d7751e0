import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loadAxe, serve } from '../helpers/browser.ts';
import { QUOTING_BASE, quotingSiteBuild } from '../helpers/search-fixture.ts';
import { seedSite } from '../helpers/sites.ts';
import { openIndex, topUrls } from '../helpers/search-queries.ts';
import { measureFirstSearch } from '../helpers/search-weight.ts';

const circular = '/notices/yue-jingxin-yuanqu-2012-68/';

// A test site where filters matter: the circular (2012) and 40 short sample circulars (2013)
// quoting it, built under a sub-path as some hosts serve the site (SITE_BASE).
const base = QUOTING_BASE;
const fixture = quotingSiteBuild();
const circularThere = `/szy${circular}`;

/** Serves a folder under the sub-path, as a host with SITE_BASE would. */
async function serveUnder(dir: string, prefix: string): Promise<Awaited<ReturnType<typeof serve>>> {
  const inner = await serve(dir);
  const server = createServer(async (req, res) => {
    if (!req.url?.startsWith(prefix)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    const upstream = await fetch(inner.url + req.url.slice(prefix.length - 1));
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${prefix.slice(0, -1)}`, close: async () => { await new Promise((r) => server.close(r)); await inner.close(); } };
}

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let quoting: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  expect(fixture.status, fixture.output).toBe(0);
  // `site`: the seed site (the seed circular alone, tests/helpers/sites.ts), never content/, since these checks name its text.
  [browser, site, quoting] = await Promise.all([launchBrowser(), serve(seedSite.outDir), serveUnder(fixture.outDir, base)]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await quoting?.close();
});

async function resultUrls(page: Page): Promise<string[]> {
  return page.locator('#search-list li h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Waits for the status to say `text` and for the page of results to be complete (results show as they arrive). */
async function waitForResults(page: Page, text: RegExp): Promise<void> {
  await page.locator('#search-status').filter({ hasText: text }).waitFor({ timeout: 15_000 });
  await page.locator('#search-list:not([aria-busy])').waitFor({ state: 'attached', timeout: 15_000 });
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script> tag, which the pages' CSP (no inline script) refuses.
  await loadAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

describe('the search page', () => {
  it('searches as a reader types, filters by keyboard, and keeps query and filter in the URL through a reload and the back button', async () => {
    const page = await browser.newPage();
    await page.goto(`${quoting.url}/search/`);
    await page.locator('#search-q').click();
    await page.keyboard.type('腾笼换鸟');
    await page.keyboard.press('Enter');
    await waitForResults(page, /找到 \d+ 条/u);
    const all = await resultUrls(page);
    expect(all[0]).toBe(circularThere);
    expect(all.length).toBeGreaterThan(1);
    expect(await page.locator('#search-list mark').count()).toBeGreaterThan(0);
    // The sample pages are marked 示例; the real circular is not.
    expect(await page.locator('#search-list li h3 .badge').allTextContents()).toEqual(all.slice(1).map(() => '示例'));
    expect(await page.locator('#search-list .search-facts').first().textContent()).toBe('通知 · 2012年2月6日 · 粤经信园区〔2012〕68号');
    // The filters fold away until asked for, so a first search does not download the filter index.
    expect(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#search-facets input').count()).toBe(0);
    // Keyboard only: Tab to the panel's heading and open it with Enter; the counts arrive.
    const summary = page.locator('#search-filters summary');
    for (let i = 0; i < 20 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-facets legend').allTextContents()).toEqual(['类型', '年份', '主题', '发布机关']);

    // Tab on to the 2012 checkbox and tick it with the space bar.
    const year2012 = page.locator('#search-facets input[name="year"][value="2012"]');
    for (let i = 0; i < 40 && !(await year2012.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => resultUrls(page)).toEqual([circularThere]);
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('腾笼换鸟')}&year=2012`);

    await page.reload();
    await waitForResults(page, /找到 1 条/u);
    // An address with a filter in it opens the panel by itself.
    expect(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await resultUrls(page)).toEqual([circularThere]);
    expect(await year2012.isChecked()).toBe(true);
    expect(await page.locator('#search-q').inputValue()).toBe('腾笼换鸟');

    await page.goBack();
    await expect.poll(() => resultUrls(page)).toEqual(all);
    expect(await year2012.isChecked()).toBe(false);
    await page.close();
  });

  it('sorts by date when asked', async () => {
    const page = await browser.newPage();
    await page.goto(`${quoting.url}/search/?q=${encodeURIComponent('腾笼换鸟')}&sort=date-asc`);
    await waitForResults(page, /找到 \d+ 条/u);
    expect((await resultUrls(page))[0]).toBe(circularThere);
    await page.locator('#search-sort').selectOption('date-desc');
    await expect.poll(async () => (await resultUrls(page)).at(-1)).toBe(circularThere);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('date-desc');
    await page.close();
  });

  it('ranks in the browser as the Node query-set test does', async () => {
    const page = await browser.newPage();
    for (const q of ['省经信委', '產業轉移', '粤经信园区[2012]68号', '园区', '深汕特别合作区']) {
      await page.goto(`${quoting.url}/search/?q=${encodeURIComponent(q)}`);
      await waitForResults(page, /找到 \d+ 条/u);
      // Each page load is a first search, so each query gets an index of its own in Node too: Pagefind
      // extends a word only among the index chunks loaded so far, so a search can rank otherwise
      // after another (粤经信园区〔2012〕68号 after 产业转移 on this fixture).
      const pagefind = await openIndex(fixture.outDir);
      expect((await resultUrls(page)).slice(0, 5), q).toEqual((await topUrls(pagefind, q)).map((u) => `/szy${u}`));
    }
    await page.close();
  });

  // 产业转移: no filter index, no traditional→simplified tables; 產業轉移: the tables too.
  it.each(['产业转移', '產業轉移'])('downloads for a first search of %s what measureFirstSearch counts', async (query) => {
    const page = await browser.newPage();
    const downloaded: string[] = [];
    page.on('response', (r) => {
      const { pathname } = new URL(r.url());
      const file = pathname.slice(base.length);
      // The search page's own downloads: its module (_astro/), the site's reading script (scripts/) and Pagefind's files.
      if (pathname.startsWith(base) && /^(pagefind|_astro|scripts)\/.+\.(js|json|pagefind|pf_\w+)$/u.test(file)) downloaded.push(file);
    });
    await page.goto(`${quoting.url}/search/?q=${encodeURIComponent(query)}`);
    await waitForResults(page, /找到 \d+ 条/u);
    await page.waitForLoadState('networkidle');
    const measured = await measureFirstSearch(fixture.outDir, query);
    expect(downloaded.sort()).toEqual(measured.files.map((f) => f.file).sort());
    expect(downloaded.some((f) => f.includes('/filter/'))).toBe(false);
    expect(downloaded.some((f) => /\/simplify\.[\w-]+\.js$/u.test(f))).toBe(query === '產業轉移');
    // The index chunks: asked for by the page's own preloads, before Pagefind had loaded, and each
    // downloaded once (Pagefind's fetch took the preloaded copy); for a query the converter must
    // change first, by Pagefind itself (src/lib/search/index-chunks.ts).
    const chunks = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/index/')).map((e) => (e as PerformanceResourceTiming).initiatorType));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBe(downloaded.filter((f) => f.startsWith('pagefind/index/')).length);
    expect(new Set(chunks)).toEqual(new Set([query === '產業轉移' ? 'fetch' : 'link']));
    await page.close();
  });

  it('without JavaScript, says so and links to the browsable lists', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('腾笼换鸟')}`);
    expect(await page.locator('#search-status').textContent()).toContain('需要浏览器启用 JavaScript');
    const links = await page.locator('.search-browse a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(['/notices/', '/notices/numbers/']);
    await context.close();
  });

  it('passes an automated accessibility check (axe-core) with results and filters shown', async () => {
    const page = await browser.newPage();
    await page.goto(`${quoting.url}/search/?q=${encodeURIComponent('腾笼换鸟')}`);
    await waitForResults(page, /找到 \d+ 条/u);
    await page.locator('#search-filters summary').click();
    await page.locator('#search-facets input').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the header search box', () => {
  it('takes a query from any page to the search page and its results', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.url}${circular}`);
    await page.getByRole('searchbox', { name: '搜索全站内容' }).fill('騰籠換鳥');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/u);
    await waitForResults(page, /找到 \d+ 条/u);
    expect((await resultUrls(page)).slice(0, 5)).toContain(circular);
    // On a phone the filters fold away under their heading, so the results come first to the eye.
    expect(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('#search-filters summary').click();
    await page.locator('#search-facets input[name="year"][value="2012"]').waitFor({ state: 'visible' });
    await page.close();
  });

  it("shows the page's summary when only another name of it matched (省经信委)", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('省经信委')}`);
    await waitForResults(page, /找到 \d+ 条/u);
    const circularResult = page.locator('#search-list li').filter({ has: page.locator(`a[href="${circular}"]`) });
    expect(await circularResult.locator('.search-excerpt').textContent()).toMatch(/^广东省经济和信息化委员会印发《2012年产业转移工作要点》/u);
    await page.close();
  });

  it('passes an automated accessibility check (axe-core) on the home page and a circular', async () => {
    const page = await browser.newPage();
    for (const url of ['/', circular]) {
      await page.goto(`${site.url}${url}`);
      expect(await axeViolations(page), url).toEqual([]);
    }
    await page.close();
  });
});
