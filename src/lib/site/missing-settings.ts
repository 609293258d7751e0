import type { SiteSettings } from '../../schemas/site.ts';

/**
 * What 国办发〔2017〕47号 has a government website show in its footer and the settings
 * still lack, in the footer's order: each as its Chinese name and its field in site.yaml.
 * @example missingSettings({ ...settings, icp: '' }) // [{ label: 'ICP备案编号', field: 'icp' }]
 */
export function missingSettings(site: SiteSettings): { label: string; field: string }[] {
  const required: [label: string, field: string, given: boolean][] = [
    ['党政机关网站标识', 'conac.id、conac.image', site.conac.id !== '' && site.conac.image !== ''],
    ['主办单位', 'sponsor', site.sponsor !== ''],
    ['联系方式（电话或电子邮箱）', 'telephone、email', site.telephone !== '' || site.email !== ''],
    ['网站标识码', 'siteCode', site.siteCode !== ''],
    ['ICP备案编号', 'icp', site.icp !== ''],
    ['公安机关备案号', 'publicSecurity', site.publicSecurity !== ''],
  ];
  return required.filter(([, , given]) => !given).map(([label, field]) => ({ label, field }));
}
