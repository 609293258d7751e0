/**
 * The viewport suite (tests/helpers/viewport-suite.ts) in the standard reading mode, over the real
 * and the generated site; tests/browser/viewport-elder.test.ts runs it in the elder-friendly mode
 * (特大 text and high contrast) beside this file. And a circular printed hides the site's navigation.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pageTypes } from '../fixtures/page-types.ts';
import { serve } from '../helpers/browser.ts';
import { sites } from '../helpers/sites.ts';
import { viewportSuite } from '../helpers/viewport-suite.ts';

const browserOf = viewportSuite(sites(), 'standard');
let site: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  site = await serve();
});
afterAll(async () => {
  await site?.close();
});

it('hides the site navigation when a circular is printed', async () => {
  const page = await browserOf().newPage();
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
