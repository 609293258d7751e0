/**
 * Flows a reader goes through in Debian's Chromium, checked by what they would notice.
 * The other flows of issue 8 live beside the features they exercise:
 * filter cases → share the URL → same view (case-finder.test.ts, "keeps its state in
 * the URL…"), print preview of a circular hides navigation (viewport.test.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { columnHeading } from '../../src/lib/datasets/format.ts';
import { readEntries } from '../../src/lib/content-check/check-content.ts';
import { browserOnSite } from '../helpers/browser.ts';
import { root } from '../helpers/paths.ts';

const on = browserOnSite();
// Whatever circulars content/ holds: the reader searches for the first one's title.
const notice = readEntries({ root }).entries.find((e) => e.collection === 'notices')!;
const title = String(notice.data!.title);

describe('search in Chinese, then open a result', () => {
  it('typing a circular’s title on the search page and clicking its result opens the circular', async () => {
    const page = await on.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${on.site.url}/search/`);
    await page.locator('#search-q').fill(title);
    await page.keyboard.press('Enter');
    await page.locator('#search-status').filter({ hasText: /找到 \d+ 条/u }).waitFor({ timeout: 15_000 });
    await page.locator('#search-list:not([aria-busy])').waitFor({ state: 'attached', timeout: 15_000 });
    const circular = `/notices/${notice.id}/`;
    const result = page.locator(`#search-list li h3 a[href="${encodeURI(circular)}"]`);
    expect(await result.count(), 'the circular is among the results').toBe(1);
    await Promise.all([page.waitForURL(`${on.site.url}${encodeURI(circular)}`), result.click()]);
    expect(decodeURI(new URL(page.url()).pathname)).toBe(circular);
    expect(await page.locator('h1').textContent()).toContain(title);
    await page.close();
  });
});

// The datasets as editors wrote them, read straight from the YAML (not through the site's loader).
interface RawDataset {
  title: string;
  columns: { key: string; label: string; type: 'text' | 'number'; unit?: string }[];
  rows: Record<string, unknown>[];
}
const datasetDir = path.join(root, 'content/datasets');
const datasets = (existsSync(datasetDir) ? readdirSync(datasetDir) : [])
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => [name.replace(/\.yaml$/u, ''), parseYaml(readFileSync(path.join(datasetDir, name), 'utf8'), { schema: 'yaml-1.1' }) as RawDataset] as const);

describe.skipIf(datasets.length === 0)('download a CSV from a data page', () => {
  it.each(datasets)('the CSV of /data/%s/ is plain UTF-8 (no BOM, as data tools read it) and holds the dataset value by value', async (id, d) => {
    const context = await on.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${on.site.url}/data/${id}/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `${d.title}（CSV）`, exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(`${id}.csv`);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)], 'no UTF-8 BOM').not.toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8')) as string[][];
    expect(header!.slice(0, d.columns.length)).toEqual(d.columns.map(columnHeading));
    expect(rows).toHaveLength(d.rows.length);
    rows.forEach((cells, r) => {
      d.columns.forEach((c, i) => {
        const want = d.rows[r]![c.key];
        if (want === undefined || want === null) expect(cells[i], `row ${r + 1} ${c.key}`).toBe('');
        else if (c.type === 'number') expect(Number(cells[i]), `row ${r + 1} ${c.key}`).toBe(want);
        else expect(cells[i], `row ${r + 1} ${c.key}`).toBe(String(want));
      });
    });
    await context.close();
  });
});
