import { describe, expect, it } from 'vitest';
import { beijingInstant } from '../../src/lib/text/beijing-time.ts';
import { channelData, FEED_ITEM_LIMIT, feedItems, pageFeeds } from '../../src/lib/feeds/feeds.ts';
import { robotsTxt } from '../../src/lib/feeds/robots.ts';
import { contentDates, sitemapLastmod } from '../../src/lib/feeds/sitemap-dates.ts';
import { absoluteUrl, configuredOrigin, PREVIEW_ORIGIN, siteOrigin } from '../../src/lib/site-url.ts';

describe('beijingInstant', () => {
  it.each([
    ['2012-02-06 15:30', '2012-02-06T07:30:00.000Z'],
    ['2012-02-06', '2012-02-05T16:00:00.000Z'],
  ])('reads %s as Beijing time', (input, iso) => {
    expect(beijingInstant(input).toISOString()).toBe(iso);
  });
});

describe('feedItems', () => {
  const entries = [
    { title: '旧', path: '/a/', date: '2012-02-06 15:30', label: '通知' },
    { title: '新', path: '/b/', date: '2013-01-15', label: '专刊', sample: true },
    { title: '同日', path: '/c/', date: '2012-02-06 15:30', label: '通知' },
  ];

  it('lists the newest first, ties by path', () => {
    expect(feedItems(entries, '/').map((i) => i.link)).toEqual(['/b/', '/a/', '/c/']);
  });

  it(`lists only the newest ${FEED_ITEM_LIMIT}`, () => {
    const many = Array.from({ length: FEED_ITEM_LIMIT + 10 }, (_, i) => ({ title: `第${i}`, path: `/n${i}/`, date: `2012-01-01 ${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`, label: '通知' }));
    const items = feedItems(many, '/');
    expect(items).toHaveLength(FEED_ITEM_LIMIT);
    expect(items[0]!.link).toBe(`/n${FEED_ITEM_LIMIT + 9}/`);
    expect(items.at(-1)!.link).toBe('/n10/');
    expect(feedItems(many, '/', 5)).toHaveLength(5);
  });

  it('keeps the base path and marks samples', () => {
    const [first] = feedItems(entries, '/szy/');
    expect(first).toMatchObject({ title: '［示例］新', link: '/szy/b/', categories: ['专刊'] });
  });
});

describe('feed items whose publication date is not known', () => {
  const entries = [
    { title: '发布', path: '/a/', date: '2011-04-02 10:00', label: '通知' },
    { title: '成文', path: '/b/', date: '2010-03-23', dateKind: '成文日期', label: '通知', description: '摘要。' },
    { title: '月份', path: '/c/', date: '2009-05', dateKind: '成文日期', label: '通知' },
    { title: '不详', path: '/d/', label: '通知' },
  ];

  it('sorts by the date each is listed by, no date last', () => {
    expect(feedItems(entries, '/').map((i) => i.link)).toEqual(['/a/', '/b/', '/c/', '/d/']);
  });

  it.each([
    ['/a/', '<pubDate>Sat, 02 Apr 2011 10:00:00 +0800</pubDate><dc:date>2011-04-02T10:00+08:00</dc:date>', undefined],
    ['/b/', '<dc:date>2010-03-23</dc:date>', '（发布时间不详，成文日期2010年3月23日）摘要。'],
    ['/c/', '<dc:date>2009-05</dc:date>', '（发布时间不详，成文日期2009年5月）'],
    ['/d/', '', '（日期不详）'],
  ])('%s: no pubDate but for a publication date, and says which date it is', (link, dates, description) => {
    const item = feedItems(entries, '/').find((i) => i.link === link)!;
    expect(item.customData).toBe(dates);
    expect(item.description).toBe(description);
  });
});

