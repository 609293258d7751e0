import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../helpers/paths.ts';
import { htmlFiles, readPage } from '../helpers/site.ts';

const pages = htmlFiles();
/** Pages allowed one external script of their own (progressive enhancement), by file. */
const scriptedPages: Record<string, RegExp> = {
  'cases/index.html': /^\/scripts\/case-finder\.js$/u,
  'search/index.html': /^\/_astro\/[^/]+\.js$/u,
};

describe.each(pages)('%s', (file) => {
  const $ = readPage(file);

  it('is Chinese, titled, described and has a skip link to main', () => {
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('title').text().trim()).not.toBe('');
    expect($('meta[name="description"]').attr('content')?.trim()).toBeTruthy();
    expect($('a.skip-link').attr('href')).toBe('#main');
    expect($('main#main')).toHaveLength(1);
    expect($('h1')).toHaveLength(1);
  });

  it('carries no script but its own external one (case finder, search page) and JSON-LD data blocks that parse', () => {
    const allowed = scriptedPages[file];
    const scripts = $('script:not([type="application/ld+json"])').map((_, el) => $(el).attr('src') ?? `inline: ${$(el).text()}`).get();
    expect(scripts).toEqual(allowed ? [expect.stringMatching(allowed)] : []);
    expect($('[onclick], [onload]')).toHaveLength(0);
    $('script[type="application/ld+json"]').each((_, el) => {
      expect(Object.keys($(el).attr()!)).toEqual(['type']);
      const data = JSON.parse($(el).text());
      expect(data['@context']).toBe('https://schema.org');
    });
  });

  it('has headings in order, never skipping a level', () => {
    const levels = $('h1, h2, h3, h4, h5, h6').map((_, el) => Number(el.tagName.slice(1))).get();
    levels.reduce((previous, level) => {
      expect(level, `h${previous} → h${level}`).toBeLessThanOrEqual(previous + 1);
      return level;
    }, 1);
  });

  it('links only to pages and anchors that exist', () => {
    $('a[href], link[href]').each((_, el) => {
      const href = $(el).attr('href')!;
      if (/^[a-z]+:/iu.test(href)) return;
      const [pathname, hash] = href.split('#') as [string, string | undefined];
      if (pathname === '') {
        expect($(`[id="${decodeURIComponent(hash!)}"]`).length, href).toBe(1);
        return;
      }
      expect(pathname.startsWith('/'), href).toBe(true);
      const target = path.join(dist, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
      expect(existsSync(target), `${file} → ${href}`).toBe(true);
      if (hash) expect(readPage(target.slice(dist.length))(`[id="${decodeURIComponent(hash)}"]`).length, href).toBe(1);
    });
  });
});

it('builds the pages of the foundation', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['index.html', '404.html', 'notices/index.html', 'notices/numbers/index.html', 'notices/yue-jingxin-yuanqu-2012-68/index.html', 'search/index.html']),
  );
});
