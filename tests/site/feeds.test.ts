import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/site.ts';
import { siteEntries, sites } from '../helpers/sites.ts';
import { FEED_ITEM_LIMIT } from '../../src/lib/feeds/feeds.ts';
import { entryPath } from '../../src/lib/routes.ts';
import { issueArticles } from '../../src/lib/bulletins/articles.ts';
import type { Bulletin } from '../../src/schemas/bulletins.ts';

const ORIGIN = 'http://localhost:4321';

describe.each(sites())('the $name site', (site) => {
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

  describe.each([
    ['rss.xml', ['notices', 'bulletins', 'compilations']],
    ['notices/rss.xml', ['notices']],
    ['bulletins/rss.xml', ['bulletins']],
    ['compilations/rss.xml', ['compilations']],
  ])('the feed %s', (file, collections) => {
    const xml = read(file);
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
      const times = feed.items.map((item) => Date.parse(item.pubDate!));
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
        ...entries.filter((e) => collections.includes(e.collection)).map((e): [string, boolean] => [entryPath(e.collection, e.id), e.data?.sample === true]),
        ...(collections.includes('bulletins') ? articles.map((a): [string, boolean] => [a.path, a.sample]) : []),
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

    it('is named in robots.txt', () => {
      expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    });
  });

  it('links every page to the site feed', () => {
    expect(read('index.html')).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]* href="\/rss.xml"/u);
  });
});
