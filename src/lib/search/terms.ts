/**
 * Index-only search terms for a page: words readers type that Pagefind's segmentation
 * of the visible text would miss (发文字号 written in other ways, abbreviations and
 * full names). They go into a hidden element inside the page's indexed body
 * (src/components/SearchMeta.astro); readers never see them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { checkDocNumber } from '../notices/doc-number.ts';
import { synonymsSchema, type Synonyms } from '../../schemas/search.ts';

/**
 * A 发文字号 as index-only terms: once in the 〔〕 form, and the year and number run together.
 * The search page rewrites any brackets (〔〕 [] () （） 【】) to 〔〕 (normalizeQuery), and
 * Pagefind cuts brackets, spaces and 年 alike into separate words, so every way of writing it
 * searches the words of the 〔〕 form, except year and number typed together (201268 is one
 * word). Repeating the whole number in more forms would only repeat the same words and make
 * their index chunks larger for every search.
 * @example docNumberVariants('粤经信园区〔2012〕68号') // ['粤经信园区〔2012〕68号', '201268']
 */
export function docNumberVariants(docNumber: string): string[] {
  const parsed = checkDocNumber(docNumber);
  if (!parsed.ok) return [docNumber];
  const { agencyCode: a, year: y, sequence: n } = parsed.value;
  return [`${a}〔${y}〕${n}号`, `${y}${n}`];
}

/**
 * Every name of each synonym group that a text mentions by one of its names: the other names,
 * and the one mentioned too, standing alone so that it is cut into words as a query for it is
 * (in running text Pagefind may cut it differently).
 * @example synonymTerms('……产业转移和劳动力转移……', [{ terms: ['双转移', '产业转移和劳动力转移'] }]) // ['双转移', '产业转移和劳动力转移']
 */
export function synonymTerms(text: string, groups: Synonyms['groups']): string[] {
  const out: string[] = [];
  for (const { terms } of groups) {
    if (!terms.some((t) => text.includes(t))) continue;
    for (const t of terms) if (!out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * Everything a page adds to its index, without repeats, in two parts:
 * - `own`: names of the page itself — its 发文字号 (docNumberVariants), and its issuer's
 *   names (e.g. 省经信委 for a circular of 广东省经济和信息化委员会). Indexed with extra weight,
 *   so the document itself outranks the many pages that merely cite it.
 * - `related`: the other names of everything its text mentions (synonym groups).
 */
export function indexTerms({ text, docNumber, issuer, groups }: { text: string; docNumber?: string; issuer?: string; groups: Synonyms['groups'] }): { own: string[]; related: string[] } {
  const own = [...new Set([...(docNumber ? docNumberVariants(docNumber) : []), ...(issuer ? [issuer, ...synonymTerms(issuer, groups)] : [])])];
  const related = synonymTerms(text, groups).filter((t) => !own.includes(t));
  return { own, related };
}

/**
 * Reads and checks `<contentDir>/search/synonyms.yaml`; a folder without one has no synonyms.
 * A malformed file fails the build with the file and field named.
 */
export function loadSynonyms(contentDir: string = process.env.CONTENT_DIR ?? './content'): Synonyms['groups'] {
  const file = path.join(contentDir, 'search/synonyms.yaml');
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const result = synonymsSchema.safeParse(parse(source));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  字段：${i.path.join('.') || '（整个文件）'}  问题：${i.message}`).join('\n');
    throw new Error(`${file}：搜索同义词文件有误。\n${issues}`);
  }
  return result.data.groups;
}
