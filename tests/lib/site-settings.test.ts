import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkSiteSettings } from '../../src/lib/content-check/site-settings.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { ICP_RECORD_URL, conacUrl, errorReportUrl, publicSecurityUrl } from '../../src/lib/site/identity-links.ts';
import { loadSiteSettings } from '../../src/lib/site/load-settings.ts';
import { missingSettings } from '../../src/lib/site/missing-settings.ts';
import { siteMapGroups, yearIn } from '../../src/lib/site/site-map.ts';
import { fixtures } from '../helpers/paths.ts';

const otherOffice = path.join(fixtures, 'other-office');
const names = { name: '某网站', description: '简介', homeTitle: '标题', homeIntro: '导语', bulletinName: '简报' };

/** A content folder holding only site.yaml with the given text (and any extra files). */
function folderWith(yaml: string, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-site-settings-'));
  writeFileSync(path.join(dir, 'site.yaml'), yaml);
  for (const [file, from] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(from, path.join(dir, file));
  }
  return dir;
}

describe('missingSettings', () => {
  const full = loadSiteSettings(otherOffice);
  it.each([
    ['nothing when every item is given', {}, []],
    ['the ICP number', { icp: '' }, ['ICP备案编号']],
    ['contact only when both telephone and e-mail are empty', { telephone: '' }, []],
    ['contact', { telephone: '', email: '' }, ['联系方式（电话或电子邮箱）']],
    ['the mark when its image is missing', { conac: { id: 'ABC12345', image: '' } }, ['党政机关网站标识']],
    ['the 标识码 and the public-security number', { siteCode: '', publicSecurity: '' }, ['网站标识码', '公安机关备案号']],
  ])('lists %s', (_name, change, expected) => {
    expect(missingSettings({ ...full, ...change }).map((m) => m.label)).toEqual(expected);
  });
});

describe('identity links', () => {
  it.each([
    ['粤公网安备 44010402000001号', 'https://beian.mps.gov.cn/#/query/webSearch?code=44010402000001'],
    ['粤公网安备44010402000001号', 'https://beian.mps.gov.cn/#/query/webSearch?code=44010402000001'],
    ['44010402000001', undefined],
  ])('public-security record %s → %s', (number, url) => {
    expect(publicSecurityUrl(number)).toBe(url);
  });

  it('sends the ICP number to the MIIT record system, the mark to the 编办 register, 找错 with the 标识码', () => {
    expect(ICP_RECORD_URL).toBe('https://beian.miit.gov.cn/');
    expect(conacUrl('AB12CD34')).toBe('https://bszs.conac.cn/sitename?method=show&id=AB12CD34');
    expect(errorReportUrl('4400000001')).toBe('https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4400000001');
    expect(new URL(errorReportUrl('4400000001', 'https://www.example.gov.cn/a/')).searchParams.get('url')).toBe('https://www.example.gov.cn/a/');
  });
});

