/**
 * Which of Pagefind's index chunks a search will fetch, known before Pagefind has loaded, so the
 * search page can fetch them together with Pagefind's own files instead of after them.
 *
 * Pagefind (1.6) turns the query into its search term in its JavaScript (`search()` in
 * pagefind.js: words cut by Intl.Segmenter for Chinese, Japanese and Thai, graphemes lower-cased,
 * punctuation dropped, diacritics stripped), then its WebAssembly picks the chunks of each word of
 * the term (`request_indexes` in pagefind_web/src/lib.rs, as rewritten in Pagefind's pull request
 * #996): every chunk whose first and last words enclose the word, compared as Rust compares
 * strings (UTF-8 bytes); for a word in none, every chunk whose bounds, cut to the word's length in
 * characters, enclose the word so cut. It also looks up the word's stems, but the index this site
 * builds has no stemmer (Chinese: `wasm.unknown.pagefind`), and the build writes no chunk list for
 * an index that has one. This module does the same steps; tests/site/search-chunks.test.ts checks on
 * every test site that the chunks predicted are the ones Pagefind fetches.
 */
import { needsSimplifier, normalizeQuery } from './query.ts';

/** One index chunk in Pagefind's metadata: the words from `from` to `to`, in `index/<hash>.pf_index`. */
export interface IndexChunk {
  from: string;
  to: string;
  hash: string;
}

/**
 * What the build writes into the search page (src/lib/build/search-preloads.ts): the chunks of the
 * index the page's language uses, in Pagefind's order, and the index's `include_characters`.
 */
export interface ChunkList {
  chunks: [from: string, to: string, hash: string][];
  include: string[];
}

/** Pagefind's test for a punctuation grapheme, as written in pagefind.js (its alternation is unanchored in the middle). */
const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/** Pagefind's normalizeDiacritics: marks removed, except the Japanese voicing marks. */
function normalizeDiacritics(text: string): string {
  const stripped = text.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/u.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/** Keeps a grapheme as Pagefind does: an included character as it is, punctuation not at all, the rest lower-cased. */
function keep(grapheme: string, include: readonly string[]): string {
  if (include.includes(grapheme)) return grapheme;
  return PUNCTUATION.test(grapheme) ? '' : grapheme.toLocaleLowerCase();
}

/**
 * The term Pagefind searches for `query` on a page whose `<html lang>` is `htmlLang` (Pagefind
 * lower-cases it), with the index's `include_characters`: what its `search()` hands to
 * `request_indexes`. Without Intl.Segmenter Pagefind goes character by character, as here.
 * @example pagefindTerm('广东省产业转移', 'zh-CN') // '广东省 产业 转移' (as ICU cuts it)
 * @example pagefindTerm('Café, Guangdong', 'en') // 'cafe guangdong'
 */
export function pagefindTerm(query: string, htmlLang: string, include: readonly string[] = []): string {
  let language: string | undefined;
  try {
    language = Intl.getCanonicalLocales(htmlLang.toLocaleLowerCase())[0];
  } catch {
    language = undefined;
  }
  let term: string;
  if (language && typeof Intl.Segmenter !== 'undefined') {
    const graphemes = (text: string) => [...new Intl.Segmenter(language, { granularity: 'grapheme' }).segment(text)].map((s) => keep(s.segment, include)).join('');
    if (['zh', 'ja', 'th'].includes(language.split('-')[0]!.toLowerCase())) {
      const words = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(query)].map((s) => graphemes(s.segment)).filter((w) => w.length > 0);
      term = words.join(' ');
    } else {
      term = graphemes(query);
    }
  } else {
    term = [...query].map((ch) => keep(ch, include)).join('');
  }
  term = term.replace(/\s{2,}/gu, ' ').trim();
  return term
    .split(' ')
    .map(normalizeDiacritics)
    .filter((word) => word.length > 0)
    .join(' ');
}

const utf8 = new TextEncoder();

/** Compares two strings as Rust does: by their UTF-8 bytes (code point order, not JavaScript's UTF-16 order). */
function compare(a: string, b: string): number {
  const x = utf8.encode(a);
  const y = utf8.encode(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/**
 * The hashes of the index chunks Pagefind fetches to search `term` (pagefindTerm's result), in
 * the order it asks for them: Pagefind's `request_indexes` for an index without a stemmer.
 * @example requestedChunks('产业 转移', [{ from: '一', to: '产业', hash: 'a' }, { from: '产品', to: '龙', hash: 'b' }]) // ['a', 'b']
 */
export function requestedChunks(term: string, chunks: readonly IndexChunk[]): string[] {
  const found = new Set<string>();
  for (const word of term.split(' ')) {
    const strict = chunks.filter((c) => compare(word, c.from) >= 0 && compare(word, c.to) <= 0);
    const chars = [...word];
    const cut = (text: string, n: number) => [...text].slice(0, n).join('');
    const loose = () =>
      chunks.filter((c) => {
        const fromLength = Math.min(chars.length, [...c.from].length);
        const toLength = Math.min(chars.length, [...c.to].length);
        return compare(cut(word, fromLength), cut(c.from, fromLength)) >= 0 && compare(cut(word, toLength), cut(c.to, toLength)) <= 0;
      });
    for (const chunk of strict.length > 0 ? strict : loose()) found.add(chunk.hash);
  }
  return [...found].sort(compare);
}

/**
 * The index chunks a search for `query` (as the page hands it to Pagefind, already normalised)
 * will fetch, on a page in `htmlLang`, from the chunk list the build wrote into the page.
 * None for an empty query: Pagefind then searches by filters alone.
 */
export function predictChunks(query: string, htmlLang: string, list: ChunkList): string[] {
  const term = pagefindTerm(query, htmlLang, list.include);
  if (term === '') return [];
  return requestedChunks(
    term,
    list.chunks.map(([from, to, hash]) => ({ from, to, hash })),
  );
}

/**
 * The chunks to fetch at once for the query in the search page's address (`q` as typed): the
 * page's normalisation (normalizeQuery) then predictChunks. None when the query has a character
 * the traditional → simplified converter could change: the converter is not loaded yet, and a
 * guess from the unconverted text could fetch the wrong chunks.
 * @example chunksForAddressQuery('产业转移', 'zh-CN', list) // the chunks of 产业 and 转移
 * @example chunksForAddressQuery('產業轉移', 'zh-CN', list) // []
 */
export function chunksForAddressQuery(q: string, htmlLang: string, list: ChunkList): string[] {
  if (needsSimplifier(q.normalize('NFKC'))) return [];
  return predictChunks(normalizeQuery(q, (text) => text), htmlLang, list);
}
