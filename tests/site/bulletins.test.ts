import { describe, expect, it } from 'vitest';
import { readEntries } from '../../src/lib/content-check/check-content.ts';
import type { Bulletin } from '../../src/schemas/bulletins.ts';
import type { Compilation } from '../../src/schemas/compilations.ts';
import { root } from '../helpers/paths.ts';
import { readPage, squash } from '../helpers/site.ts';

const { entries } = readEntries({ root });
const bulletins = entries.filter((e) => e.collection === 'bulletins').map((e) => ({ id: e.id, ...(e.data as Bulletin) }));
const titleOf = (ref: string) => String(entries.find((e) => `${e.collection}/${e.id}` === ref)!.data!.title);

describe.each(bulletins)('bulletin $id', (bulletin) => {
  const $ = readPage(`/bulletins/${bulletin.id}/`);
  const toc = $('.bulletin-toc li > a');

  it('lists its items in the contents, in order, each linked to its place in the issue', () => {
    const expected = bulletin.items.map((item, i) => (item.ref ? [titleOf(item.ref), `#item-${i + 1}`] : [item.article, `#${item.article}`]));
    expect(toc.map((_, a) => [[$(a).text(), $(a).attr('href')]]).get()).toEqual(expected);
  });

  it('carries the items in the body in the same order as the contents', () => {
    const anchors = toc.map((_, a) => $(a).attr('href')!.slice(1)).get();
    const inBody = $('.bulletin-body h2.article-title, .bulletin-body .ref-card')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(inBody).toEqual(anchors);
  });

  it('gives each article a permalink and each reference a link to its page', () => {
    for (const item of bulletin.items) {
      if (item.article) {
        const permalink = $(`h2[id="${item.article}"] + .article-permalink a`).attr('href');
        expect(decodeURIComponent(permalink!)).toBe(`/bulletins/${bulletin.id}/#${item.article}`);
      }
    }
    const refs = bulletin.items.filter((item) => item.ref);
    expect($('.ref-card h2 a').map((_, a) => $(a).attr('href')).get()).toEqual(refs.map((r) => `/${r.ref}/`));
  });

  it('shows the masthead with its numbers and, for a sample, the 示例 label', () => {
    const masthead = squash($('.bulletin-masthead').text());
    expect(masthead).toContain('双转移专刊');
    expect(masthead).toContain(`${bulletin.date.slice(0, 4)}年第${bulletin.number}期（总第${bulletin.serial}期）`);
    expect(masthead).toContain(squash(bulletin.editor));
    if (bulletin.sample) {
      expect($('.bulletin-masthead .badge').text()).toBe('示例');
      expect($('.sample-note')).toHaveLength(1);
    }
  });
});

describe('the issues', () => {
  const bySerial = [...bulletins].sort((a, b) => a.serial - b.serial);

  it('chain through prev/next links from the first to the last and back', () => {
    const forward: string[] = [];
    for (let url: string | undefined = `/bulletins/${bySerial[0]!.id}/`; url; url = readPage(url)('a[rel="next"]').attr('href')) forward.push(url);
    expect(forward).toEqual(bySerial.map((b) => `/bulletins/${b.id}/`));
    const backward: string[] = [];
    for (let url: string | undefined = forward.at(-1); url; url = readPage(url)('a[rel="prev"]').attr('href')) backward.push(url);
    expect(backward).toEqual([...forward].reverse());
  });

  it('are archived by year, newest first, each labelled 示例 when a sample', () => {
    const $ = readPage('/bulletins/');
    const years = [...new Set(bulletins.map((b) => Number(b.date.slice(0, 4))))].sort((a, b) => b - a);
    expect($('main h2').map((_, h) => $(h).text()).get()).toEqual(years.map((y) => `${y}年`));
    const listed = $('main .doc-list li');
    expect(listed.map((_, li) => $(li).find('a').attr('href')).get()).toEqual([...bySerial].reverse().map((b) => `/bulletins/${b.id}/`));
    listed.each((i, li) => expect($(li).find('.badge').text()).toBe([...bySerial].reverse()[i]!.sample ? '示例' : ''));
  });

  it('show the latest on the home page', () => {
    const latest = bySerial.at(-1)!;
    expect(readPage('/')('.home-bulletin a').first().attr('href')).toBe(`/bulletins/${latest.id}/`);
  });
});

describe('the compilation', () => {
  const compilation = entries.find((e) => e.collection === 'compilations')!;
  const data = compilation.data as Compilation;
  const $ = readPage(`/compilations/${compilation.id}/`);
  const refs = data.sections.flatMap((s) => s.documents);

  it('lists its sections and documents in order in a generated contents list', () => {
    expect($('.compilation-toc .toc-sections > li > a').map((_, a) => $(a).text()).get()).toEqual(['编者按', ...data.sections.map((s) => s.title)]);
    expect($('.compilation-toc ol ol a').map((_, a) => $(a).text()).get()).toEqual(refs.map((r, i) => `${i + 1}. ${titleOf(r)}`));
  });

  it('prints the full text of documents on the site and marks the others cited-only', () => {
    refs.forEach((ref, i) => {
      const block = $(`#doc-${i + 1}`);
      expect(block.find('h3').text()).toContain(titleOf(ref));
      if (ref.startsWith('notices/')) expect(squash(block.find('.compiled-text').text())).toContain('2012年产业转移工作要点');
      else expect(block.find('.cited-only').text()).toContain('仅见引用');
    });
  });
});

describe('backlinks (引用本文的页面)', () => {
  it.each([
    ['/notices/yue-jingxin-yuanqu-2012-68/', ['/bulletins/2012-01/', '/bulletins/2012-02/', '/compilations/shuangzhuanyi-zhengce-huibian/']],
    ['/documents/sanjiehe/', ['/bulletins/2012-01/', '/compilations/shuangzhuanyi-zhengce-huibian/', '/notices/yue-jingxin-yuanqu-2012-68/']],
    ['/compilations/shuangzhuanyi-zhengce-huibian/', ['/bulletins/2013-01/']],
  ])('%s lists the pages that cite it', (page, citers) => {
    const $ = readPage(page);
    expect($('.backlinks li a').map((_, a) => $(a).attr('href')).get()).toEqual(citers);
  });

  it('are shown on every document page, even with none', () => {
    expect(readPage('/bulletins/2013-01/')('.backlinks').text()).toContain('本站暂无引用本文的页面');
  });
});

describe('the policy-document register', () => {
  const cited = entries.filter((e) => e.collection === 'documents');

  it('lists every cited document, cited-only ones without a dead link', () => {
    const $ = readPage('/documents/');
    const rows = $('#cited-only').parent().find('tbody tr');
    expect(rows).toHaveLength(cited.length);
    rows.each((_, tr) => expect($(tr).find('td').last().text()).toBe('仅见引用'));
  });

  it('quotes where each document is cited, with a link to the citing page', () => {
    const $ = readPage('/documents/fengong-fangan/');
    expect($('.citations blockquote').text()).toContain('省委办公厅、省府办公厅印发的《贯彻落实全省产业转移和劳动力转移工作会议');
    expect($('.citations a').attr('href')).toBe('/notices/yue-jingxin-yuanqu-2012-68/');
    expect($('.doc-meta').text()).toContain('省委办公厅、省府办公厅印发');
  });
});
