/**
 * Issue 22, point 9: search excerpts show readable text only. Pagefind indexes the text of the
 * body as it stands in the HTML: hidden filter values inside the body came out in excerpts
 * (专刊20262026-12-02…), and a definition list's terms and values ran together
 * (制发单位引用原文未载明发文字号…). Holds for every page of every site the suite builds.
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../helpers/site.ts';
import { sites } from '../helpers/sites.ts';

describe.each(sites())('search excerpts on the $name site', (site) => {
  const pages = htmlFiles(site.outDir);

  it('no hidden text is indexed but the index-only search terms', () => {
    const found: string[] = [];
    for (const file of pages) {
      const $ = readPage(file, site.outDir);
      $('[data-pagefind-body] [hidden]').each((_, el) => {
        if ($(el).closest('[data-pagefind-ignore]').length > 0 || $(el).is('.search-terms')) return;
        found.push(`${file}: ${$.html(el).slice(0, 80)}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('a list’s terms and values are apart in the indexed text', () => {
    const found: string[] = [];
    for (const file of pages) {
      const $ = readPage(file, site.outDir);
      $('[data-pagefind-body] dt, [data-pagefind-body] dd').each((_, el) => {
        if ($(el).closest('[data-pagefind-ignore]').length > 0) return;
        const next = el.nextSibling;
        if (next && next.type === 'tag') found.push(`${file}: ${$(el).text()}${$(next).text()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
