import { describe, expect, it } from 'vitest';
import { distParts, FILE_KINDS, pageParts } from '../../scripts/bench/dist-parts.ts';

describe('distParts', () => {
  it('sums each kind of file, a precompressed copy apart from its page, every kind listed', () => {
    const parts = distParts([
      { file: 'index.html', bytes: 100 },
      { file: 'index.html.gz', bytes: 30 },
      { file: 'pagefind/pagefind.js', bytes: 40 },
      { file: 'pagefind/index/zh-cn_1.pf_index', bytes: 50 },
      { file: 'rss.xml', bytes: 20 },
      { file: 'og/notices.png', bytes: 7 },
      { file: '_astro/a.css', bytes: 5 },
      { file: 'data/x.csv', bytes: 3 },
    ]);
    expect(parts.map((p) => p.kind)).toEqual(FILE_KINDS.map((k) => k.kind));
    expect(Object.fromEntries(parts.map((p) => [p.kind, p.bytes]))).toEqual({
      'precompressed copies (.gz, .br) for the server': 30,
      'Pagefind (index and its scripts)': 90,
      'HTML pages': 100,
      'feeds and sitemaps (XML)': 20,
      images: 7,
      'scripts and styles': 5,
      'data downloads and other files': 3,
    });
  });
});

describe('pageParts', () => {
  const page =
    '<!DOCTYPE html><html><head><title>标题</title><script type="application/ld+json">{"a":1}</script></head>' +
    '<body><header>站名</header><main><div class="doc-body"><p>正文𠀀</p></div><div class="search-meta" hidden><span>词</span></div></main><footer>页脚</footer></body></html>';
  const parts = Object.fromEntries(pageParts(page).map((p) => [p.part, p.bytes]));
  const bytes = (s: string) => Buffer.byteLength(s);

  it('measures each part on the source, the JSON-LD apart from the rest of <head>', () => {
    expect(parts['structured data (JSON-LD)']).toBe(bytes('<script type="application/ld+json">{"a":1}</script>'));
    expect(parts['rest of `<head>`: title, description, Open Graph, stylesheet and script links']).toBe(bytes('<head><title>标题</title></head>'));
    expect(parts['text of the document']).toBe(bytes('<div class="doc-body"><p>正文𠀀</p></div>'));
    expect(parts['site header: site name, navigation, search box, reading tools']).toBe(bytes('<header>站名</header>'));
    expect(parts['site footer']).toBe(bytes('<footer>页脚</footer>'));
    expect(parts['breadcrumbs']).toBe(0);
  });

  it('adds up to the page', () => {
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(bytes(page));
  });
});
