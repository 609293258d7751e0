/**
 * Elder-friendly reading and phones first, in Debian's Chromium, on the shared build. Pages
 * are found through the site map (/sitemap/), so the test names no content of its own:
 * text size and high contrast work from the keyboard and follow the reader to the next page;
 * with JavaScript off the controls stay out of the way and the menu still opens; on a
 * 360 × 740 phone the header fits in the first 220 px and a document's title is on the first
 * screen; 打印本页 prints.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserOnSite, tabTo } from '../helpers/browser.ts';

const on = browserOnSite();

/** The first entry page the site map lists (a document, case, issue… whatever the site has). */
async function firstEntry(page: Page): Promise<string> {
  await page.goto(`${on.site.url}/sitemap/`);
  const href = await page.locator('.sitemap-list a').first().getAttribute('href');
  expect(href, 'the site map lists at least one entry').toBeTruthy();
  return href!;
}


const state = (page: Page) =>
  page.evaluate(() => ({
    size: document.documentElement.dataset.textSize,
    contrast: document.documentElement.dataset.contrast,
    fontSize: parseFloat(getComputedStyle(document.body).fontSize),
    color: getComputedStyle(document.body).color,
    pressed: [...document.querySelectorAll('[data-reading-tools] [aria-pressed="true"]')].map((b) => b.textContent?.replace('字号', '').trim()),
  }));

describe('text size and contrast', () => {
  it('are chosen from the keyboard and follow the reader to other pages', async () => {
    const context = await on.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const entry = await firstEntry(page);
    await page.goto(`${on.site.url}${entry}`);
    const before = await state(page);
    expect(before).toMatchObject({ size: 'standard', contrast: 'normal', pressed: ['标准'] });
    expect(await page.locator('[data-reading-tools]').isVisible()).toBe(true);

    await tabTo(page, '[data-text-size-choice="xlarge"]');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-contrast-toggle]');
    await page.keyboard.press('Space');
    const after = await state(page);
    expect(after).toMatchObject({ size: 'xlarge', contrast: 'high', pressed: ['特大', '高对比度'] });
    expect(after.fontSize / before.fontSize).toBeCloseTo(1.375, 2);
    expect(after.color).toBe('rgb(0, 0, 0)');

    // Another page, reached by a link: the same choice, applied before the reader sees it.
    await Promise.all([page.waitForURL(`${on.site.url}/sitemap/`), page.locator('footer a', { hasText: '网站地图' }).click()]);
    expect(await state(page)).toMatchObject({ size: 'xlarge', contrast: 'high', pressed: ['特大', '高对比度'] });
    const second = await context.newPage();
    await second.goto(`${on.site.url}/`);
    expect(await state(second)).toMatchObject({ size: 'xlarge', contrast: 'high' });

    // And back to standard.
    await page.locator('[data-text-size-choice="standard"]').click();
    await page.locator('[data-contrast-toggle]').click();
    await page.reload();
    expect(await state(page)).toMatchObject({ size: 'standard', contrast: 'normal', fontSize: before.fontSize });
    await context.close();
  });

  it('stay out of the way without JavaScript, where the page still works and the menu opens', async () => {
    const context = await on.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${on.site.url}/sitemap/`);
    expect(await page.locator('[data-reading-tools]').isVisible()).toBe(false);
    expect(await page.locator('[data-print-page]').count()).toBe(0);
    const menuLink = page.locator('.nav-menu a').first();
    expect(await menuLink.isVisible()).toBe(false);
    await page.locator('.nav-menu summary').click();
    expect(await menuLink.isVisible()).toBe(true);
    expect(await page.locator('.sitemap-list a').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('on a 360 × 740 phone', () => {
  it('the header fits in the first 220 px, search is one tap away, and a document’s title is on the first screen', async () => {
    const page = await on.browser.newPage({ viewport: { width: 360, height: 740 } });
    const entry = await firstEntry(page);
    for (const url of ['/', entry]) {
      await page.goto(`${on.site.url}${url}`);
      const { header, title } = await page.evaluate(() => ({
        header: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
        title: document.querySelector('h1')!.getBoundingClientRect().bottom,
      }));
      expect(header, `${url}: header bottom`).toBeLessThanOrEqual(220);
      expect(title, `${url}: title bottom`).toBeLessThanOrEqual(740);
      expect(await page.locator('.site-header input[type="search"]').isVisible()).toBe(true);
      expect(await page.locator('.nav-menu summary').isVisible()).toBe(true);
      expect(await page.locator('.nav-row').isVisible()).toBe(false);
    }
    // The menu opens from the keyboard and shows every section.
    await tabTo(page, '.nav-menu summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('.nav-menu a:visible').count()).toBe(await page.locator('.nav-row a').count());
    await page.close();
  });
});

describe('打印本页', () => {
  it('opens the print dialog on a document page', async () => {
    const page = await on.browser.newPage();
    await page.goto(`${on.site.url}/sitemap/`);
    // The first circular, bulletin issue or compilation the site map lists: each has the button.
    const href = await page.locator(['notices', 'bulletins', 'compilations'].map((c) => `.sitemap-list a[href^="/${c}/"]`).join(', ')).first().getAttribute('href');
    expect(href, 'the site map lists a circular, a bulletin issue or a compilation').toBeTruthy();
    await page.goto(`${on.site.url}${href}`);
    const button = page.locator('[data-print-page]');
    expect(await button.isVisible()).toBe(true);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await button.isVisible(), 'the button itself is not printed').toBe(false);
    await page.close();
  });
});
