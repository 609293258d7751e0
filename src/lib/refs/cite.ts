/**
 * The Chinese convention for citing an official document: 《标题》（发文字号）.
 * @example citeDocument('关于印发2012年产业转移工作要点的通知', '粤经信园区〔2012〕68号')
 * // '《关于印发2012年产业转移工作要点的通知》（粤经信园区〔2012〕68号）'
 */
export function citeDocument(title: string, docNumber?: string): string {
  return docNumber ? `《${title}》（${docNumber}）` : `《${title}》`;
}
