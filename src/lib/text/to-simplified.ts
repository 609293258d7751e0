/**
 * Traditional → Simplified conversion with OpenCC (its Hong Kong variants, then its t→s phrases
 * and characters): for search queries (src/lib/search/simplify.ts) and for the content check,
 * which tells an editor which characters of a 发文字号 are traditional.
 */
import { ConverterFactory, type DictGroup } from 'opencc-js/core';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';
import { withoutInvisible } from './invisible.ts';

/** The dictionaries, in the order the converter applies them. */
export const dictionaries: readonly DictGroup[] = [...fromHk, ...toCn];

export const toSimplified: (text: string) => string = ConverterFactory(fromHk, toCn);

/** The characters OpenCC changes in a text, each with its simplified form, e.g. [['粵', '粤'], …]. */
export function traditionalCharacters(text: string): [string, string][] {
  const simplified = [...toSimplified(text)];
  const chars = [...text];
  if (simplified.length !== chars.length) return chars.flatMap((ch) => (toSimplified(ch) !== ch ? [[ch, toSimplified(ch)] as [string, string]] : []));
  return chars.flatMap((ch, i) => (simplified[i] !== ch ? [[ch, simplified[i]!] as [string, string]] : []));
}

/**
 * The key two texts are compared by when they must not name the same thing twice: without
 * invisible characters, full-width forms folded (NFKC: ６８ → 68), traditional characters
 * simplified. Look-alike brackets are the 发文字号's own (normalizeDocNumber).
 */
export function comparisonKey(text: string): string {
  return toSimplified(withoutInvisible(text).normalize('NFKC')).trim();
}
