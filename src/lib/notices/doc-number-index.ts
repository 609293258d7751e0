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
