import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issuer } from '../../src/schemas/issuers.ts';
import type { Notice } from '../../src/schemas/notices.ts';
import { fixtures } from '../helpers/paths.ts';
import { readPage as readBuiltPage, squash } from '../helpers/site.ts';
import { seedSite, siteEntries, sites } from '../helpers/sites.ts';

/**
 * The seed site (tests/helpers/sites.ts: the seed circular alone, a frozen copy of the file
 * as first published) and the text the publisher's page had. The built page must carry all
 * of it, in order, and rebuild its structure (headings, the 18-row table).
 */
const seed = readFileSync(path.join(fixtures, 'seed/notice-2012-industrial-transfer-work-points.txt'), 'utf8');
const seedLines = seed.split('\n').map((l) => l.trim()).filter(Boolean);
const pagePath = '/notices/yue-jingxin-yuanqu-2012-68/';
const $ = readBuiltPage(pagePath, seedSite.outDir);

describe('the seed circular 粤经信园区〔2012〕68号, in a fixture site', () => {
  it('shows its title and 发文字号 in the document header', () => {
    expect($('h1').text()).toBe('关于印发2012年产业转移工作要点的通知');
    expect($('.doc-number').text()).toBe('粤经信园区〔2012〕68号');
    expect($('title').text()).toContain('关于印发2012年产业转移工作要点的通知');
  });

  it('shows the metadata panel as the policy library does', () => {
    const meta = new Map<string, string>();
    $('.doc-meta dt').each((_, dt) => {
      meta.set(squash($(dt).text()), $(dt).next('dd').text().trim());
    });
    expect(meta.get('发文机关')).toBe('广东省经济和信息化委员会');
    expect(meta.get('发文字号')).toBe('粤经信园区〔2012〕68号');
    expect(meta.get('成文日期')).toBe('2012年2月6日');
    expect(meta.get('发布时间')).toBe('2012年2月6日 15:30');
    expect(meta.get('主送机关')).toBe('各地级以上市经济和信息化主管部门、省产业转移工业园');
    expect(meta.get('来源')).toBe('工业园区处');
    expect(meta.get('联系人')).toBe('张会洋');
    expect(meta.get('电话')).toBe('83135877');
    expect(meta.get('传真')).toBe('83135942');
    expect(meta.get('标题')).toBe('关于印发2012年产业转移工作要点的通知');
    expect(meta.get('附件')).toBe('2012年产业转移工作要点');
    expect($('.doc-meta time[datetime="2012-02-06T15:30+08:00"]')).toHaveLength(1);
  });

  it('links the attachment to its heading', () => {
    const href = $('.doc-meta a').attr('href')!;
    expect(href.startsWith('#')).toBe(true);
    const target = $(`[id="${decodeURIComponent(href.slice(1))}"]`);
    expect(target.is('h2')).toBe(true);
    expect(target.text()).toBe('2012年产业转移工作要点');
  });

  it('publishes the whole text as issued, in order', () => {
    // Everything after the web page's 来源/发布时间 line is document text.
    const expected = squash(seedLines.filter((l) => !l.startsWith('来源:')).slice(2).join(''));
    const body = squash($('.doc-body').text());
    expect(body).toBe(expected);
  });

  it('renders every heading of the attachment as a real heading with an anchor', () => {
    const attachment = seedLines.slice(seedLines.indexOf('2012年产业转移工作要点') + 1, seedLines.indexOf('产业转移2012年重点工作'));
    const expectedLevel3 = attachment.filter((l) => /^[一二三四五六七八九十]+、/u.test(l));
    const expectedLevel4 = attachment.filter((l) => /^\(?[一二三四五六七八九十]+\)/u.test(l)).map((l) => l.replace(/。.*$/u, '。'));
    const expectedLevel5 = attachment.flatMap((l) => [...l.matchAll(/(?<=^|。|吸引力|有序转移)([一二三四五六七八九十]是[^。]*。)/gu)].map((m) => m[1]!));
    const level = (tag: string) => $(`.doc-body ${tag}`).map((_, el) => $(el).text().trim()).get();
    expect(level('h3')).toEqual([...expectedLevel3, '产业转移2012年重点工作']);
    expect(level('h4')).toEqual(expectedLevel4);
    expect(level('h5')).toEqual(expectedLevel5);
    expect(expectedLevel3).toHaveLength(4);
    expect(expectedLevel4).toHaveLength(10);
    expect(expectedLevel5).toHaveLength(24);
    $('.doc-body h2, .doc-body h3, .doc-body h4, .doc-body h5').each((_, el) => {
      expect($(el).attr('id'), $(el).text()).toBeTruthy();
    });
    const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the attachment’s 一、 and (一) headings in its table of contents, linked', () => {
    // The contents navigation (the folded copy a phone shows holds the same links).
    const links = $('nav.toc a').map((_, a) => ({ text: $(a).text(), href: $(a).attr('href')! })).get();
    expect(links.map((l) => l.text)).toEqual(
      expect.arrayContaining(['2012年产业转移工作要点', '一、工作思路', '四、保障措施', '(一)加强统筹协调。', '产业转移2012年重点工作']),
    );
    expect(links).toHaveLength(1 + 5 + 10);
    for (const link of links) {
      expect($(`[id="${decodeURIComponent(link.href.slice(1))}"]`).length, link.href).toBe(1);
    }
  });

  it('rebuilds the table 产业转移2012年重点工作 with all 18 rows and their 进度安排', () => {
    const tableStart = seedLines.indexOf('产业转移2012年重点工作');
    const cells = seedLines.slice(tableStart + 5); // after 序号 / 工作事项 / 进度 / 安排
    const expectedRows = Array.from({ length: cells.length / 3 }, (_, i) => cells.slice(i * 3, i * 3 + 3));
    const table = $('.doc-body table');
    expect(table).toHaveLength(1);
    expect(table.find('th').map((_, th) => $(th).text()).get()).toEqual(['序号', '工作事项', '进度安排']);
    const rows = table.find('tbody tr').map((_, tr) => [$(tr).find('td').map((__, td) => $(td).text().trim()).get()]).get();
    expect(rows).toHaveLength(18);
    expect(rows).toEqual(expectedRows);
    expect(rows.map((r: string[]) => r[2])).toEqual([
      '2-4', '2-4', '3-4', '3-7', '8-11', '全年', '按省工作安排', '全年', '全年',
      '全年', '全年', '全年', '全年', '全年', '全年', '全年', '全年', '全年',
    ]);
  });

  it('keeps the signature block, and shows editorial notes apart from the text', () => {
    expect($('.doc-signature').text()).toContain('广东省经济和信息化委员会');
    expect($('.doc-signature').text()).toContain('二○一二年二月六日');
    const notes = $('.editorial-notes');
    expect(notes.find('h2').text()).toBe('编者注');
    expect(notes.text()).toContain('77.5%、26.2%');
    expect($('.doc-body').text()).not.toContain('77.5%、26.2%');
  });

  it('offers a citation in the form 《标题》（发文字号）', () => {
    expect($('.cite p').text()).toBe('《关于印发2012年产业转移工作要点的通知》（粤经信园区〔2012〕68号）');
  });
});

