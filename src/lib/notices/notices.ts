/** What lists of circulars need of each one. */
export interface NoticeSummary {
  id: string;
  title: string;
  docNumber: string;
  signedOn: string;
  publishedAt: string;
}

/** Newest first by 发布时间, then by 发文字号 so the order is stable. */
export function sortNewestFirst<T extends NoticeSummary>(notices: readonly T[]): T[] {
  return [...notices].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.docNumber.localeCompare(b.docNumber, 'zh-CN'));
}

/** Groups circulars by the year they were published, newest year first, each year newest first. */
export function groupByYear<T extends NoticeSummary>(notices: readonly T[]): { year: number; notices: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const notice of sortNewestFirst(notices)) {
    const year = Number(notice.publishedAt.slice(0, 4));
    groups.set(year, [...(groups.get(year) ?? []), notice]);
  }
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, notices: list }));
}

/** The URL path of a circular's page. */
export function noticePath(id: string): string {
  return `/notices/${id}/`;
}
