import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serve } from '../helpers/browser.ts';
import { root } from '../helpers/paths.ts';

const pages = [
  ['home', '/'],
  ['circulars list', '/notices/'],
  ['circular', '/notices/yue-jingxin-yuanqu-2012-68/'],
  ['circular, attachment anchor', '/notices/yue-jingxin-yuanqu-2012-68/#2012年产业转移工作要点'],
  ['doc-number index', '/notices/numbers/'],
  ['case finder', '/cases/'],
  ['case', '/cases/shanwei-shenshan-hezuo-gongjian/'],
  ['case facet', '/cases/theme/hezuo-gongjian/'],
  ['case facet, empty', '/cases/city/zhuhai/'],
  ['search page with results', '/search/?q=腾笼换鸟'],
  ['bulletin archive', '/bulletins/'],
  ['bulletin issue', '/bulletins/2012-01/'],
  ['bulletin issue, article anchor', '/bulletins/2012-01/#读懂一纲六目'],
  ['compilations', '/compilations/'],
  ['compilation', '/compilations/shuangzhuanyi-zhengce-huibian/'],
  ['document register', '/documents/'],
  ['cited-only document', '/documents/sanjiehe/'],
  ['data catalogue', '/data/'],
  ['data page, timeline of 18 tasks', '/data/key-tasks-2012/'],
  ['data page, two-panel chart', '/data/firms-2011/'],
  ['data page, table only', '/data/targets-2012/'],
] as const;
/** Pages that load one external script (the case finder); every other page has none. */
const scripted = new Set<string>(['/cases/', '/search/']);
const widths = [360, 1280] as const;
const shots = path.join(root, 'test-results/screenshots');

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

describe.each(widths)('at %i px wide', (width) => {
  it.each(pages)('the %s page fits without horizontal scrolling', async (name, url) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const response = await page.goto(site.url + encodeURI(url));
    expect(response?.status()).toBe(200);
    if (url.startsWith('/search/')) await page.locator('#search-list li').first().waitFor();
    const { scrollWidth, clientWidth, scripts } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      // JSON-LD blocks are data, not scripts.
      scripts: [...document.scripts].filter((s) => s.type !== 'application/ld+json').length,
    }));
    expect(scrollWidth, `${name} overflows`).toBeLessThanOrEqual(clientWidth);
    expect(scripts).toBe(scripted.has(url.split('?')[0]!) ? 1 : 0);
    await page.screenshot({ path: path.join(shots, `${name.replace(/[^\w]+/gu, '-')}-${width}.png`), fullPage: true });
    await page.close();
  });
});

it('hides the site navigation when a circular is printed', async () => {
  const page = await browser.newPage();
  await page.goto(`${site.url}/notices/yue-jingxin-yuanqu-2012-68/`);
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
