import { withBase } from './url.ts';

/** One entry of an RSS feed, before it is written. */
export interface FeedEntry {
  title: string;
  /** Page path without the base. */
  path: string;
  /** Publication moment: YYYY-MM-DD (taken as 00:00 Beijing time) or YYYY-MM-DD HH:mm (Beijing time). */
  date: string;
  description?: string;
  /** Kind of item, e.g. 通知; becomes the RSS category. */
  label: string;
  sample?: boolean;
}

/** The item @astrojs/rss writes. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description?: string;
  categories: string[];
}

/** A Beijing-time date or date-time as an instant. */
export function beijingInstant(date: string): Date {
  const [day, time = '00:00'] = date.trim().split(/[ T]/u);
  return new Date(`${day}T${time.length === 5 ? `${time}:00` : time}+08:00`);
}

/**
 * Feed items, newest first (ties by path, so the order is stable). Sample
 * content keeps its 示例 label in the title, as everywhere on the site.
 */
export function feedItems(entries: readonly FeedEntry[], base: string): FeedItem[] {
  return [...entries]
    .sort((a, b) => beijingInstant(b.date).getTime() - beijingInstant(a.date).getTime() || a.path.localeCompare(b.path))
    .map((entry) => ({
      title: entry.sample ? `［示例］${entry.title}` : entry.title,
      link: withBase(entry.path, base),
      pubDate: beijingInstant(entry.date),
      description: entry.description,
      categories: [entry.label],
    }));
}
