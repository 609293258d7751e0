/**
 * Facts of a circular that the copy the site holds does not give (发文字号, 发布时间, 成文日期,
 * 主送机关, 有效性): declared unknown with the editor's reason (`unknown:` in the frontmatter),
 * never filled in with a placeholder or another document's value.
 */

/** The facts that can be declared unknown. */
export type UnknownFact = 'docNumber' | 'publishedAt' | 'signedOn' | 'addressees' | 'validity';

interface FactWords {
  /** The fact's Chinese name. */
  label: string;
  /** What the page says in place of the value. */
  shown: string;
  /** Lines to write when the value is known; the values are visibly made up (示意). */
  example: string[];
  /** A reason an editor might write, as an example. */
  reason: string;
}

/** What the site and its messages say of each fact. Examples are visibly made up, never a real document's values. */
export const unknownFacts: Record<UnknownFact, FactWords> = {
  docNumber: { label: '发文字号', shown: '原文未载明', example: ['docNumber: 粤经信园区〔2026〕1号'], reason: '本站所据网上转载本缺文头，未载发文字号。' },
  publishedAt: { label: '发布时间', shown: '不详', example: ['publishedAt: 2026-01-05 10:00'], reason: '本站所据网上转载本未载发布时间。' },
  signedOn: { label: '成文日期', shown: '原文未载明', example: ['signedOn: 2026-01-05', 'signedOnPrinted: 二○二六年一月五日'], reason: '本站所据转载本缺落款日期。' },
  addressees: { label: '主送机关', shown: '原文未载明', example: ['addressees:', '  - 各地级以上市经济和信息化主管部门'], reason: '本站所据网上转载本缺主送机关一行。' },
  validity: { label: '有效性', shown: '不详', example: ['validity:', '  state: 有效'], reason: '未见发文机关公布本文件的有效性。' },
};

/**
 * The message for a required fact that is simply missing: both ways out, with the exact
 * lines to write (made-up example values, marked 示意).
 * @example missingFactMessage('docNumber') // '缺少发文字号 docNumber。请任选其一：…'
 */
export function missingFactMessage(field: UnknownFact): string {
  const { label, shown, example, reason } = unknownFacts[field];
  return [
    `缺少${label} ${field}。请任选其一：`,
    `    一、原件载有${label}时照录（以下值仅为示意，请换成原件所载）：`,
    ...example.map((line) => `        ${line}`),
    `    二、所据文本未载明、无从查考时，声明不详并写明理由（页面显示“${shown}”，理由作为编者注；理由仅为示意）：`,
    '        unknown:',
    `          ${field}: ${reason}`,
  ].join('\n');
}

/** The 编者注 lines for the facts declared unknown, in the order the metadata panel lists them. */
export function unknownFactNotes(unknown: Partial<Record<UnknownFact, string>>): { reading: string }[] {
  return (['signedOn', 'docNumber', 'publishedAt', 'addressees', 'validity'] as const)
    .filter((field) => unknown[field] !== undefined)
    .map((field) => ({ reading: `${unknownFacts[field].label}${unknownFacts[field].shown}：${unknown[field]}` }));
}