describe.each(sites())('circulars of the $name site', (site) => {
  const readPage = (url: string) => readBuiltPage(url, site.outDir);
  const entries = siteEntries(site);
  const notices = entries.filter((e) => e.collection === 'notices').map((e) => ({ id: e.id, ...(e.data as Notice) }));
  const issuers = entries.filter((e) => e.collection === 'issuers').map((e) => e.data as Issuer);
  /** The body a printed 发文机关 is recognised as: the issuers list's body that lists the printed form, else the printed form. */
  const bodyOf = (printed: string) => issuers.find((i) => i.printedAs.includes(printed))?.name ?? printed;
  /** The date a circular is listed by: 发布时间, else 成文日期 (either may be declared unknown). */
  const listedBy = (n: Notice) => n.publishedAt ?? n.signedOn ?? '';
  const newestFirst = [...notices].sort((a, b) => listedBy(b).localeCompare(listedBy(a)) || (a.docNumber ?? '').localeCompare(b.docNumber ?? '', 'zh-CN') || a.id.localeCompare(b.id));
  const shownDate = (iso: string) => iso.split('-').map(Number).map((v, i) => `${v}${'年月日'[i]}`).join('');

  it.each(notices.map((n) => [n.id, n] as const))('%s shows its title, 发文字号, metadata panel, attachments and citation', (id, n) => {
    const page = readPage(`/notices/${id}/`);
    // A sample circular's title carries the 示例 label.
    expect(page('h1 .badge').text()).toBe(n.sample ? '示例' : '');
    expect(page('h1').text()).toBe(`${n.title}${n.sample ? '示例' : ''}`);
    expect(page('.doc-number').text()).toBe(n.docNumber ?? '');
    expect(page('title').text()).toContain(n.title);
    const meta = new Map<string, string>();
    page('.doc-meta dt').each((_, dt) => void meta.set(squash(page(dt).text()), page(dt).next('dd').text().trim()));
    // The body's name; a printed form that differs is kept beside it.
    const body = bodyOf(n.issuer);
    expect(meta.get('发文机关')).toBe(body === n.issuer ? body : `${body}（原件署名：${n.issuer}）`);
    // A fact declared unknown says so in place of the value, and its reason is an 编者注.
    expect(meta.get('发文字号')).toBe(n.docNumber ?? '原文未载明');
    expect(meta.get('标题')).toBe(n.title);
    expect(meta.get('成文日期')).toBe(n.signedOn ? shownDate(n.signedOn) : '原文未载明');
    if (n.signedOn) expect(page('.doc-meta time').first().attr('datetime')).toBe(n.signedOn);
    expect(meta.get('发布时间')).toMatch(n.publishedAt ? /^\d{4}年/u : /^不详$/u);
    expect(meta.get('主送机关')).toBe(n.addressees ? n.addressees.join('、') : '原文未载明');
    for (const reason of Object.values(n.unknown)) expect(page('.editorial-notes').text()).toContain(reason);
    if (n.source) expect(meta.get('来源')).toBe(n.source);
    // Each attachment is listed in the panel and links to its heading in the body; one known
    // by title only is listed with 未取得附件内容 and links nowhere.
    // Two or more attachments are numbered 1. 2. …, as GB/T 9704 prints them.
    const links = page('.doc-meta a[href^="#"]').map((_, a) => [[page(a).text().replace(n.attachments.length > 1 ? /^\d+\.\s*/u : /^$/u, ''), decodeURIComponent(page(a).attr('href')!)]]).get();
    expect(links).toEqual(n.attachments.filter((a) => a.anchor).map((a) => [a.title, `#${a.anchor}`]));
    for (const a of n.attachments) if (a.anchor) expect(page(`[id="${a.anchor}"]`).is('h2'), a.anchor).toBe(true);
    const missing = page('.doc-meta li').filter((_, li) => page(li).text().includes('未取得附件内容'));
    expect(missing.length).toBe(n.attachments.filter((a) => !a.anchor).length);
    expect(page('.doc-meta a[href="#"], .doc-meta a:not([href])').length).toBe(0);
    expect(page('.cite p').text()).toBe(n.docNumber ? `《${n.title}》（${n.docNumber}）` : `《${n.title}》`);
  });

  it('are listed grouped by year, newest first, each linking to its page with its 发文字号 and the date it is listed by', () => {
    const list = readPage('/notices/');
    const years = [...new Set(newestFirst.map((n) => (listedBy(n) ? `${listedBy(n).slice(0, 4)}年` : '日期不详')))];
    expect(list('main h2').map((_, h) => list(h).text()).get()).toEqual(years);
    const links = list('main .doc-list a');
    expect(links.map((_, a) => list(a).attr('href')).get()).toEqual(newestFirst.map((n) => `/notices/${n.id}/`));
    expect(links.map((_, a) => list(a).text()).get()).toEqual(newestFirst.map((n) => n.title));
    const items = list('main .doc-list li');
    newestFirst.forEach((n, i) => {
      const text = items.eq(i).text();
      if (n.docNumber) expect(text).toContain(n.docNumber);
      expect(text).toContain(n.publishedAt ? '发布日期：' : n.signedOn ? '成文日期：' : '日期不详');
    });
  });

  it('are found by 发文字号 in the index, those without one in a group of their own', () => {
    const index = readPage('/notices/numbers/');
    for (const n of notices) {
      if (n.docNumber) {
        const row = index('tr').filter((_, tr) => index(tr).find('td').first().text() === n.docNumber);
        expect(row.find('a').attr('href'), n.docNumber).toBe(`/notices/${n.id}/`);
      } else {
        expect(index(`.no-doc-number a[href="/notices/${n.id}/"]`).length, n.id).toBe(1);
      }
    }
    expect(index('.no-doc-number li').length).toBe(notices.filter((n) => !n.docNumber).length);
  });

  it('show the latest first on the home page', () => {
    expect(readPage('/')('main .doc-list a').first().attr('href')).toBe(`/notices/${newestFirst[0]!.id}/`);
  });
});
