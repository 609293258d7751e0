import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { dist } from '../helpers/paths.ts';
import { fingerprint, htmlFiles, readPage } from '../helpers/site.ts';
import { subpathSite } from '../helpers/sites.ts';

// Builds run one after another in this file: two cores cannot take three Astro builds at once.
describe('deterministic output', () => {
  it('gives a byte-identical dist/ when the same commit is built again, PDFs included', () => {
    // A cold build with its own empty cache: every PDF is printed again, not copied.
    const again = runBuild({ SZY_PDF: '1' });
    expect(again.status, again.output).toBe(0);
    expect(fingerprint(again.outDir)).toEqual(fingerprint(dist));
  });
});

describe('a build under a sub-path', () => {
  // Built once per run by the global setup (tests/helpers/sites.ts), which stops the run with the build's output if it fails.
  const { base, outDir } = subpathSite;
  const build = { outDir };

  it('succeeds', () => {
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
  });

  it('prefixes every internal link, stylesheet and icon with the sub-path', () => {
    const urls: string[] = [];
    for (const file of htmlFiles(build.outDir)) {
      const $ = readPage(file, build.outDir);
      $('[href], [src]').each((_, el) => {
        const url = $(el).attr('href') ?? $(el).attr('src')!;
        if (!/^[a-z]+:|^#/iu.test(url)) urls.push(url);
      });
    }
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(base), url).toBe(true);
  });

  it('serves the same pages at the same paths inside the folder', () => {
    expect(htmlFiles(build.outDir)).toEqual(htmlFiles(dist));
  });
});

describe('MDX rendered while content loads', () => {
  // The same commit built with every document as an MDX module, as Astro would without
  // src/lib/content/static-mdx.ts: each page must be the same, but for white space between tags.
  const modules = runBuild({ SZY_MDX_MODULES: '1' });
  // Built without PDFs (SZY_PDF=0), so without the 下载PDF link dist/ has.
  const tags = (html: string) => html.replace(/<p class="pdf-link[^]*?<\/p>/gu, '').replace(/>\s+</gu, '><').replace(/\s+/gu, ' ');

  it('gives the same pages as rendering each document as an MDX module', () => {
    expect(modules.status, modules.output).toBe(0);
    const pages = htmlFiles();
    expect(pages).toContain('index.html');
    for (const page of pages) {
      expect(tags(readFileSync(path.join(modules.outDir, page), 'utf8')), page).toBe(tags(readFileSync(path.join(dist, page), 'utf8')));
    }
  });
});
