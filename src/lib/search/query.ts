/**
 * Query-time normalisation for the site search: what a reader types becomes what the
 * index holds. Used by the search page's script and by the query-set test alike, so
 * the test measures exactly what readers get.
 */
import { ConverterFactory } from 'opencc-js/core';
// Traditional → Simplified: Hong Kong variants first, then OpenCC's t→s phrases and characters.
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';
import { normalizeDocNumber } from '../doc-number.ts';

const toSimplified = ConverterFactory(fromHk, toCn);

// A 发文字号 typed with any brackets: 机关代字 + bracketed four-digit year + sequence (+ 号).
const DOC_NUMBER = /[\p{Script=Han}A-Za-z]+\s*[[(（【〈<《〖［〔{｛]\s*\d{4}\s*[\])）】〉>》〗］〕}｝]\s*\d+\s*号?/gu;
// Quotation marks and 书名号 readers put around titles; Pagefind matches the words inside.
const QUOTES = /[“”"‘’'《》〈〉「」『』]/gu;

/**
 * Normalises a reader's query: full-width letters and digits to ASCII, traditional
 * characters to simplified, 发文字号 in any bracket style to the 〔〕 form, quotation
 * marks and 书名号 dropped, white space collapsed.
 * @example normalizeQuery('粤经信园区[2012]68号') // '粤经信园区〔2012〕68号'
 * @example normalizeQuery('產業轉移') // '产业转移'
 */
export function normalizeQuery(input: string): string {
  // NFKC turns full-width ASCII (２０１２, ［］, （）) into ASCII; Chinese characters are untouched.
  const simplified = toSimplified(input.normalize('NFKC'));
  return simplified
    .replace(DOC_NUMBER, (match) => normalizeDocNumber(match) ?? match)
    .replace(QUOTES, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
