/**
 * Running a search as the search page does (src/scripts/search.ts), shared with the tests
 * (tests/helpers/search-queries.ts) so that they measure what readers get.
 */
import { queryWords } from './query.ts';

/** What searchEveryWord needs of a result: its page's indexed text (Pagefind's fragment). */
interface Found {
  data(): Promise<{ content?: string; meta?: Record<string, string | undefined> }>;
}

/** What searchEveryWord needs of Pagefind's answer. */
interface Answer {
  results: Found[];
  filters: Record<string, Record<string, number>>;
}

/** Text as compared by holdsEveryWord: same widths and case, without spaces and punctuation. */
const comparable = (text: string) => text.normalize('NFKC').toLocaleLowerCase().replace(/[\s\u200B\p{P}]/gu, '');

/**
 * Whether a page's indexed text holds every Chinese word of a query (queryWords), anywhere.
 * Words without Chinese characters are left to Pagefind: it matches them by their stems, which a
 * text need not hold as typed.
 * @example holdsEveryWord(['疫苗', '接种'], '……直接对接……') // false
 */
export function holdsEveryWord(words: string[], text: string): boolean {
  const flat = comparable(text);
  return words.filter((w) => /\p{Script=Han}/u.test(w)).every((w) => flat.includes(comparable(w)));
}

/**
 * Pagefind's search, except that a query with a Chinese word on no page finds nothing. Pagefind
 * leaves out a query word its index does not know (疫苗 of 疫苗接种) and looks up instead the
 * longest known word the query word begins with (接 for 接种), so 疫苗接种, on no page, found every
 * page where 接 stood as a word. A word the index knows begins a word of every result, so it is in
 * every result's text; when the best result's text lacks a word of the query, the index knew that
 * word nowhere, and nothing is found (with no filter counts). The best result's fragment is the
 * first one the search page shows, so the check downloads nothing more. A search by filters
 * alone (term null) is Pagefind's.
 */
export async function searchEveryWord<A extends Answer>(
  pagefind: { search(term: string | null, options: Record<string, unknown>): Promise<A> },
  term: string | null,
  options: Record<string, unknown> = {},
): Promise<A> {
  const answer = await pagefind.search(term, options);
  const best = answer.results[0];
  if (!term || !best) return answer;
  const page = await best.data();
  if (holdsEveryWord(queryWords(term), `${page.meta?.title ?? ''}\n${page.content ?? ''}`)) return answer;
  const none = Object.fromEntries(Object.entries(answer.filters).map(([name, values]) => [name, Object.fromEntries(Object.keys(values).map((v) => [v, 0]))]));
  return { ...answer, results: [], filters: none, ...('unfilteredResultCount' in answer ? { unfilteredResultCount: 0 } : {}) };
}
