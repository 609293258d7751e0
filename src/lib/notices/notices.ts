/** What lists of circulars need of each one. 发文字号 and dates may be declared unknown (src/lib/notices/unknown-facts.ts). */
export interface NoticeSummary {
  id: string;
  title: string;
  docNumber?: string;
  signedOn?: string;
  publishedAt?: string;
}

/** The best date known of a circular, and which date it is. */
export interface BestDate {
  /** 发布时间 (YYYY-MM-DD HH:mm or YYYY-MM-DD), else 成文日期 (YYYY-MM-DD, YYYY-MM or YYYY). */
  value: string;
  /** Which date it is, as the lists say it. */
  kind: '发布日期' | '成文日期';
}

/**
 * The date a circular is listed and sorted by: its 发布时间, else (when that is declared
 * unknown) its 成文日期, else none.
 * @example bestDate({ signedOn: '2010-03-23' }) // { value: '2010-03-23', kind: '成文日期' }
 */
export function bestDate(n: Pick<NoticeSummary, 'publishedAt' | 'signedOn'>): BestDate | undefined {
  if (n.publishedAt !== undefined) return { value: n.publishedAt, kind: '发布日期' };
  if (n.signedOn !== undefined) return { value: n.signedOn, kind: '成文日期' };
  return undefined;
}

/**
 * Newest first by the best date known (a date alone or a month before the moments within it,
 * as it may be any of them), circulars with no date known last; then by 发文字号 and id so
 * the order is stable.
 */
export function sortNewestFirst<T extends NoticeSummary>(notices: readonly T[]): T[] {
  const key = (n: T) => bestDate(n)?.value ?? '';
  return [...notices].sort(
    (a, b) => key(b).localeCompare(key(a)) || (a.docNumber ?? '').localeCompare(b.docNumber ?? '', 'zh-CN') || a.id.localeCompare(b.id),
  );
}

/**
 * Groups circulars by the year of their best date known, newest year first, each year newest
 * first; circulars with no date known come last, under `year: undefined`.
 */
export function groupByYear<T extends NoticeSummary>(notices: readonly T[]): { year: number | undefined; notices: T[] }[] {
  const groups = new Map<number | undefined, T[]>();
  for (const notice of sortNewestFirst(notices)) {
    const date = bestDate(notice);
    const year = date === undefined ? undefined : Number(date.value.slice(0, 4));
    groups.set(year, [...(groups.get(year) ?? []), notice]);
  }
  return [...groups.entries()].sort(([a], [b]) => (b ?? -Infinity) - (a ?? -Infinity)).map(([year, list]) => ({ year, notices: list }));
}

/** The URL path of a circular's page. */
export function noticePath(id: string): string {
  return `/notices/${id}/`;
}
