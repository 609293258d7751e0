import { site } from '../../site.ts';
import { beijingInstant, beijingIso, rfc822Beijing } from '../text/beijing-time.ts';
import { formatDate } from '../text/chinese-date.ts';
import { withBase } from '../url.ts';

/** Namespaces the feeds use beyond RSS 2.0: Dublin Core (dc:date) and Atom (the feed's own address). */
export const FEED_XMLNS = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

/** A feed of the site: where it is, the section it follows, and what a reader calls it. */
export interface FeedInfo {
  /** Site path of the feed (before the base). */
  path: string;
  /** Site path of the section it follows: the channel's <link>, and where the feed is announced. */
  section: string;
  title: string;
  description: string;
}

/**
 * The site's feeds. The whole-site feed carries every item that has a date of publication on
 * the site: circulars (发布时间), bulletin issues (出版日期), compilations (编印日期) and datasets
 * (本站更新日期). Cases (only the year of the practice) and register documents (no date of
 * their own on the site) have none, so they are in the catalogue (/data/catalogue.csv) and the
 * sitemap, not in a feed: a feed item needs a date, and none is invented.
 */
export const FEEDS = {
  site: { path: '/rss.xml', section: '/', title: '全站更新', description: `${site.description} 通知公告、${site.bulletinName}、政策汇编和统计数据，最新在前。` },
  notices: { path: '/notices/rss.xml', section: '/notices/', title: '通知公告', description: '通知公告，最新在前。' },
  bulletins: { path: '/bulletins/rss.xml', section: '/bulletins/', title: site.bulletinName, description: `${site.bulletinName}，最新在前。` },
  compilations: { path: '/compilations/rss.xml', section: '/compilations/', title: '政策汇编', description: '政策汇编，最新在前。' },
} as const satisfies Record<string, FeedInfo>;

/**
 * The feeds a page announces with <link rel="alternate">: the whole-site feed, and its
 * section's feed when the page is in a section that has one.
 * @example pageFeeds('/szy/notices/x/', '/szy/') // [FEEDS.site, FEEDS.notices]
 */
export function pageFeeds(pathname: string, base: string): FeedInfo[] {
  const section = Object.values(FEEDS).find((f) => f.section !== '/' && pathname.startsWith(withBase(f.section, base)));
  return section ? [FEEDS.site, section] : [FEEDS.site];
}

/**
 * The channel's elements beyond title, link and description, written from the content so
 * that builds stay reproducible: language, the feed's own address (atom:link rel="self"),
 * and lastBuildDate, the newest item's date (none in a feed without items).
 */
export function channelData(selfUrl: string, entries: readonly FeedEntry[]): string {
  const newest = entries.map((e) => e.date).filter((d): d is string => d !== undefined).sort((a, b) => sortTime(b) - sortTime(a))[0];
  return [
    '<language>zh-cn</language>',
    `<atom:link href="${selfUrl.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;')}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${rfc822Beijing(startOf(newest))}</lastBuildDate>`] : []),
  ].join('');
}

/** One entry of an RSS feed, before it is written. */
export interface FeedEntry {
  title: string;
  /** Page path without the base. */
  path: string;
  /**
   * Publication moment in Beijing time: YYYY-MM-DD HH:mm, or YYYY-MM-DD when only the date is
   * known; YYYY-MM or YYYY when known only so far. With `dateKind`, another date standing in
   * for an unknown publication date. Undefined when no date is known.
   */
  date?: string;
  /** What `date` is when it is not the publication date, e.g. 成文日期: said in the item's description. */
  dateKind?: string;
  description?: string;
  /** Kind of item, e.g. 通知; becomes the RSS category. */
  label: string;
  sample?: boolean;
}

/** The item @astrojs/rss writes; its dates go in customData (see feedDates). */
export interface FeedItem {
  title: string;
  link: string;
  description?: string;
  categories: string[];
  customData: string;
}

/**
 * An item's dates as XML. pubDate is written in Beijing's zone (+0800), so a feed shows the
 * day and time as published rather than the GMT day (@astrojs/rss would write GMT).
 * RSS 2.0 pubDate can only be a full date-time: an item whose time of publication is not
 * known gets the start of its day in Beijing there, and dc:date (W3C-DTF, which allows a
 * date alone) says honestly that only the date is known.
 * @example feedDates('2012-02-06') // '<pubDate>Mon, 06 Feb 2012 00:00:00 +0800</pubDate><dc:date>2012-02-06</dc:date>'
 */
export function feedDates(moment: string | undefined, kind?: string): string {
  if (moment === undefined) return '';
  const dcDate = `<dc:date>${isPartial(moment) ? moment : beijingIso(moment)}</dc:date>`;
  // Another date standing in for an unknown publication date: no pubDate, which would claim a day of publication.
  if (kind !== undefined) return dcDate;
  // A publication known only to the month or year (a 专刊 dated by month): pubDate gives its first day, dc:date only what is known.
  return `<pubDate>${rfc822Beijing(startOf(moment))}</pubDate>${dcDate}`;
}

/** A month (YYYY-MM) or a year (YYYY) alone: W3C-DTF writes it as it is. */
function isPartial(moment: string): boolean {
  return /^\d{4}(-\d{2})?$/u.test(moment);
}

/**
 * The moment a feed sorts by and RSS's pubDate must give: a month or year known alone stands
 * for its first day (dc:date still says only the month or year is known).
 * @example startOf('2013-03') // '2013-03-01'
 */
function startOf(moment: string): string {
  return isPartial(moment) ? `${moment}-01-01`.slice(0, 10) : moment;
}

/** The description of an item whose publication date is not known: which date it is listed by, then the summary. */
function describe(entry: FeedEntry): string | undefined {
  if (entry.dateKind === undefined && entry.date !== undefined) return entry.description;
  const known = entry.date === undefined ? '日期不详' : `发布时间不详，${entry.dateKind ?? '日期'}${formatDate(entry.date.slice(0, 10))}`;
  return `（${known}）${entry.description ?? ''}`;
}

/**
 * How many items a feed lists: the newest 50. A feed reader polls a feed and keeps
 * what it has seen, so older items only make every poll heavier (all 2,000 circulars
 * of the benchmark's corpus made a 1 MB feed, fetched in full on each poll); every page
 * stays listed on its section's list page and in the sitemap.
 */
export const FEED_ITEM_LIMIT = 50;

/** A feed item's date as a time to sort by, newest first; an item with no date known sorts last. */
function sortTime(moment: string | undefined): number {
  return moment === undefined ? Number.NEGATIVE_INFINITY : beijingInstant(startOf(moment)).getTime();
}

/**
 * Feed items, newest first by the date each is listed by (ties by path, so the order is
 * stable; a date alone or a month before the moments within it; no date known last), at most
 * `limit` of them. Sample content keeps its 示例 label in the title, as everywhere on the site.
 */
export function feedItems(entries: readonly FeedEntry[], base: string, limit = FEED_ITEM_LIMIT): FeedItem[] {
  return [...entries]
    .sort((a, b) => sortTime(b.date) - sortTime(a.date) || a.path.localeCompare(b.path))
    .slice(0, limit)
    .map((entry) => ({
      title: entry.sample ? `［示例］${entry.title}` : entry.title,
      link: withBase(entry.path, base),
      description: describe(entry),
      categories: [entry.label],
      customData: feedDates(entry.date, entry.dateKind),
    }));
}
