import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issuer } from '../../src/schemas/issuers.ts';
import type { Notice } from '../../src/schemas/notices.ts';
import { htmlFiles, readPage } from '../helpers/site.ts';
import { openIndex } from '../helpers/search-queries.ts';
import { measureFirstSearch } from '../helpers/search-weight.ts';
import { isGenerated, siteDatasets, siteEntries, sites } from '../helpers/sites.ts';

/** The search type of each content collection, as the type filter offers it. */
const typeOf: Record<string, string> = { notices: '通知', cases: '典型案例', bulletins: '专刊', compilations: '政策汇编', datasets: '数据', parks: '园区' };

describe.each(sites())('the search index of the $name site', (site) => {
  const entries = siteEntries(site);
  const notices = entries.filter((e) => e.collection === 'notices').map((e) => ({ id: e.id, ...(e.data as Notice) }));
  const issuers = entries.filter((e) => e.collection === 'issuers').map((e) => e.data as Issuer);
  const url = (id: string) => `/notices/${id}/`;
  const bodies = htmlFiles(site.outDir).filter((file) => readPage(file, site.outDir)('[data-pagefind-body]').length > 0);

  it('holds the content pages only, not the home page, lists or the search page', async () => {
    const pagefind = await openIndex(site.outDir);
    const all = await pagefind.search(null, { filters: { type: { any: ['通知'] } } });
    const urls = await Promise.all(all.results.map(async (r) => (await r.data()).url));
    expect(urls.sort()).toEqual(notices.map((n) => url(n.id)).sort());
    // Indexed: exactly the pages that mark a content body; never the home page, lists, facets or search.
    for (const listing of ['index.html', 'notices/index.html', 'notices/numbers/index.html', 'search/index.html', 'cases/index.html', 'bulletins/index.html', 'data/index.html']) {
      expect(bodies, listing).not.toContain(listing);
    }
    for (const n of notices) expect(bodies).toContain(`notices/${n.id}/index.html`);
    const entry = JSON.parse(readFileSync(path.join(site.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBe(bodies.length);
  });

  it('indexes each circular without navigation, footer, metadata panel, notes or citation, with its facts and filters', async () => {
    const pagefind = await openIndex(site.outDir);
    const all = await pagefind.search(null, { filters: { type: { any: ['通知'] } } });
    const indexed = (await Promise.all(all.results.map((r) => r.data()))) as unknown as { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }[];
    for (const n of notices) {
      const data = indexed.find((d) => d.url === url(n.id))!;
      expect(data, n.id).toBeDefined();
      expect(data.content.length, n.id).toBeGreaterThan(0);
      for (const outside of ['跳到正文', '发文字号索引', '文件正文是否为发布原文', '主题分类', '引用本文', '编者注', '附件目录']) {
        expect(data.content, `${n.id}: ${outside}`).not.toContain(outside);
      }
      // The date searched and sorted by: 成文日期 (as far as known), else the 发布时间's day; a fact
      // declared unknown is left out of the metadata, never a placeholder.
      const date = (n.signedOn ?? n.publishedAt)?.slice(0, 10);
      expect(data.meta, n.id).toMatchObject({ title: n.title, type: '通知', ...(date ? { date } : {}), ...(n.docNumber ? { docNumber: n.docNumber } : {}) });
      if (!date) expect(data.meta.date, n.id).toBeUndefined();
      if (!n.docNumber) expect(data.meta.docNumber, n.id).toBeUndefined();
      // The issuer filter names the body, also for a circular that prints its name with a slip.
      const body = issuers.find((i) => i.printedAs.includes(n.issuer))?.name ?? n.issuer;
      expect(data.filters, n.id).toMatchObject({ type: ['通知'], issuer: [body], ...(date ? { year: [date.slice(0, 4)] } : {}) });
      expect([...(data.filters.theme ?? [])].sort(), n.id).toEqual([...n.subjects].sort());
    }
  });

  it('offers each filter value on its own: the type filter lists the content types the site has', async () => {
    const pagefind = await openIndex(site.outDir);
    const filters = await pagefind.filters();
    const present = Object.keys(typeOf).filter((c) => (c === 'datasets' ? siteDatasets(site).length : entries.filter((e) => e.collection === c).length) > 0);
    expect(Object.keys(filters.type ?? {}).sort()).toEqual(present.map((c) => typeOf[c]!).sort());
    // Every year value is a four-digit year, and every data page is counted under its year.
    expect(Object.keys(filters.year ?? {}).every((y) => /^\d{4}$/u.test(y))).toBe(true);
    const dataPages = bodies.filter((f) => /^data\/[^/]+\/index\.html$/u.test(f));
    expect(dataPages).toHaveLength(siteDatasets(site).length);
    if (dataPages.length === 0) return;
    const dataByYear = await pagefind.search(null, { filters: { type: { any: ['数据'] }, year: { any: Object.keys(filters.year ?? {}) } } });
    expect(dataByYear.results).toHaveLength(dataPages.length);
  });

  // A size budget of the real kind of text, not a property of any content: a generated circular's
  // title strings together the commonest words of every generated page, and a first search then
  // fetches an index chunk per word (TEST_SEED=1093061679). The benchmark measures the budget at
  // scale (docs/benchmarks.md); here it is held on the sites of real text.
  it.skipIf(isGenerated(site))("keeps a first search's download well under Pagefind's 300 KB claim", async () => {
    // A reader searching for a circular by its title.
    const weight = await measureFirstSearch(site.outDir, notices[0]!.title);
    expect(weight.files.map((f) => f.file)).toEqual(expect.arrayContaining(['pagefind/pagefind.js', expect.stringMatching(/^pagefind\/index\/.+\.pf_index$/u), expect.stringMatching(/^pagefind\/fragment\//u)]));
    expect(weight.scriptBytes).toBeGreaterThan(0);
    expect(weight.totalBytes).toBeLessThan(300 * 1024);
  });
});
