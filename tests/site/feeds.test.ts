import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { builtOrigin, htmlFiles } from '../helpers/site.ts';
import { siteEntries, sites } from '../helpers/sites.ts';
import { FEED_ITEM_LIMIT, FEEDS } from '../../src/lib/feeds/feeds.ts';
import { beijingInstant } from '../../src/lib/text/beijing-time.ts';

/** A month (YYYY-MM) or a year (YYYY) known alone stands for its first day. */
const startOf = (d: string) => (/^\d{4}$/u.test(d) ? `${d}-01-01` : /^\d{4}-\d{2}$/u.test(d) ? `${d}-01` : d);
import { entryPath } from '../../src/lib/routes.ts';
import { issueArticles } from '../../src/lib/bulletins/articles.ts';
import type { Bulletin } from '../../src/schemas/bulletins.ts';

describe.each(sites())('the $name site', (site) => {
  const ORIGIN = builtOrigin(site.outDir);
  const entries = siteEntries(site);
  /** Each bulletin article is a feed item of its own, besides its issue. */
  const articles = entries.filter((e) => e.collection === 'bulletins' && e.data).flatMap((e) => issueArticles(e.id, e.data as Bulletin, e.parsed.body));
  const count = (collection: string) => entries.filter((e) => e.collection === collection).length + (collection === 'bulletins' ? articles.length : 0);
  const read = (file: string) => readFileSync(path.join(site.outDir, file), 'utf8');
  /** The built file a URL of the site points at. */
  const builtFile = (url: string) => {
    const pathname = decodeURIComponent(new URL(url).pathname);
    return path.join(site.outDir, pathname, pathname.endsWith('/') ? 'index.html' : '');
  };

  /** A page's path: datasets are published under /data/. */
  const pagePath = (collection: string, id: string) => (collection === 'datasets' ? `/data/${id}/` : entryPath(collection, id));

  describe.each([
    // The whole-site feed: every dated item (cases and register documents have no date of publication).
    ['rss.xml', ['notices', 'bulletins', 'compilations', 'datasets'], FEEDS.site],
    ['notices/rss.xml', ['notices'], FEEDS.notices],
    ['bulletins/rss.xml', ['bulletins'], FEEDS.bulletins],
    ['compilations/rss.xml', ['compilations'], FEEDS.compilations],
  ] as const)('the feed %s', (file, collections, info) => {
    const xml = read(file);
    const $ = cheerio.load(xml, { xml: true });

    it('names its own address, links its section and says when it was built, from the content', async () => {
      expect($('channel > atom\\:link[rel="self"]').attr('href')).toBe(`${ORIGIN}/${file}`);
      expect($('channel > atom\\:link[rel="self"]').attr('type')).toBe('application/rss+xml');
      const link = $('channel > link').text();
      expect(link).toBe(`${ORIGIN}${info.section}`);
      expect(existsSync(builtFile(link)), link).toBe(true);
      // lastBuildDate is the newest item's date (its dc:date, from the content; a month or year stands for its first day).
      const dates = $('item > dc\\:date').map((_, d) => $(d).text()).get();
      const newest = Math.max(...dates.map((d) => beijingInstant(startOf(d)).getTime()));
      if (dates.length === 0) expect($('channel > lastBuildDate')).toHaveLength(0);
      else expect(Date.parse($('channel > lastBuildDate').text())).toBe(newest);
    });

    it('is announced with rel="alternate" on every page of its section', () => {
      const pages = htmlFiles(site.outDir).filter((f) => `/${f}`.startsWith(info.section));
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        const html = cheerio.load(read(page));
        expect(html(`link[rel="alternate"][type="application/rss+xml"][href="/${file}"]`), page).toHaveLength(1);
      }
    });
    const items = collections.reduce((sum, c) => sum + count(c), 0);

    it('is RSS 2.0 that a feed reader parses', async () => {
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/u);
      const feed = await new Parser().parseString(xml);
      expect(feed.title).toContain('广东“双转移”');
      expect(feed.language).toBe('zh-cn');
      expect(feed.items).toHaveLength(Math.min(items, FEED_ITEM_LIMIT));
    });

    it('lists the newest items first, each linking to a built page', async () => {
      const feed = await new Parser().parseString(xml);
      // Every item says its date in dc:date (pubDate only for a known day of publication); a month or year stands for its first day.
      // An item whose every date is declared unknown has none and comes last.
      const dates = $('item').map((_, item) => $(item).children('dc\\:date').text()).get();
      expect(dates).toHaveLength(feed.items.length);
      const known = dates.filter((d) => d !== '');
      expect(dates.slice(0, known.length), 'undated items last').toEqual(known);
      const times = known.map((d) => beijingInstant(startOf(d)).getTime());
      expect(times.every((t) => !Number.isNaN(t))).toBe(true);
      expect(times).toEqual([...times].sort((a, b) => b - a));
      for (const item of feed.items) {
        expect(item.link!.startsWith(`${ORIGIN}/`), item.link).toBe(true);
        expect(existsSync(builtFile(item.link!)), item.link).toBe(true);
      }
    });

    it('labels sample items 示例, and only those', async () => {
      const feed = await new Parser().parseString(xml);
      const byPath = new Map<string, boolean>([
        ...entries.filter((e) => (collections as readonly string[]).includes(e.collection)).map((e): [string, boolean] => [pagePath(e.collection, e.id), e.data?.sample === true]),
        ...((collections as readonly string[]).includes('bulletins') ? articles.map((a): [string, boolean] => [a.path, a.sample]) : []),
      ]);
      for (const item of feed.items) {
        const sample = byPath.get(decodeURIComponent(new URL(item.link!).pathname));
        expect(sample, item.link).toBeDefined();
        expect(item.title!.startsWith('［示例］'), item.link).toBe(sample);
      }
    });
  });

  describe('the sitemap', () => {
    it('lists every page but the 404 page, by absolute URL', () => {
      const index = cheerio.load(read('sitemap-index.xml'), { xml: true });
      const sitemaps = index('sitemap > loc').map((_, el) => index(el).text()).get();
      expect(sitemaps.length).toBeGreaterThan(0);
      const urls = sitemaps.flatMap((loc) => {
        const $ = cheerio.load(read(new URL(loc).pathname), { xml: true });
        return $('url > loc').map((_, el) => $(el).text()).get();
      });
      const pages = htmlFiles(site.outDir).filter((f) => f !== '404.html').map((f) => `${ORIGIN}/${f.replace(/index\.html$/u, '')}`);
      expect(urls.map(decodeURI).sort()).toEqual(pages.sort());
    });

    it('dates each dated page from its content (never the build clock), and its section and the home page by the newest', () => {
      const lastmods = new Map<string, string>();
      for (const loc of cheerio.load(read('sitemap-index.xml'), { xml: true })('sitemap > loc').map((_, el) => cheerio.load(el).text()).get()) {
        const $ = cheerio.load(read(new URL(loc).pathname), { xml: true });
        $('url').each((_, el) => void lastmods.set(decodeURI(new URL($(el).children('loc').text()).pathname), $(el).children('lastmod').text()));
      }
      const fields: Record<string, string> = { notices: 'publishedAt', bulletins: 'date', compilations: 'date', datasets: 'updated' };
      const sections: Record<string, string> = { notices: '/notices/', bulletins: '/bulletins/', compilations: '/compilations/', datasets: '/data/' };
      const newest = new Map<string, number>();
      for (const e of entries.filter((x) => fields[x.collection])) {
        // A date not known to the day (declared unknown, or a month alone) gives no lastmod rather than an invented day.
        const value = e.data![fields[e.collection]!];
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/u.test(value)) {
          expect(lastmods.get(pagePath(e.collection, e.id)) ?? '', e.id).toBe('');
          continue;
        }
        const when = beijingInstant(value).getTime();
        expect(Date.parse(lastmods.get(pagePath(e.collection, e.id))!), e.id).toBe(when);
        for (const p of [sections[e.collection]!, '/']) newest.set(p, Math.max(newest.get(p) ?? 0, when));
      }
      for (const [p, when] of newest) expect(Date.parse(lastmods.get(p)!), p).toBe(when);
      // Undated pages (cases, register documents, search…) carry no lastmod rather than an invented one.
      for (const e of entries.filter((x) => x.collection === 'cases' || x.collection === 'documents')) expect(lastmods.get(entryPath(e.collection, e.id)), e.id).toBe('');
    });

    it('is named in robots.txt', () => {
      expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    });
  });

  it('links every page to the site feed', () => {
    for (const page of htmlFiles(site.outDir)) expect(read(page), page).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]* href="\/rss.xml"/u);
  });

  it('links the circulars feed from the circulars list', () => {
    expect(cheerio.load(read('notices/index.html'))('main a[href="/notices/rss.xml"]')).toHaveLength(1);
  });
});