describe('the site settings schema', () => {
  it.each([
    ['siteCode', '44000001', '10 位'],
    ['icp', '粤ICP备号', 'ICP备案编号应如'],
    ['publicSecurity', '粤公网安备 4401号', '14 位数字'],
    ['email', 'office.example.gov.cn', '电子邮箱格式不对'],
    ['postcode', '51000', '6 位数字'],
  ])('refuses a malformed %s', (field, value, message) => {
    const result = siteSchema.safeParse({ ...names, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it('leaves everything the office has not given empty, and never fills in a code', () => {
    const parsed = siteSchema.parse(names);
    expect([parsed.sponsor, parsed.siteCode, parsed.icp, parsed.publicSecurity, parsed.conac.id, parsed.conac.image]).toEqual(['', '', '', '', '', '']);
    expect(parsed.sample).toBe(false);
  });
});

describe('checkSiteSettings', () => {
  it('gives ONE warning naming every item a government site must still show', () => {
    const dir = folderWith(Object.entries(names).map(([k, v]) => `${k}: ${v}`).join('\n'));
    const problems = checkSiteSettings(path.dirname(dir), dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', line: 1, file: `${path.basename(dir)}/site.yaml` });
    for (const label of ['党政机关网站标识', '主办单位', '联系方式', '网站标识码', 'ICP备案编号', '公安机关备案号']) expect(problems[0]!.message).toContain(label);
  });

  it('says so when the codes are samples, and nothing is missing', () => {
    const problems = checkSiteSettings(fixtures, otherOffice);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('sample: true');
    expect(problems[0]!.message).not.toContain('尚未填写');
  });

  it('reports a malformed code at its line, in Chinese, as an error', () => {
    const dir = folderWith([...Object.entries(names).map(([k, v]) => `${k}: ${v}`), "icp: 'ICP 12345'"].join('\n'));
    const [problem] = checkSiteSettings(path.dirname(dir), dir).filter((p) => p.severity === 'error');
    expect(problem).toMatchObject({ field: 'icp', label: 'ICP备案编号', line: 6 });
    expect(problem!.message).toContain('粤ICP备12345678号');
  });

  it('reports a 党政机关网站标识 image that is not there', () => {
    const dir = folderWith([...Object.entries(names).map(([k, v]) => `${k}: ${v}`), 'conac:', '  id: AB12CD34', '  image: site/conac.png'].join('\n'));
    const problems = checkSiteSettings(path.dirname(dir), dir).filter((p) => p.severity === 'error');
    expect(problems).toEqual([expect.objectContaining({ field: 'conac.image', line: 8, message: expect.stringContaining('找不到党政机关网站标识图片') })]);
    const fixed = folderWith([...Object.entries(names).map(([k, v]) => `${k}: ${v}`), 'conac:', '  id: AB12CD34', '  image: site/conac.png'].join('\n'), {
      'site/conac.png': path.join(otherOffice, 'site/conac-sample.png'),
    });
    expect(checkSiteSettings(path.dirname(fixed), fixed).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('checkSiteSettings: headline figures', () => {
  it('refuses a headline that names a row its dataset does not have, at its line, saying which rows there are', () => {
    // A made-up dataset (not a real figure): one row, one number column.
    const dataset = [
      'title: 示意数据集', 'period: 2026年', "source: 粤经信园区〔2026〕1号（示意）", 'licence: 示意', 'updated: 2026-12-01', 'notes: [示意]',
      'columns:', '  - { key: item, label: 指标, type: text }', '  - { key: value, label: 数值, type: number, unit: 亿元 }',
      'rows:', '  - { item: 产值, value: 1.5, cite: { value: 产值1.5亿元 } }',
    ].join('\n');
    const dir = folderWith([...Object.entries(names).map(([k, v]) => `${k}: ${v}`), 'headlines:', '  - { dataset: nope, row: 产值, column: value }'].join('\n'));
    mkdirSync(path.join(dir, 'datasets'));
    writeFileSync(path.join(dir, 'datasets', 'shiyi.yaml'), dataset);
    const problems = checkSiteSettings(path.dirname(dir), dir).filter((p) => p.severity === 'error');
    expect(problems).toEqual([expect.objectContaining({ field: 'headlines.0', line: 7, message: expect.stringContaining('数据集“nope”不存在：可用的有 shiyi') })]);
  });
});

describe('loadSiteSettings', () => {
  it('reads the fixture office’s settings as written', () => {
    const raw = parse(readText(path.join(otherOffice, 'site.yaml'))) as Record<string, unknown>;
    const site = loadSiteSettings(otherOffice);
    expect(site.name).toBe(raw.name);
    expect(site.icp).toBe(raw.icp);
  });

  it('names nothing of any programme for a folder without settings', () => {
    const site = loadSiteSettings(mkdtempSync(path.join(os.tmpdir(), 'szy-empty-')));
    expect(site.name).toBe('未命名网站');
    expect(missingSettings(site)).toHaveLength(6);
  });
});

describe('siteMapGroups', () => {
  it('groups each section’s entries by year, newest first, undated last', () => {
    const groups = siteMapGroups([
      {
        title: '通知公告',
        path: '/notices/',
        entries: [
          { title: '甲', path: '/notices/a/', year: 2011, sortKey: '2011-03-01' },
          { title: '乙', path: '/notices/b/', year: 2012, sortKey: '2012-01-05' },
          { title: '丙', path: '/notices/c/', year: 2012, sortKey: '2012-06-01' },
          { title: '丁', path: '/notices/d/' },
        ],
      },
      { title: '专刊', path: '/bulletins/', entries: [] },
    ]);
    expect(groups.map((g) => [g.title, g.count, g.years.map((y) => [y.year, y.entries.map((e) => e.title)])])).toEqual([
      ['通知公告', 4, [[2012, ['丙', '乙']], [2011, ['甲']], [undefined, ['丁']]]],
      ['专刊', 0, []],
    ]);
  });

  it.each([
    ['粤府〔2008〕4号', 2008],
    ['2011年', 2011],
    ['2012-02-06 15:30', 2012],
    ['第12345号', undefined],
    [undefined, undefined],
  ])('yearIn(%s) → %s', (text, year) => {
    expect(yearIn(text)).toBe(year);
  });
});

function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
