import { beijingIso, rfc822Beijing } from '../text/beijing-time.ts';
import { formatDate } from '../text/chinese-date.ts';
import { withBase } from '../url.ts';

/** Namespaces the feed items use beyond RSS 2.0: Dublin Core, for dc:date. */
export const FEED_XMLNS = { dc: 'http://purl.org/dc/elements/1.1/' };

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
  // Not a publication date, or not a whole day: no pubDate (it would claim a day of publication); dc:date allows YYYY and YYYY-MM.
  if (kind !== undefined || moment.length < 10) return `<dc:date>${moment.length < 10 ? moment : beijingIso(moment)}</dc:date>`;
  return `<pubDate>${rfc822Beijing(moment)}</pubDate><dc:date>${beijingIso(moment)}</dc:date>`;
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

/**
 * Feed items, newest first by the date each is listed by (ties by path, so the order is
 * stable; a date alone or a month before the moments within it; no date known last), at most
 * `limit` of them. Sample content keeps its 示例 label in the title, as everywhere on the site.
 */
export function feedItems(entries: readonly FeedEntry[], base: string, limit = FEED_ITEM_LIMIT): FeedItem[] {
  return [...entries]
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.path.localeCompare(b.path))
    .slice(0, limit)
    .map((entry) => ({
      title: entry.sample ? `［示例］${entry.title}` : entry.title,
      link: withBase(entry.path, base),
      description: describe(entry),
      categories: [entry.label],
      customData: feedDates(entry.date, entry.dateKind),
    }));
}
