/**
 * Query-time normalisation for the site search: what a reader types becomes what the
 * index holds. Used by the search page's script and by the query-set test alike, so
 * the test measures exactly what readers get.
 */
import { normalizeDocNumber } from '../notices/doc-number.ts';
import { characterSetTest } from './character-set.ts';
import { CHANGING_CHARACTERS } from './changing-characters.ts';

/** A traditional → simplified converter: toSimplified in simplify.ts. */
export type Simplifier = (text: string) => string;

const changing = characterSetTest(CHANGING_CHARACTERS);

/** Whether the traditional → simplified converter could change this text at all. */
export function needsSimplifier(text: string): boolean {
  for (const ch of text) if (changing(ch)) return true;
  return false;
}

// A 发文字号 typed with any brackets: 机关代字 + bracketed four-digit year + sequence (+ 号).
const DOC_NUMBER = /[\p{Script=Han}A-Za-z]+\s*[[(（【〈<《〖［〔{｛]\s*\d{4}\s*[\])）】〉>》〗］〕}｝]\s*\d+\s*号?/gu;
// Quotation marks and 书名号 readers put around titles; Pagefind matches the words inside.
const QUOTES = /[“”"‘’'《》〈〉「」『』]/gu;

/**
 * Normalises a reader's query: full-width letters and digits to ASCII, traditional
 * characters to simplified, 发文字号 in any bracket style to the 〔〕 form, quotation
 * marks and 书名号 dropped, white space collapsed.
 * `simplify` is the converter (toSimplified from simplify.ts); the search page passes one
 * only when needsSimplifier says so, through normalizeQueryLazy.
 * @example normalizeQuery('粤经信园区[2012]68号', toSimplified) // '粤经信园区〔2012〕68号'
 * @example normalizeQuery('產業轉移', toSimplified) // '产业转移'
 */
export function normalizeQuery(input: string, simplify: Simplifier): string {
  // NFKC turns full-width ASCII (２０１２, ［］, （）) into ASCII; Chinese characters are untouched.
  const simplified = simplify(input.normalize('NFKC'));
  return simplified
    .replace(DOC_NUMBER, (match) => normalizeDocNumber(match) ?? match)
    .replace(QUOTES, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

// The characters Pagefind's browser script drops from each word of a query (pagefind.js, search()),
// copied as written there (it is true of any single punctuation mark but a connector such as _).
const PAGEFIND_DROPS = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/**
 * The words Pagefind looks up for a query, cut as its browser script cuts a Chinese query:
 * Intl.Segmenter's words (the browser's own dictionary, not the one Pagefind cut the pages with
 * when it built the index), without punctuation, in lower case. Pagefind finds a page only if
 * every word it knows starts a word of the page's index: where the two dictionaries cut a text
 * differently (the index holds 和重, the query looks up 重), a page holding the very text typed
 * is not found. So the build adds the words of each page's title, cut this way, to the page's
 * index (src/components/SearchTitleWords.astro); searchEveryWord uses them too.
 * @example queryWords('腾笼换鸟 973.3%') // ['腾', '笼', '换', '鸟', '9733'] (Node's and the browsers' ICU dictionary)
 */
export function queryWords(query: string): string[] {
  const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });
  const out: string[] = [];
  for (const { segment } of words.segment(query)) {
    const kept = [...graphemes.segment(segment)]
      .map((g) => g.segment)
      .filter((g) => !PAGEFIND_DROPS.test(g))
      .map((g) => g.toLocaleLowerCase())
      .join('');
    out.push(...kept.split(/\s+/u).filter(Boolean));
  }
  return out;
}

/**
 * normalizeQuery as the search page runs it: the converter's dictionaries (about 40 KB) are
 * downloaded only for a query with a character they could change, so a reader typing
 * simplified Chinese never loads them. Same result as normalizeQuery with the converter.
 */
export async function normalizeQueryLazy(input: string): Promise<string> {
  const simplify: Simplifier = needsSimplifier(input.normalize('NFKC')) ? (await import('./simplify.ts')).toSimplified : (text) => text;
  return normalizeQuery(input, simplify);
}
