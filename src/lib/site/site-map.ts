/** One published page in the site map. */
export interface SiteMapEntry {
  title: string;
  /** Site path (without the base). */
  path: string;
  /** The year it belongs to (published, issued, summed up); undefined when unknown. */
  year?: number;
  /** Sort key within its year, newest first: an ISO date or any string that sorts by time. */
  sortKey?: string;
  /** Example content (sample: true), shown as such. */
  sample?: boolean;
}

/** A section of the site (a top-level page) and the entries published under it. */
export interface SiteMapSection {
  title: string;
  path: string;
  entries: SiteMapEntry[];
}

/** A section as the site map page lists it: its entries grouped by year, newest year first. */
export interface SiteMapGroup {
  title: string;
  path: string;
  count: number;
  years: { year: number | undefined; entries: SiteMapEntry[] }[];
}

/**
 * Groups each section's entries by year, newest year first (entries without a year
 * last), and within a year newest first, then by title; sections keep their order.
 * @example siteMapGroups([{ title: '通知公告', path: '/notices/', entries: [{ title: 'A', path: '/notices/a/', year: 2012 }] }])
 * // [{ title: '通知公告', path: '/notices/', count: 1, years: [{ year: 2012, entries: [A] }] }]
 */
export function siteMapGroups(sections: readonly SiteMapSection[]): SiteMapGroup[] {
  return sections.map((section) => {
    const byYear = new Map<number | undefined, SiteMapEntry[]>();
    for (const entry of section.entries) byYear.set(entry.year, [...(byYear.get(entry.year) ?? []), entry]);
    const years = [...byYear.entries()]
      .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : b - a))
      .map(([year, entries]) => ({
        year,
        entries: [...entries].sort((a, b) => (b.sortKey ?? '').localeCompare(a.sortKey ?? '') || a.title.localeCompare(b.title, 'zh-CN')),
      }));
    return { title: section.title, path: section.path, count: section.entries.length, years };
  });
}

/**
 * The four-digit year in a text such as a 发文字号 (粤府〔2008〕4号) or a period (2011年).
 * @example yearIn('粤府〔2008〕4号') // 2008
 */
export function yearIn(text: string | undefined): number | undefined {
  const m = text ? /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/u.exec(text) : null;
  return m ? Number(m[1]) : undefined;
}
