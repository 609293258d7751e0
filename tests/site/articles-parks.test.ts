import { readFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixture-build.ts';
import { openIndex } from '../helpers/search-queries.ts';
import { readPage, squash } from '../helpers/site.ts';

/**
 * One build of a fixture site (tests/fixtures/articles-and-parks/, over the seed site; shared with the
 * accepted-fixtures check, tests/helpers/fixture-build.ts): an issue
 * dated by month mixing an article quoting the seed circular and a sample article, an invented
 * circular recognising an invented park, and a park known from the sample article and an outside source.
 */
const build = buildFixture('articles-and-parks');
const read = (url: string) => readPage(url, build.outDir);
const issue = '/bulletins/2013-02/';
const real = '/bulletins/2013-02/gongzuo-yaodian-zhaideng/';
const sample = `/bulletins/2013-02/${encodeURIComponent('示例县乙产业园见闻')}/`;

describe('an issue dated by month, mixing a real and a sample article', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('is dated by its month, not labelled 示例 as a whole, and says which articles are samples', () => {
    const $ = read(issue);
    expect(squash($('.bulletin-masthead').text())).toContain('2013年3月');
    expect($('.bulletin-masthead time').attr('datetime')).toBe('2013-03');
    expect($('.bulletin-masthead .badge')).toHaveLength(0);
    expect($('.sample-note').text()).toContain('标有“示例”的文章为示例内容');
    expect($('h2[id="工作要点摘登"] .badge')).toHaveLength(0);
    expect($('h2[id="示例县乙产业园见闻"] .badge').text()).toBe('示例');
  });

  it('lists its articles, each linked to its own page, and keeps each article under its old anchor', () => {
    const $ = read(issue);
    expect($('.bulletin-toc li > a').map((_, a) => $(a).attr('href')).get()).toEqual(['#工作要点摘登', '#item-2', '#示例县乙产业园见闻']);
    const hrefs = (selector: string) => $(selector).map((_, a) => decodeURIComponent($(a).attr('href')!)).get();
    expect(hrefs('.bulletin-toc .toc-page a')).toEqual([real, decodeURIComponent(sample)]);
    expect(hrefs('.article-permalink a')).toEqual([real, decodeURIComponent(sample)]);
    expect($('[id="工作要点摘登"]')).toHaveLength(1);
  });

  it('gives each article a page with its title, author, source (as far as its date is known) and only its own text', () => {
    const $ = read(real);
    expect($('h1').text()).toBe('工作要点摘登');
    expect($('.article-author').text()).toBe('示例编辑部');
    expect(squash($('.article-source').text())).toBe('来源：广东省经济和信息化委员会《关于印发2012年产业转移工作要点的通知》，2012年2月（日不详）');
    expect($('.sample-note')).toHaveLength(0);
    const body = $('.bulletin-body').text();
    expect(body).toContain('转入五年大见成效的攻坚年');
    expect(body).not.toContain('为测试虚构的园区');
    expect(decodeURIComponent($('.article-issue a').attr('href')!)).toBe(`${issue}#工作要点摘登`);
    const $s = read(decodeURIComponent(sample));
    expect($s('h1 .badge').text()).toBe('示例');
    expect($s('.sample-note')).toHaveLength(1);
    expect(squash($s('.article-source').text())).toBe('来源：示例日报（虚构），2013年（月、日不详），第2版');
    expect($s('.bulletin-body').text()).not.toContain('攻坚年');
  });

  it('describes each article in JSON-LD as part of its issue, based on its source with the date as known', () => {
    const ld = JSON.parse(read(real)('script[type="application/ld+json"]').text());
    expect(ld).toMatchObject({ '@type': 'Article', headline: '工作要点摘登', datePublished: '2013-03', isPartOf: { '@type': 'PublicationIssue' }, isBasedOn: { datePublished: '2012-02' } });
  });

  it('puts each article in the feed as itself, samples labelled, under the month the issue gives', async () => {
    const xml = readFileSync(path.join(build.outDir, 'bulletins/rss.xml'), 'utf8');
    const feed = await new Parser().parseString(xml);
    const byPath = new Map(feed.items.map((item) => [decodeURIComponent(new URL(item.link!).pathname), item]));
    expect(byPath.get(real)!.title).toMatch(/^工作要点摘登（\S*专刊 2013年第2期（总第4期））$/u);
    expect(byPath.get(decodeURIComponent(sample))!.title!.startsWith('［示例］')).toBe(true);
    expect(xml).toContain('<dc:date>2013-03</dc:date>');
  });

  it('lists each article in the site map and the search index as itself', async () => {
    const links = read('/sitemap/')('main a').map((_, a) => decodeURIComponent(a.attribs.href!)).get();
    expect(links).toEqual(expect.arrayContaining([issue, real, decodeURIComponent(sample)]));
    const pagefind = await openIndex(build.outDir);
    const found = await pagefind.search('为测试虚构的园区');
    const urls = await Promise.all(found.results.map(async (r) => decodeURIComponent((await r.data()).url)));
    expect(urls).toContain(decodeURIComponent(sample));
    expect(urls).not.toContain(issue);
  });
});

describe('parks from any source', () => {
  it('shows a park recognised by a circular with that circular under 认定文件', () => {
    const $ = read('/parks/shili-jia/');
    expect($('h1').text()).toBe('示例县甲产业转移工业园');
    const recognised = $('#recognised-title').parent();
    expect(recognised.find('a').attr('href')).toBe('/notices/shili-rending-2013/');
    expect(squash(recognised.text())).toContain('示例经信〔2013〕1号');
    expect(squash($('main').text())).toContain('产业转出方：广州市示例区；园区所在地：河源市示例县');
  });

  it('shows a park known from an article and an outside source, with no recognition on the site', () => {
    const $ = read('/parks/shili-yi/');
    expect($('#recognised-title').parent().text()).toContain('本站尚未找到认定该园区的文件');
    const sources = $('#sources-title').parent();
    expect(sources.find('a').map((_, a) => decodeURIComponent(a.attribs.href!)).get()).toEqual([decodeURIComponent(sample)]);
    expect(squash(sources.text())).toContain('示例日报（虚构）关于示例县乙产业园的报道，2013年（月、日不详）');
  });

  it('links a park named in a body to its page, as 发文字号 are', () => {
    const $ = read('/notices/shili-rending-2013/');
    expect($('.doc-body a.xref').filter((_, a) => $(a).text() === '示例县甲产业转移工业园').attr('href')).toBe('/parks/shili-jia/');
  });

  it('lists every park, and keeps the case finder’s park facet, linking it to the park’s page', () => {
    const $ = read('/parks/');
    expect($('main .doc-list a').map((_, a) => a.attribs.href).get()).toEqual(['/parks/shili-jia/', '/parks/shili-yi/']);
    expect(read('/cases/park/shili-jia/')('main a').map((_, a) => a.attribs.href).get()).toContain('/parks/shili-jia/');
  });
});
