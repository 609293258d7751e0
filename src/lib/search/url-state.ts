/**
 * The search page's state lives in its URL (?q=…&type=通知&year=2012&sort=date-desc), so a
 * search can be shared, bookmarked and reached again with the back button.
 */
import { filterLabels, type FilterName } from './filters.ts';
import { sortOrders, type SortOrder } from './options.ts';

export interface SearchState {
  /** The query as typed. */
  q: string;
  /** Selected values per filter; values of one filter are alternatives (any of them). */
  filters: Partial<Record<FilterName, string[]>>;
  /** Sort order; '' is relevance. */
  sort: SortOrder;
}

const filterNames = Object.keys(filterLabels) as FilterName[];

/** Reads the state from a URL query string. Unknown parameters and sort values are ignored. */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of filterNames) {
    const values = [...new Set(params.getAll(name).map((v) => v.trim()).filter(Boolean))];
    if (values.length > 0) filters[name] = values;
  }
  const sort = params.get('sort') ?? '';
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort in sortOrders ? (sort as SortOrder) : '' };
}

/** Writes the state as a query string (with the leading ?), in a stable order; '' when empty. */
export function formatState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.append('q', state.q.trim());
  for (const name of filterNames) for (const v of state.filters[name] ?? []) params.append(name, v);
  if (state.sort) params.append('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filters in Pagefind's form: { type: { any: ['通知'] } }. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([name, values]) => [name, { any: values }]));
}
