import { expect, it } from 'vitest';
import { readEntries } from '../../src/lib/content-check/check-content.ts';
import type { Bulletin } from '../../src/schemas/bulletins.ts';
import type { Compilation } from '../../src/schemas/compilations.ts';
import { browserOnSite } from '../helpers/browser.ts';
import { root } from '../helpers/paths.ts';

const on = browserOnSite();

// Pages chosen from whatever content/ holds: an issue with both an article and a reprinted
// reference, and a compilation that prints a circular in full. Without one, its check is skipped.
const { entries } = readEntries({ root });
const issue = entries.find((e) => e.collection === 'bulletins' && (e.data as Bulletin).items.some((i) => i.ref) && (e.data as Bulletin).items.some((i) => i.article));
const compilation = entries.find((e) => e.collection === 'compilations' && (e.data as Compilation).sections.some((s) => s.documents.some((d) => d.startsWith('notices/'))));

/** The page sizes (in points) in a PDF's MediaBox entries. */
function mediaBoxes(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/gu)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
}

const cases: [string, string | undefined, string[], string[]][] = [
  ['a bulletin issue', issue && `/bulletins/${issue.id}/`, ['.bulletin-masthead', '.bulletin-toc', '.bulletin-body', '.ref-card'], ['.site-header', '.site-footer', '.breadcrumbs', '.issue-nav', '.backlinks', '.article-permalink']],
  ['a compilation', compilation && `/compilations/${compilation.id}/`, ['.compilation-toc', '#intro', '.compiled-doc', '.compiled-text'], ['.site-header', '.site-footer', '.breadcrumbs', '.backlinks', '.print-hint']],
];

for (const [name, url, shown, hidden] of cases) it.skipIf(!url)(`prints ${name} whole on A4, without the site around it`, async () => {
  const page = await on.browser.newPage();
  await page.goto(`${on.site.url}${url!}`);
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
