import { publicSecurityPattern } from '../../schemas/site.ts';

/**
 * Where a reader checks each of the site's codes: plain links to the issuing registers,
 * so the site loads nothing from them (their usual widgets are third-party scripts).
 */

/** MIIT's ICP record query (ICP备案管理系统): a reader searches the number shown. */
export const ICP_RECORD_URL = 'https://beian.miit.gov.cn/';

/**
 * The public-security record page of the site's record, on the national record platform.
 * @example publicSecurityUrl('粤公网安备 44010402000001号') // 'https://beian.mps.gov.cn/#/query/webSearch?code=44010402000001'
 */
export function publicSecurityUrl(recordNumber: string): string | undefined {
  const code = publicSecurityPattern.exec(recordNumber)?.[1];
  return code ? `https://beian.mps.gov.cn/#/query/webSearch?code=${code}` : undefined;
}

/** The verification page of the site's 党政机关网站标识 (the 编办's register). */
export function conacUrl(id: string): string {
  return `https://bszs.conac.cn/sitename?method=show&id=${encodeURIComponent(id)}`;
}

/**
 * The national “我为政府网站找错” entry for this site, carrying its 网站标识码 (and the page's
 * public address when known), as the State Council's widget links it.
 * @example errorReportUrl('4400000001') // 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4400000001'
 */
export function errorReportUrl(siteCode: string, pageUrl?: string): string {
  const params = new URLSearchParams({ site_code: siteCode });
  if (pageUrl) params.set('url', pageUrl);
  return `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?${params}`;
}
