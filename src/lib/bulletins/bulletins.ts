/** What lists and navigation need of a 双转移专刊 issue. */
export interface IssueSummary {
  id: string;
  title: string;
  /** Number within its year (第N期). */
  number: number;
  /** Running number (总第N期). */
  serial: number;
  /** 出版日期, YYYY-MM-DD. */
  date: string;
  sample?: boolean;
}

/** The issue's number as printed: 2012年第1期（总第1期）. */
export function issueLabel(issue: Pick<IssueSummary, 'number' | 'serial' | 'date'>): string {
  return `${issue.date.slice(0, 4)}年第${issue.number}期（总第${issue.serial}期）`;
}

/** Oldest first, by running number (then date, then id, so the order is stable). */
export function sortIssues<T extends IssueSummary>(issues: readonly T[]): T[] {
  return [...issues].sort((a, b) => a.serial - b.serial || a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The issues before and after one, in running order. */
export function adjacentIssues<T extends IssueSummary>(issues: readonly T[], id: string): { previous?: T; next?: T } {
  const sorted = sortIssues(issues);
  const at = sorted.findIndex((issue) => issue.id === id);
  if (at < 0) return {};
  return { previous: sorted[at - 1], next: sorted[at + 1] };
}

/** The latest issue (highest running number), if any. */
export function latestIssue<T extends IssueSummary>(issues: readonly T[]): T | undefined {
  return sortIssues(issues).at(-1);
}

/** The archive: years newest first, each year's issues newest first. */
export function issuesByYear<T extends IssueSummary>(issues: readonly T[]): { year: number; issues: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const issue of sortIssues(issues).reverse()) {
    const year = Number(issue.date.slice(0, 4));
    groups.set(year, [...(groups.get(year) ?? []), issue]);
  }
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, issues: list }));
}

/** An item of an issue's contents, ready to render. */
export type ContentsItem<R> = { kind: 'article'; anchor: string; title: string; author?: string } | ({ kind: 'ref'; anchor: string } & R);

/**
 * Where each referenced item goes in the issue body, which holds only the
 * articles: before the article that follows it in the contents, or after the
 * last article. So the body reads in the order of the contents list.
 */
export function placeRefs<R>(items: readonly ContentsItem<R>[]): { before: Record<string, ({ kind: 'ref'; anchor: string } & R)[]>; after: ({ kind: 'ref'; anchor: string } & R)[] } {
  const before: Record<string, ({ kind: 'ref'; anchor: string } & R)[]> = {};
  let pending: ({ kind: 'ref'; anchor: string } & R)[] = [];
  for (const item of items) {
    if (item.kind === 'ref') pending.push(item);
    else {
      if (pending.length > 0) before[item.anchor] = pending;
      pending = [];
    }
  }
  return { before, after: pending };
}
