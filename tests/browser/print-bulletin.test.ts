import { expect, it } from 'vitest';
import { browserOnSite } from '../helpers/browser.ts';

const on = browserOnSite();

/** The page sizes (in points) in a PDF's MediaBox entries. */
function mediaBoxes(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/gu)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
}

it.each([
  ['a bulletin issue', '/bulletins/2012-01/', ['.bulletin-masthead', '.bulletin-toc', '.bulletin-body', '.ref-card'], ['.site-header', '.site-footer', '.breadcrumbs', '.issue-nav', '.backlinks', '.article-permalink']],
  ['a compilation', '/compilations/shuangzhuanyi-zhengce-huibian/', ['.compilation-toc', '#intro', '.compiled-doc', '.compiled-text'], ['.site-header', '.site-footer', '.breadcrumbs', '.backlinks', '.print-hint']],
])('prints %s whole on A4, without the site around it', async (_name, url, shown, hidden) => {
  const page = await on.browser.newPage();
  await page.goto(`${on.site.url}${url}`);
  await page.emulateMedia({ media: 'print' });
  const visible = await page.evaluate(
    (selectors) => Object.fromEntries(selectors.map((sel) => [sel, [...document.querySelectorAll(sel)].some((el) => el.checkVisibility())])),
    [...shown, ...hidden],
  );
  expect(visible).toEqual(Object.fromEntries([...shown.map((s) => [s, true]), ...hidden.map((s) => [s, false])]));
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = mediaBoxes(pdf);
  expect(pages.length).toBeGreaterThan(0);
  expect(new Set(pages)).toEqual(new Set(['595x842']));
  await page.close();
});
