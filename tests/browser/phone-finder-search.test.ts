/**
 * Issue 26, points 4, 5 and 7 as a reader on a phone sees them: the case finder shows its first
 * result on the first or second screen, with its filters folded behind one control; the header's
 * search box shows its whole placeholder at every text size; a search result cut from the middle
 * of a text says so with an ellipsis; on a short page the footer sits at the bottom of the screen.
 * Over the real content (any valid content: the finder test also holds for a site without cases).
 */
import { expect, it, describe } from 'vitest';
import { browserOnSite } from '../helpers/browser.ts';
import { seedSite } from '../helpers/sites.ts';

const on = browserOnSite();
const seed = browserOnSite(seedSite.outDir);
const textSizes = ['standard', 'large', 'xlarge'] as const;

/** Applies a text size as the reading tools do (public/scripts/reading.js sets this attribute). */
function setTextSize(size: string): void {
  document.documentElement.dataset.textSize = size;
}

describe.each([320, 360])('at %i px wide', (width) => {
  it.each(textSizes)('the case finder shows its first result on the first or second screen (text size %s), its filters folded', async (size) => {
    const page = await on.browser.newPage({ viewport: { width, height: 740 } });
    await page.goto(`${on.site.url}/cases/`);
    await page.evaluate(setTextSize, size);
    const found = await page.evaluate(() => {
      const first = document.querySelector('#case-results-list > li');
      const status = document.querySelector('.finder-status');
      const filters = document.querySelector<HTMLDetailsElement>('.finder-filters');
      return {
        screen: innerHeight,
        firstTop: first?.getBoundingClientRect().top,
        statusTop: status?.getBoundingClientRect().top,
        status: status?.textContent ?? '',
        folded: filters ? !filters.open : undefined,
        pageWidth: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      };
    });
    await page.close();
    expect(found.pageWidth, 'nothing scrolls sideways').toBeLessThanOrEqual(found.viewport);
    if (found.firstTop === undefined) {
      // No case yet: the page says so where the first result would be, and offers no filters.
      expect(found.status).toContain('还没有案例');
      expect(found.statusTop!).toBeLessThan(found.screen);
      expect(found.folded).toBeUndefined();
      return;
    }
    expect(found.firstTop).toBeGreaterThan(0);
    expect(found.firstTop, 'the first result within two screens').toBeLessThan(2 * found.screen);
    expect(found.folded, 'the filters folded behind one control').toBe(true);
  });

  it.each(textSizes)('the header search box shows its whole placeholder (text size %s)', async (size) => {
    const page = await on.browser.newPage({ viewport: { width, height: 740 } });
    await page.goto(`${on.site.url}/`);
    await page.evaluate(setTextSize, size);
    const box = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('header input[type="search"]')!;
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      return { placeholder: input.placeholder, text: context.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    });
    await page.close();
    expect(box.placeholder).not.toBe('');
    expect(box.text, `“${box.placeholder}” fits in ${box.room.toFixed(0)} px`).toBeLessThanOrEqual(box.room);
  });
});

describe.each([
  [360, 740],
  [1280, 900],
])('at %i × %i', (width, height) => {
  it.each([
    ['the list of circulars', '/notices/'],
    ['the page not found', '/no-such-page/'],
  ])('on %s the footer is at the bottom of the screen or below, after the main part', async (_name, url) => {
    const page = await on.browser.newPage({ viewport: { width, height } });
    await page.goto(`${on.site.url}${url}`);
    const at = await page.evaluate(() => ({
      screen: innerHeight,
      footer: document.querySelector('footer')!.getBoundingClientRect(),
      main: document.querySelector('main')!.getBoundingClientRect(),
      page: document.documentElement.scrollHeight,
    }));
    await page.close();
    expect(at.footer.bottom, 'no gap under the footer').toBeGreaterThanOrEqual(at.screen - 1);
    expect(at.footer.top).toBeGreaterThanOrEqual(at.main.bottom - 1);
    // A short page does not grow a scroll bar to push the footer down.
    if (at.main.height + at.footer.height < at.screen / 2) expect(at.page).toBeLessThanOrEqual(at.screen);
  });
});

it('marks a search result cut from the middle of its text with an ellipsis', async () => {
  // 腾笼换鸟 is in the seed circular's text (the seed site is fixed content).
  const page = await seed.browser.newPage();
  await page.goto(`${seed.site.url}/search/?q=${encodeURIComponent('腾笼换鸟')}`);
  await page.locator('#search-status').filter({ hasText: /找到 \d+ 条/u }).waitFor({ timeout: 15_000 });
  await page.locator('#search-list:not([aria-busy])').waitFor({ state: 'attached', timeout: 15_000 });
  // Each excerpt of the page's text (one with the matches marked, not a summary shown instead):
  // either it starts where the indexed text starts, or it starts with an ellipsis.
  const excerpts = await page.evaluate(async () => {
    const squeeze = (text: string) => text.replace(/\s+/gu, '');
    const items = [...document.querySelectorAll('#search-list > li')].filter((li) => li.querySelector('.search-excerpt mark'));
    return Promise.all(items.map(async (li) => {
      const html = await (await fetch(li.querySelector('h3 a')!.getAttribute('href')!)).text();
      const body = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-pagefind-body]');
      const excerpt = squeeze(li.querySelector('.search-excerpt')!.textContent ?? '');
      return { excerpt, atStart: squeeze(body?.textContent ?? '').startsWith(excerpt.slice(0, 6)) };
    }));
  });
  await page.close();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const { excerpt, atStart } of excerpts) expect(atStart || excerpt.startsWith('…'), excerpt).toBe(true);
  expect(excerpts.some((e) => e.excerpt.startsWith('…')), 'a cut excerpt').toBe(true);
});
