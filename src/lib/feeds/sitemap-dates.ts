import { datasetPaths } from '../datasets/paths.ts';
import { beijingInstant } from '../text/beijing-time.ts';
import { entryPath } from '../routes.ts';
import { withBase } from '../url.ts';

/** An entry of the content as the content check reads it: collection, id and frontmatter. */
export interface DatedEntry {
  collection: string;
  id: string;
  data?: Record<string, unknown>;
}

/** A written date known to the day: 2012-02-06, with or without its time. */
const KNOWN_DAY = /^\d{4}-\d{2}-\d{2}/u;

/** The field that dates an entry of each dated collection; cases (a year) and register documents have none. */
const DATE_FIELDS: Record<string, { field: string; path: (id: string) => string; list: string }> = {
  notices: { field: 'publishedAt', path: (id) => entryPath('notices', id), list: '/notices/' },
  bulletins: { field: 'date', path: (id) => entryPath('bulletins', id), list: '/bulletins/' },
  compilations: { field: 'date', path: (id) => entryPath('compilations', id), list: '/compilations/' },
  datasets: { field: 'updated', path: (id) => datasetPaths(id).page, list: '/data/' },
};

/**
 * The sitemap's lastmod of each page whose date the content gives (never the build's clock,
 * so builds stay reproducible): a circular's 发布时间, a bulletin issue's 出版日期, a compilation's
 * 编印日期, a dataset's 本站更新日期, in Beijing time (a date alone is the start of that day there;
 * a month or a year alone gives none, rather than an invented day);
 * a section's list page and the home page take the newest date of what they list. Keys are
 * site paths (before the base); values ISO 8601 instants (UTC), as the sitemap writes them.
 */
export function contentDates(entries: readonly DatedEntry[]): Map<string, string> {
  const dates = new Map<string, string>();
  const newer = (path: string, date: string) => {
    if (!dates.has(path) || dates.get(path)! < date) dates.set(path, date);
  };
  for (const entry of entries) {
    const dated = DATE_FIELDS[entry.collection];
    const value = dated && entry.data?.[dated.field];
    // A date known only to the month or year (a 专刊 dated 2006-12) gives no lastmod: the
    // sitemap would need a day, and the content does not give one.
    if (!dated || !(value instanceof Date || (typeof value === 'string' && KNOWN_DAY.test(value)))) continue;
    const instant = typeof value === 'string' ? beijingInstant(value) : value;
    if (Number.isNaN(instant.getTime())) continue;
    const date = instant.toISOString();
    newer(dated.path(entry.id), date);
    newer(dated.list, date);
    newer('/', date);
  }
  return dates;
}

/**
 * The @astrojs/sitemap `serialize` option: gives each page its lastmod from `dates`
 * (./contentDates), read once on first use; a page the content does not date gets none.
 */
export function sitemapLastmod(loadDates: () => Map<string, string>, base: string) {
  let dates: Map<string, string> | undefined;
  return <T extends { url: string; lastmod?: string }>(item: T): T => {
    dates ??= loadDates();
    const pathname = decodeURI(new URL(item.url).pathname);
    const prefix = withBase('/', base);
    const sitePath = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
    const lastmod = dates.get(sitePath);
    return lastmod ? { ...item, lastmod } : item;
  };
}
