/**
 * How the search page presents results and filters: pure functions, used by
 * src/scripts/search.ts and tested in tests/lib/search-results.test.ts.
 */
import { formatDate } from '../chinese-date.ts';
import { contentTypes } from './filters.ts';

/**
 * The line of facts under a result's title: type · date · 发文字号 (what the page has).
 * @example resultFacts({ type: '通知', date: '2012-02-06', docNumber: '粤经信园区〔2012〕68号' }) // '通知 · 2012年2月6日 · 粤经信园区〔2012〕68号'
 */
export function resultFacts(meta: Record<string, string | undefined>): string {
  const date = meta.date && /^\d{4}-\d{2}-\d{2}$/u.test(meta.date) ? formatDate(meta.date) : undefined;
  return [meta.type, date, meta.docNumber].filter(Boolean).join(' · ');
}

/**
 * Whether the excerpt Pagefind chose lies in the page's index-only terms (meta `terms`,
 * written by SearchMeta.astro) rather than in its text: then the page's summary reads better.
 */
export function excerptIsIndexTerms(excerpt: string, terms: string | undefined): boolean {
  if (!terms) return false;
  const plain = excerpt.replace(/<[^>]*>/gu, '').replace(/[\s.。]+/gu, '');
  // Pagefind cuts excerpts at word boundaries: compare without the words at either end.
  return plain.length > 4 && terms.replace(/\s+/gu, '').includes(plain.slice(2, -2));
}

/** The order of a filter's values on the search page: types as listed, years newest first, the rest by pinyin. */
export function orderFilterValues(name: string, values: string[]): string[] {
  const known: readonly string[] = contentTypes;
  if (name === 'type') return [...known.filter((t) => values.includes(t)), ...values.filter((v) => !known.includes(v))];
  if (name === 'year') return [...values].sort().reverse();
  return [...values].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