describe('site origin', () => {
  it.each([
    [{}, PREVIEW_ORIGIN, undefined],
    [{ SITE_URL: '' }, PREVIEW_ORIGIN, undefined],
    [{ SITE_URL: 'https://www.example.gov.cn/' }, 'https://www.example.gov.cn', 'https://www.example.gov.cn'],
  ])('%o', (env, origin, configured) => {
    expect(siteOrigin(env)).toBe(origin);
    expect(configuredOrigin(env)).toBe(configured);
  });

  it('makes absolute URLs from based paths', () => {
    expect(absoluteUrl('/szy/rss.xml', 'https://www.example.gov.cn')).toBe('https://www.example.gov.cn/szy/rss.xml');
  });

  it('names the sitemap in robots.txt', () => {
    expect(robotsTxt('https://x.example/sitemap-index.xml')).toContain('\nSitemap: https://x.example/sitemap-index.xml\n');
  });
});

describe('pageFeeds', () => {
  it('announces the site feed everywhere and a section feed on its section, under any base', () => {
    expect(pageFeeds('/', '/').map((f) => f.path)).toEqual(['/rss.xml']);
    expect(pageFeeds('/notices/x/', '/').map((f) => f.path)).toEqual(['/rss.xml', '/notices/rss.xml']);
    expect(pageFeeds('/szy/bulletins/', '/szy/').map((f) => f.path)).toEqual(['/rss.xml', '/bulletins/rss.xml']);
    expect(pageFeeds('/bulletins/', '/szy/').map((f) => f.path)).toEqual(['/rss.xml']);
    expect(pageFeeds('/data/', '/').map((f) => f.path)).toEqual(['/rss.xml']);
  });
});

describe('channelData', () => {
  it('names the feed and dates it by its newest item, not the clock', () => {
    const xml = channelData('https://x.cn/rss.xml?a=1&b=2', [
      { title: 'a', path: '/a/', date: '2012-02-06 15:30', label: '通知' },
      { title: 'b', path: '/b/', date: '2013-01-15', label: '专刊' },
    ]);
    expect(xml).toContain('<atom:link href="https://x.cn/rss.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<lastBuildDate>Tue, 15 Jan 2013 00:00:00 +0800</lastBuildDate>');
    expect(channelData('https://x.cn/rss.xml', [])).not.toContain('lastBuildDate');
  });
});

describe('contentDates', () => {
  it('dates pages by their content, sections and home by the newest, and leaves undated ones out', () => {
    const dates = contentDates([
      { collection: 'notices', id: 'n1', data: { publishedAt: '2012-02-06 15:30' } },
      { collection: 'datasets', id: 'd1', data: { updated: '2026-11-27' } },
      { collection: 'cases', id: 'c1', data: { year: 2011 } },
      { collection: 'documents', id: 'r1', data: {} },
      // A 专刊 dated by its month: no day to give, and it does not date its section either.
      { collection: 'bulletins', id: 'b1', data: { date: '2030-12' } },
    ]);
    expect(dates.get('/notices/n1/')).toBe('2012-02-06T07:30:00.000Z');
    expect(dates.get('/notices/')).toBe('2012-02-06T07:30:00.000Z');
    expect(dates.get('/data/d1/')).toBe('2026-11-26T16:00:00.000Z');
    expect(dates.get('/')).toBe('2026-11-26T16:00:00.000Z');
    expect(dates.has('/cases/c1/')).toBe(false);
    expect(dates.has('/documents/r1/')).toBe(false);
    expect(dates.has('/bulletins/b1/')).toBe(false);
    expect(dates.has('/bulletins/')).toBe(false);
  });

  it('gives the sitemap a page lastmod under the base', () => {
    const serialize = sitemapLastmod(() => new Map([['/notices/n1/', '2012-02-06T07:30:00.000Z']]), '/szy/');
    expect(serialize({ url: 'https://x.cn/szy/notices/n1/' } as { url: string; lastmod?: string }).lastmod).toBe('2012-02-06T07:30:00.000Z');
    expect(serialize({ url: 'https://x.cn/szy/search/' } as { url: string; lastmod?: string }).lastmod).toBeUndefined();
  });
});
