/**
 * How the search page presents results and filters: pure functions, used by
 * src/scripts/search.ts and tested in tests/lib/search-results.test.ts.
 */
import { formatDate } from '../text/chinese-date.ts';
import { contentTypes } from './filters.ts';

/**
 * The line of facts under a result's title: type · date (as far as it is known) · 发文字号 (what the page has), and
 * 编者摘要 for a circular whose body is not the text as issued.
 * @example resultFacts({ type: '通知', date: '2012-02-06', docNumber: '粤经信园区〔2012〕68号' }) // '通知 · 2012年2月6日 · 粤经信园区〔2012〕68号'
 */
export function resultFacts(meta: Record<string, string | undefined>): string {
  const date = meta.date && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(meta.date) ? formatDate(meta.date) : undefined;
  return [meta.type, date, meta.docNumber, meta.bodyStatus].filter(Boolean).join(' · ');
}

/**
 * Whether the excerpt Pagefind chose shows the page's index-only terms (meta `terms`, written by
 * SearchMeta.astro, the last thing in the indexed body) rather than its text: the whole excerpt
 * lies in the terms, or it runs from the text into them and the best match is in the terms
 * (the text has only shorter matches, such as 省 of 全省 for 省经信委). Then the page's summary
 * reads better.
 * @example excerptIsIndexTerms('全<mark>省</mark>报告》。 粤经信园区〔2012〕68号 广东省经济和信息化委员会 <mark>省经信委</mark> 经信委', '粤经信园区〔2012〕68号 广东省经济和信息化委员会 省经信委 经信委') // true
 */
export function excerptIsIndexTerms(excerpt: string, terms: string | undefined): boolean {
  if (!terms) return false;
  const indexed = terms.replace(/\s+/gu, '');
  // The excerpt's characters without tags, white space and ellipses, each noted as matched or not.
  const chars: { ch: string; marked: boolean }[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/u)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else for (const ch of part.replace(/<[^>]*>/gu, '')) if (!/[\s.。…]/u.test(ch)) chars.push({ ch, marked });
  }
  const plain = chars.map((c) => c.ch).join('');
  if (plain.length <= 4) return false;
  // Pagefind cuts excerpts at word boundaries: compare without the word at the end (and, for an
  // excerpt wholly in the terms, at the start).
  const end = plain.length - 2;
  if (indexed.includes(plain.slice(2, end))) return true;
  // Where the terms begin: the earliest point from which the rest of the excerpt is part of them.
  for (let start = 1; end - start >= 4; start++) {
    if (indexed.includes(plain.slice(start, end))) return longestMatch(chars.slice(0, start)) < longestMatch(chars.slice(start));
  }
  return false;
}

/** The longest run of matched characters. */
function longestMatch(chars: { marked: boolean }[]): number {
  let longest = 0;
  let run = 0;
  for (const c of chars) {
    run = c.marked ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** The order of a filter's values on the search page: types as listed, years newest first, the rest by pinyin. */
export function orderFilterValues(name: string, values: string[]): string[] {
  const known: readonly string[] = contentTypes;
  if (name === 'type') return [...known.filter((t) => values.includes(t)), ...values.filter((v) => !known.includes(v))];
  if (name === 'year') return [...values].sort().reverse();
  return [...values].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
