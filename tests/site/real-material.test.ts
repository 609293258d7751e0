import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { fixtures } from '../helpers/paths.ts';
import { openIndex } from '../helpers/search-queries.ts';
import { readPage, squash } from '../helpers/site.ts';

/**
 * Real material's gaps (issue 21), in the sample fixture tests/fixtures/real-material: a
 * circular whose copy lost its header (发文字号 and 发布时间 declared unknown, the issuer's name
 * printed with a slip, an attachment known by title only), one dated only to the month, an
 * ordinary one, a register document without 发文字号 and a dataset citing the headerless circular.
 */
describe('a site with circulars whose facts are partly unknown', () => {
  const result = runBuild({ CONTENT_DIR: path.join(fixtures, 'real-material') });
  const page = (url: string) => readPage(url, result.outDir);
  const meta = (url: string) => {
    const $ = page(url);
    const map = new Map<string, string>();
    $('.doc-meta dt').each((_, dt) => void map.set(squash($(dt).text()), squash($(dt).next('dd').text())));
    return map;
  };
  const ld = (url: string) => JSON.parse(page(url)('script[type="application/ld+json"]').first().text()) as Record<string, unknown>;

  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('says 原文未载明 / 不详 in place of an unknown fact, with the editor\'s reason as an 编者注', () => {
    const m = meta('/notices/lost-header/');
    expect(m.get('发文字号')).toBe('原文未载明');
    expect(m.get('发布时间')).toBe('不详');
    expect(m.get('成文日期')).toBe('2010年3月23日');
    const $ = page('/notices/lost-header/');
    expect($('.doc-number').length).toBe(0);
    const notes = $('.editorial-notes li').map((_, li) => squash($(li).text())).get();
    expect(notes).toContain('发文字号原文未载明：本站所据网上转载本缺文头，未载发文字号。');
    expect(notes).toContain('发布时间不详：本站所据网上转载本未载发布时间。');
    expect($('.cite p').text()).toBe('《关于认定示例县产业转移工业园的通知》');

    const month = meta('/notices/month-only/');
    expect(month.get('成文日期')).toBe('2009年5月');
    expect(month.get('主送机关')).toBe('原文未载明');
    expect(month.get('有效性')).toBe('不详');
    expect(page('/notices/month-only/')('.editorial-notes').text()).toContain('所据汇编本删去了主送机关一行。');
  });

  it('keeps the printed slip in the issuer\'s name, recognised as the body, with an 编者注', () => {
    const $ = page('/notices/lost-header/');
    expect(meta('/notices/lost-header/').get('发文机关')).toBe('广东省经济和信息化委员会（原件署名：广东省经济与信息化委员会）');
    expect($('.doc-signature').text()).toContain('广东省经济与信息化委员会');
    const note = $('.editorial-notes li').filter((_, li) => $(li).find('q').text() === '广东省经济与信息化委员会');
    expect(squash(note.text())).toContain('原件署名如此，照录；发文机关全称为“广东省经济和信息化委员会”。');
  });

  it('lists an attachment known by title only as 未取得附件内容, never as a link', () => {
    const item = page('/notices/lost-header/')('.doc-meta li');
    expect(squash(item.text())).toBe('示例县产业转移工业园四至范围（未取得附件内容）');
    expect(item.find('a').length).toBe(0);
  });

  it('leaves an unknown fact out of JSON-LD, and names the body, not the slip', () => {
    // The fixture's circulars are samples: typed CreativeWork, never Legislation (issue 22), so no
    // legislation* property at all; circularLd's own dates are table-tested in tests/lib/jsonld.test.ts.
    const data = ld('/notices/lost-header/');
    expect(data).not.toHaveProperty('legislationIdentifier');
    expect(data).not.toHaveProperty('datePublished');
    expect(data['@type']).toBe('CreativeWork');
    expect(data.author).toEqual({ '@type': 'GovernmentOrganization', name: '广东省经济和信息化委员会' });
    expect(JSON.stringify(data)).not.toMatch(/不详|未载明|undefined/u);
  });

  it('lists circulars by the best date known, and says which', () => {
    const $ = page('/notices/');
    expect($('main h2').map((_, h) => $(h).text()).get()).toEqual(['2011年', '2010年', '2009年']);
    const items = $('main .doc-list li').map((_, li) => squash($(li).text())).get();
    expect(items).toEqual([
      expect.stringMatching(/^关于示例产业转移工作的通知示例.*粤示例〔2011〕3号.*发布日期：2011年4月2日$/u),
      expect.stringMatching(/^关于认定示例县产业转移工业园的通知示例成文日期：2010年3月23日$/u),
      expect.stringMatching(/^关于示例园区统计报表的通知示例.*粤示例〔2009〕7号.*成文日期：2009年5月$/u),
    ]);
  });

  it('gives circulars without a 发文字号 a group of their own in the 发文字号索引', () => {
    const $ = page('/notices/numbers/');
    expect($('table td:first-child').map((_, td) => $(td).text()).get()).toEqual(['粤示例〔2009〕7号', '粤示例〔2011〕3号']);
    expect($('#no-number').text()).toBe('发文字号不详的文件');
    expect($('.no-doc-number a').map((_, a) => $(a).attr('href')).get()).toEqual(['/notices/lost-header/']);
  });

  it('writes the feed by the best date known: no pubDate for a date that is not the publication date, and says which', () => {
    const $ = cheerio.load(readFileSync(path.join(result.outDir, 'notices/rss.xml'), 'utf8'), { xml: true });
    const items = $('item').map((_, item) => ({ link: $(item).find('link').text(), pubDate: $(item).find('pubDate').text(), date: $(item).find('dc\\:date').text(), description: $(item).find('description').text() })).get();
    expect(items.map((i) => new URL(i.link).pathname)).toEqual(['/notices/numbered/', '/notices/lost-header/', '/notices/month-only/']);
    expect(items[0]!.pubDate).toBe('Sat, 02 Apr 2011 10:00:00 +0800');
    expect(items[1]).toMatchObject({ pubDate: '', date: '2010-03-23' });
    expect(items[1]!.description).toContain('发布时间不详，成文日期2010年3月23日');
    expect(items[2]).toMatchObject({ pubDate: '', date: '2009-05' });
  });

  it('indexes a circular without 发文字号 for search with what is known: no placeholder, the body as issuer filter', async () => {
    const pagefind = await openIndex(result.outDir);
    const found = await pagefind.search('示例县产业转移工业园');
    const data = (await Promise.all(found.results.map((r) => r.data()))).find((d) => d.url === '/notices/lost-header/');
    expect(data).toBeDefined();
    expect(data!.meta.docNumber).toBeUndefined();
    expect(data!.meta.date).toBe('2010-03-23');
    expect(data!.filters).toMatchObject({ type: ['通知'], year: ['2010'], issuer: ['广东省经济和信息化委员会'] });
    const month = (await Promise.all((await pagefind.search('统计报表')).results.map((r) => r.data()))).find((d) => d.url === '/notices/month-only/');
    expect(month!.meta.date).toBe('2009-05');
  });

  it('cites the circular without 发文字号 from a dataset, by title alone', () => {
    const $ = page('/data/sample-park-area/');
    expect(squash($('main').text())).toContain('《关于认定示例县产业转移工业园的通知》');
    expect($('main').text()).not.toMatch(/（undefined）|（）/u);
  });

  it('says 不详 with the reason for a register document\'s unknown 发文字号', () => {
    const m = meta('/documents/no-number/');
    expect(m.get('发文字号')).toBe('不详（编者注：引用原文只称其标题，本站未查到原件。）');
  });
});
