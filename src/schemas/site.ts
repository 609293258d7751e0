import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * 网站设置 (site settings): the site's name and the identity a Chinese government website
 * shows on every page (国办发〔2017〕47号《政府网站发展指引》: 党政机关网站标识, 网站标识码,
 * ICP备案编号, 公安机关备案标识, 主办单位 and 联系方式 in the page's footer). One file,
 * `content/site.yaml`. A value the office has not been given stays empty (''): the page
 * leaves it out, and the content check lists what is still missing in one warning.
 * Never write a made-up code: leave it empty, or mark the whole file `sample: true`.
 */

/** Optional text: empty when the office has not given it. */
const optional = z.string().trim().default('');

/** An optional value that must match a pattern when given. */
function coded(pattern: RegExp, message: string) {
  return optional.refine((value) => value === '' || pattern.test(value), { message });
}

/** 公安机关备案号 as issued, e.g. 粤公网安备 44010402000001号; the digits are the record's code. */
export const publicSecurityPattern = /^[\u4e00-\u9fa5]公网安备\s*(\d{14})号$/u;

export const siteSchema = z.object({
  /** The site's name: header, page titles, feeds, footer. */
  name: text.describe('网站名称'),
  /** One line under the name in the header saying what the site is. Optional. */
  tagline: optional.describe('网站副标题'),
  /** Default page description (search engines, link previews). */
  description: text.describe('网站简介'),
  /** The home page's heading: the programme's full name. */
  homeTitle: text.describe('首页标题'),
  /** The home page's opening paragraph. */
  homeIntro: text.describe('首页导语'),
  /** Name of the programme's bulletin (专刊), as printed on each issue's masthead. */
  bulletinName: text.describe('专刊名称'),
  /** 主办单位: the office that runs the site (its 办公厅/办公室), by its full name. */
  sponsor: optional.describe('主办单位'),
  /** 承办单位: the unit the sponsor charges with running the site, if any. */
  organizer: optional.describe('承办单位'),
  /** Postal address of the sponsor, for readers' letters. */
  address: optional.describe('联系地址'),
  /** Postcode of that address, six digits. */
  postcode: coded(/^\d{6}$/u, '邮政编码应为 6 位数字，如 510000。').describe('邮政编码'),
  /** Telephone for readers, with the area code, e.g. 020-12345678. */
  telephone: coded(/^[\d\s()（）+-]{7,}$/u, '联系电话只写数字、空格、括号和连字符，如 020-12345678。').describe('联系电话'),
  /** E-mail address for readers. */
  email: coded(/^[^\s@]+@[^\s@]+\.[^\s@]+$/u, '电子邮箱格式不对，应如 office@example.gov.cn。').describe('电子邮箱'),
  /** 政府网站标识码: the 10-character code the State Council's site register gives the site, e.g. 4400000001. */
  siteCode: coded(/^[0-9A-Za-z]{10}$/u, '网站标识码应为 10 位数字或字母，如 4400000001（以省政府办公厅下发的为准）。').describe('网站标识码'),
  /** ICP备案编号 from the MIIT record system, e.g. 粤ICP备12345678号 (with -1 for a sub-site). */
  icp: coded(/^[\u4e00-\u9fa5]ICP备\d{6,}号(?:-\d+)?$/u, 'ICP备案编号应如 粤ICP备12345678号 或 粤ICP备12345678号-1。').describe('ICP备案编号'),
  /** 公安机关备案号 from the public-security record platform, e.g. 粤公网安备 44010402000001号. */
  publicSecurity: coded(publicSecurityPattern, '公安机关备案号应如 粤公网安备 44010402000001号（14 位数字）。').describe('公安机关备案号'),
  /** 党政机关网站标识: the id in the mark's verification address and the mark's image. */
  conac: z
    .object({
      /** The id in the verification address bszs.conac.cn/sitename?method=show&id=…, as the 编办 gives it. */
      id: coded(/^[0-9A-Za-z]{8,64}$/u, '党政机关网站标识编号只含字母和数字，照标识核验网址中 id= 之后的部分填写。').describe('标识编号'),
      /** The mark's PNG image, saved in content/ (path relative to content/, e.g. site/conac.png). */
      image: coded(/^[\w./-]+\.png$/u, '标识图片应是 content/ 里的 PNG 文件，如 site/conac.png。').describe('标识图片'),
    })
    .default({ id: '', image: '' })
    .describe('党政机关网站标识'),
  /**
   * 首页重点数据: the figures the home page leads with, each one value of a dataset in
   * content/datasets/ (the page prints it with its period, unit, source phrase and a link to its
   * data page). Which figures lead is the office's choice; a sample dataset cannot lead.
   */
  headlines: z
    .array(
      z.object({
        /** The dataset's id: its file name in content/datasets/ without .yaml. */
        dataset: text.describe('数据集'),
        /** The row, by the text in the dataset's first column, e.g. 工业总产值. */
        row: text.describe('行'),
        /** The number column's key, e.g. actual. */
        column: text.describe('列'),
        /** What the home page calls the figure, e.g. 省产业转移工业园工业总产值; the row's text when left out. */
        label: optional.describe('名称'),
      }),
    )
    .default([])
    .describe('首页重点数据'),
  /** True while the codes above are placeholders, not the office's own: every page says so. */
  sample: z.boolean().default(false).describe('示例设置'),
  /**
   * True for a site that is only for testing (a training or staging server): `npm run publish` then
   * lets it go live without the identity above. The live government site leaves it out (false).
   */
  testSite: z.boolean().default(false).describe('测试网站'),
});

export type SiteSettings = z.output<typeof siteSchema>;
