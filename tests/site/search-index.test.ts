import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../helpers/paths.ts';
import { htmlFiles, readPage } from '../helpers/site.ts';
import { openIndex } from '../helpers/search-queries.ts';
import { measureFirstSearch } from '../helpers/search-weight.ts';

const circular = '/notices/yue-jingxin-yuanqu-2012-68/';

describe('the search index of the built site', () => {
  it('holds the content pages only, not the home page, lists or the search page', async () => {
    const pagefind = await openIndex(dist);
    const all = await pagefind.search(null, { filters: { type: { any: ['通知'] } } });
    const urls = await Promise.all(all.results.map(async (r) => (await r.data()).url));
    expect(urls).toEqual([circular]);
    // Indexed: exactly the pages that mark a content body; never the home page, lists, facets or search.
    const bodies = htmlFiles().filter((file) => readPage(file)('[data-pagefind-body]').length > 0);
    for (const listing of ['index.html', 'notices/index.html', 'notices/numbers/index.html', 'search/index.html', 'cases/index.html']) {
      expect(bodies, listing).not.toContain(listing);
    }
    expect(bodies).toContain('notices/yue-jingxin-yuanqu-2012-68/index.html');
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBe(bodies.length);
  });

  it('indexes the circular without navigation, footer, metadata panel, notes or citation', async () => {
    const pagefind = await openIndex(dist);
    const { results } = await pagefind.search('腾笼换鸟');
    const all = await Promise.all(results.map((r) => r.data()));
    const data = all.find((d) => d.url === circular) as unknown as { content: string; meta: Record<string, string>; filters: Record<string, string[]> };
    expect(data).toBeDefined();
    expect(data.content).toContain('关于印发2012年产业转移工作要点的通知');
    expect(data.content).toContain('2011年,全省36个省产业转移工业园工业总产值3468.31亿元');
    for (const outside of ['跳到正文', '发文字号索引', '文件正文按发布原文照录', '主题分类', '引用本文', '编者注', '附件目录']) {
      expect(data.content, outside).not.toContain(outside);
    }
    expect(data.meta).toMatchObject({ title: '关于印发2012年产业转移工作要点的通知', date: '2012-02-06', type: '通知', docNumber: '粤经信园区〔2012〕68号' });
    expect(data.filters).toEqual({ type: ['通知'], year: ['2012'], theme: ['产业转移', '工业园区'], issuer: ['广东省经济和信息化委员会'] });
  });

  it('offers each filter value on its own: the type filter lists only the five content types', async () => {
    const pagefind = await openIndex(dist);
    const filters = await pagefind.filters();
    expect(Object.keys(filters.type ?? {}).sort()).toEqual(['专刊', '典型案例', '政策汇编', '数据', '通知'].sort());
    // Every year value is a four-digit year, and every data page is counted under its year.
    expect(Object.keys(filters.year ?? {}).every((y) => /^\d{4}$/u.test(y))).toBe(true);
    const dataPages = htmlFiles().filter((f) => /^data\/[^/]+\/index\.html$/u.test(f) && readPage(f)('[data-pagefind-body]').length > 0);
    const dataByYear = await pagefind.search(null, { filters: { type: { any: ['数据'] }, year: { any: Object.keys(filters.year ?? {}) } } });
    expect(dataByYear.results).toHaveLength(dataPages.length);
  });

  it("keeps a first search's download well under Pagefind's 300 KB claim", async () => {
    const weight = await measureFirstSearch(dist, '产业转移');
    expect(weight.files.map((f) => f.file)).toEqual(expect.arrayContaining(['pagefind/pagefind.js', expect.stringMatching(/^pagefind\/index\/.+\.pf_index$/u), expect.stringMatching(/^pagefind\/fragment\//u)]));
    expect(weight.scriptBytes).toBeGreaterThan(0);
    expect(weight.totalBytes).toBeLessThan(300 * 1024);
  });
});
