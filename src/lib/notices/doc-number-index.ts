import { checkDocNumber } from './doc-number.ts';

/**
 * Orders documents as a register of 发文字号 reads: by 机关代字 (in pinyin order),
 * then year, then sequence number (68 before 102, not after).
 */
export function sortByDocNumber<T extends { docNumber: string }>(documents: readonly T[]): T[] {
  const key = (d: T) => {
    const parsed = checkDocNumber(d.docNumber);
    return parsed.ok ? parsed.value : { agencyCode: d.docNumber, year: 0, sequence: 0 };
  };
  return [...documents].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka.agencyCode.localeCompare(kb.agencyCode, 'zh-CN') || ka.year - kb.year || ka.sequence - kb.sequence;
  });
}

/**
 * The 发文字号索引: documents with a 发文字号 in register order, and apart from them those whose
 * 发文字号 is declared unknown, by title (they have no place in the register's order).
 */
export function docNumberIndex<T extends { docNumber?: string; title: string }>(documents: readonly T[]): { numbered: (T & { docNumber: string })[]; unnumbered: T[] } {
  const numbered = documents.filter((d): d is T & { docNumber: string } => d.docNumber !== undefined);
  const unnumbered = documents.filter((d) => d.docNumber === undefined).sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
  return { numbered: sortByDocNumber(numbered), unnumbered };
}
