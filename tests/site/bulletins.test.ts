import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import type { Bulletin } from '../../src/schemas/bulletins.ts';
import type { Compilation } from '../../src/schemas/compilations.ts';
import type { PolicyDocument } from '../../src/schemas/documents.ts';
import { readPage as readBuiltPage, squash } from '../helpers/site.ts';
import { siteEntries, sites } from '../helpers/sites.ts';

/**
 * The level-2 headings of a bulletin's body by their anchors, each with its text as the
 * page shows it: as written (quotes, brackets and all), while the anchor (`items.article`)
 * is the heading's slug, without punctuation — e.g. ## 推进“双转移”工作 has the anchor 推进双转移工作.
 */
function articleTitles(body: string): Map<string, string> {
  const slugger = new GithubSlugger();
  const titles = new Map<string, string>();
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/u.test(line)) fenced = !fenced;
    const m = !fenced && /^(#{1,6})\s+(.+?)\s*#*\s*$/u.exec(line);
    if (!m) continue;
    const id = slugger.slug(m[2]!);
    if (m[1] === '##') titles.set(id, m[2]!);
  }
  return titles;
}

describe.each(sites())('the $name site', (site) => {
  const entries = siteEntries(site);
  const readPage = (url: string) => readBuiltPage(url, site.outDir);
  const bulletins = entries.filter((e) => e.collection === 'bulletins').map((e) => ({ id: e.id, ...(e.data as Bulletin), titles: articleTitles(e.parsed.body) }));
  const compilations = entries.filter((e) => e.collection === 'compilations').map((e) => ({ id: e.id, ...(e.data as Compilation) }));
  const documents = entries.filter((e) => e.collection === 'documents').map((e) => ({ id: e.id, ...(e.data as PolicyDocument) }));
  const titleOf = (ref: string) => String(entries.find((e) => `${e.collection}/${e.id}` === ref)!.data!.title);

  describe.each(bulletins)('bulletin $id', (bulletin) => {
    const $ = readPage(`/bulletins/${bulletin.id}/`);
    const toc = $('.bulletin-toc li > a');

    it('lists its items in the contents, in order, each linked to its place in the issue', () => {
      const expected = bulletin.items.map((item, i) => (item.ref ? [titleOf(item.ref), `#item-${i + 1}`] : [bulletin.titles.get(item.article!), `#${item.article}`]));
      expect(toc.map((_, a) => [[$(a).text(), $(a).attr('href')]]).get()).toEqual(expected);
    });

    it('carries the items in the body in the same order as the contents', () => {
      const anchors = toc.map((_, a) => $(a).attr('href')!.slice(1)).get();
      const inBody = $('.bulletin-body h2.article-title, .bulletin-body .ref-card')
        .map((_, el) => $(el).attr('id'))
        .get();
      expect(inBody).toEqual(anchors);
    });

    it('gives each article a permalink to its own page, which links back to its anchor, and each reference a link to its page', () => {
      for (const item of bulletin.items) {
        if (item.article) {
          const permalink = decodeURIComponent($(`h2[id="${item.article}"] ~ .article-permalink a`).first().attr('href')!);
          expect(permalink).toBe(`/bulletins/${bulletin.id}/${item.slug ?? item.article}/`);
          const $article = readPage(permalink);
          expect(squash($article('h1').text())).toContain(squash($(`h2[id="${item.article}"]`).contents().first().text()));
          expect(decodeURIComponent($article('.article-issue a').attr('href')!)).toBe(`/bulletins/${bulletin.id}/#${item.article}`);
          expect($article('h1 .badge').text()).toBe((item.sample ?? bulletin.sample) ? '示例' : '');
        }
      }
      const refs = bulletin.items.filter((item) => item.ref);
      expect($('.ref-card h2 a').map((_, a) => $(a).attr('href')).get()).toEqual(refs.map((r) => `/${r.ref}/`));
    });

    it('shows the masthead with its numbers and, for a sample, the 示例 label', () => {
      const masthead = squash($('.bulletin-masthead').text());
      expect(masthead).toContain('双转移专刊');
      expect(masthead).toContain(`${bulletin.date.slice(0, 4)}年第${bulletin.number}期（总第${bulletin.serial}期）`);
      expect($('.bulletin-masthead time').attr('datetime')).toBe(bulletin.date);
      expect(masthead).toContain(squash(bulletin.editor));
      if (bulletin.sample) {
        expect($('.bulletin-masthead .badge').text()).toBe('示例');
        expect($('.sample-note')).toHaveLength(1);
      } else expect($('.bulletin-masthead .badge')).toHaveLength(0);
    });
  });

  describe('the issues', () => {
    const bySerial = [...bulletins].sort((a, b) => a.serial - b.serial);

    it.runIf(bulletins.length > 0)('chain through prev/next links from the first to the last and back', () => {
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
      // Within a year, the latest issue (highest 总期号) first.
      const archived = years.flatMap((y) => [...bySerial].reverse().filter((b) => Number(b.date.slice(0, 4)) === y));
      const listed = $('main .doc-list li');
      expect(listed.map((_, li) => $(li).find('a').attr('href')).get()).toEqual(archived.map((b) => `/bulletins/${b.id}/`));
      listed.each((i, li) => expect($(li).find('.badge').text()).toBe(archived[i]!.sample ? '示例' : ''));
    });

    it('show the latest on the home page, if there is one', () => {
      const latest = bySerial.at(-1);
      const issueLinks = readPage('/')('.home-bulletin a').map((_, a) => a.attribs.href).get().filter((href) => /^\/bulletins\/[^/]+\/$/u.test(href));
      expect(issueLinks[0]).toBe(latest && `/bulletins/${latest.id}/`);
    });
  });

  describe.each(compilations)('the compilation $id', (data) => {
    const $ = readPage(`/compilations/${data.id}/`);
    const refs = data.sections.flatMap((s) => s.documents);

    it('lists its sections and documents in order in a generated contents list', () => {
      expect($('.compilation-toc .toc-sections > li > a').map((_, a) => $(a).text()).get()).toEqual(['编者按', ...data.sections.map((s) => s.title)]);
      expect($('.compilation-toc ol ol a').map((_, a) => $(a).text()).get()).toEqual(refs.map((r, i) => `${i + 1}. ${titleOf(r)}`));
    });

    it('prints the full text of documents on the site and marks the others cited-only', () => {
      refs.forEach((ref, i) => {
        const block = $(`#doc-${i + 1}`);
        expect(block.find('h3').text()).toContain(titleOf(ref));
        // A circular's text as on its own page.
        if (ref.startsWith('notices/')) expect(squash(block.find('.compiled-text').text())).toBe(squash(readPage(`/${ref}/`)('.doc-body').text()));
        else if (ref.startsWith('documents/')) expect(block.find('.cited-only').text()).toContain('仅见引用');
        // Any other entry (a case, an issue…: the generated site of TEST_SEED=1445948896 compiled a case) by its summary and a link to its page.
        else expect(block.find(`a[href="/${ref}/"]`)).toHaveLength(1);
      });
    });
  });

  describe('backlinks (引用本文的页面)', () => {
    /** The pages that may be cited: every circular, bulletin issue, compilation and register document. */
    const citable = entries.filter((e) => ['notices', 'bulletins', 'compilations', 'documents'].includes(e.collection)).map((e) => `/${e.collection}/${e.id}/`);
    /** What the content says cites what: bulletin items and compilation sections (the register lists its citations itself, below). */
    const stated: [string, string][] = [
      ...bulletins.flatMap((b) => b.items.flatMap((item) => (item.ref ? [[`/${item.ref}/`, `/bulletins/${b.id}/`] as [string, string]] : []))),
      ...compilations.flatMap((c) => c.sections.flatMap((s) => s.documents.map((ref): [string, string] => [`/${ref}/`, `/compilations/${c.id}/`]))),
    ];
    const backlinks = (page: string) => {
      const $ = readPage(page);
      return $('.backlinks li a').map((_, a) => $(a).attr('href')!).get();
    };

    it('are shown on every document page, saying so when there are none', () => {
      for (const page of citable) {
        const $ = readPage(page);
        expect($('.backlinks'), page).toHaveLength(1);
        if ($('.backlinks li a').length === 0) expect($('.backlinks').text(), page).toContain('本站暂无引用本文的页面');
      }
    });

    it.runIf(stated.length > 0)('list every page the content says cites the document', () => {
      // Only document pages list backlinks; a case may be cited too (the generated site of TEST_SEED=1445948896 compiled one).
      for (const [cited, citer] of stated.filter(([page]) => citable.includes(page))) expect(backlinks(cited), `${citer} cites ${cited}`).toContain(citer);
    });

    it('list only pages that exist and link to the document', () => {
      for (const page of citable) {
        for (const citer of backlinks(page)) {
          const $ = readPage(citer);
          const links = $('main a[href]').map((_, a) => decodeURIComponent($(a).attr('href')!).split('#')[0]).get();
          expect(links, `${citer} is listed as citing ${page}`).toContain(page);
        }
      }
    });
  });

  describe('the policy-document register', () => {
    const cited = documents;

    it('lists every cited document, cited-only ones without a dead link', () => {
      const $ = readPage('/documents/');
      const rows = $('#cited-only').parent().find('tbody tr');
      expect(rows).toHaveLength(cited.length);
      // A document whose full text is on the site says so (the generated site of TEST_SEED=1445948896 had one).
      const labels = rows.map((_, tr) => $(tr).find('td').last().text()).get();
      expect(labels.sort()).toEqual(cited.map((d) => (d.fullText ? '本站全文' : '仅见引用')).sort());
    });

    it.each(documents)('$id quotes where it is cited, with a link to the citing page', (d) => {
      const $ = readPage(`/documents/${d.id}/`);
      const quotes = squash($('.citations blockquote').text());
      for (const c of d.citations) expect(quotes).toContain(squash(c.passage));
      expect($('.citations a').map((_, a) => $(a).attr('href')).get()).toEqual(expect.arrayContaining(d.citations.map((c) => `/${c.in}/`)));
      if (d.issuedBy) expect($('.doc-meta').text()).toContain(d.issuedBy);
    });
  });
});
