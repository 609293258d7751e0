import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { fixtures } from '../helpers/paths.ts';
import { writeQuotingSite } from '../helpers/search-fixture.ts';
import { readPage } from '../helpers/site.ts';

/**
 * One extra build of a fixture site: the seed circular, three register documents it
 * cites and a bulletin full of cross-references and near-misses
 * (tests/fixtures/crossref/), under a sub-path and with SITE_URL set.
 */
const contentDir = writeQuotingSite(0);
cpSync(path.join(fixtures, 'crossref'), contentDir, { recursive: true });
const base = '/szy/';
const build = runBuild({ CONTENT_DIR: contentDir, SITE_BASE: base, SITE_URL: 'https://www.example.gov.cn' });
const page = () => readPage('/bulletins/xref-fixture/', build.outDir);

describe('automatic cross-references in a fixture', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('links each title and 发文字号 that names a document on the site, to that document', () => {
    const $ = page();
    const links = $('.bulletin-body a.xref').map((_, a) => [[$(a).text(), decodeURIComponent($(a).attr('href')!)]]).get();
    expect(links).toEqual([
      ['《关于印发2012年产业转移工作要点的通知》', '/szy/notices/yue-jingxin-yuanqu-2012-68/'],
      ['粤经信园区[2012]68号', '/szy/notices/yue-jingxin-yuanqu-2012-68/'],
      ['《2012年产业转移工作要点》', '/szy/notices/yue-jingxin-yuanqu-2012-68/#2012年产业转移工作要点'],
      ['《关于建立各级政府、协会、产业转移工业园三结合的指导意见》', '/szy/documents/sanjiehe/'],
    ]);
  });

  it('links to pages and anchors that exist', () => {
    const $ = page();
    $('.bulletin-body a.xref').each((_, a) => {
      const [pathname, hash] = decodeURIComponent($(a).attr('href')!).split('#') as [string, string?];
      const file = path.join(build.outDir, pathname.slice(base.length - 1), 'index.html');
      expect(existsSync(file), pathname).toBe(true);
      if (hash) expect(readPage(path.relative(build.outDir, file), build.outDir)(`[id="${hash}"]`)).toHaveLength(1);
    });
  });

  it.each([
    '《2011年产业转移工作要点》',
    '《广东省产业转移目标责任考核办法》',
    '粤经信园区〔2012〕680号',
    '粤经信〔2012〕68号',
    '2011年推进产业转移行动计划',
  ])('leaves the near-miss %s as plain text', (text) => {
    const $ = page();
    const paragraph = $('.bulletin-body p').filter((_, p) => $(p).text().startsWith('近似而不应链接'));
    expect(paragraph.text()).toContain(text);
    expect(paragraph.find('a')).toHaveLength(0);
  });

  it('leaves code, existing links and headings alone', () => {
    const $ = page();
    expect($('.bulletin-body code a, .bulletin-body pre a, .bulletin-body h3 a')).toHaveLength(0);
    expect($('.bulletin-body a[href="https://example.invalid/banfa"]').text()).toBe('《广东省产业转移目标责任考核评价办法》');
    expect($('.bulletin-body a a')).toHaveLength(0);
  });

  it('lists the fixture’s article, on its own page, among the pages citing each document it links to', () => {
    const article = '/szy/bulletins/xref-fixture/引用/';
    for (const target of ['/notices/yue-jingxin-yuanqu-2012-68/', '/documents/sanjiehe/']) {
      const $ = readPage(target, build.outDir);
      const citers = $('.backlinks a').map((_, a) => decodeURI($(a).attr('href')!)).get();
      expect(citers, target).toContain(article);
      expect($('.backlinks li').filter((_, li) => decodeURI($(li).find('a').attr('href')!) === article).text(), target).toContain('专刊文章');
    }
    expect(readPage('/documents/kaohe-pingjia-banfa/', build.outDir)('.backlinks a').map((_, a) => decodeURI(a.attribs.href!)).get()).not.toContain(article);
  });
});

describe('a build with SITE_URL and a sub-path', () => {
  it('writes feeds, sitemap and robots.txt against the public origin and base', async () => {
    const feed = await new Parser().parseString(readFileSync(path.join(build.outDir, 'bulletins/rss.xml'), 'utf8'));
    expect(feed.items[0]!.link).toBe('https://www.example.gov.cn/szy/bulletins/xref-fixture/');
    expect(readFileSync(path.join(build.outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://www.example.gov.cn/szy/sitemap-index.xml');
    expect(readFileSync(path.join(build.outDir, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://www.example.gov.cn/szy/bulletins/</loc>');
  });

  it('gives pages a canonical link and JSON-LD with absolute URLs', () => {
    const $ = readPage('/bulletins/xref-fixture/', build.outDir);
    expect($('link[rel="canonical"]').attr('href')).toBe('https://www.example.gov.cn/szy/bulletins/xref-fixture/');
    const ld = JSON.parse($('script[type="application/ld+json"]').text());
    // The fixture issue is a sample: typed a plain CreativeWork, marked 示例 (sampleLd).
    expect(ld).toMatchObject({ '@type': 'CreativeWork', url: 'https://www.example.gov.cn/szy/bulletins/xref-fixture/', issueNumber: '2014年第9期（总第99期）' });
  });
});
