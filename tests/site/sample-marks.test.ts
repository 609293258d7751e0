import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, root } from '../helpers/paths.ts';
import { samplePaths, unmarkedSampleListings } from '../helpers/sample-marks.ts';
import { readPage } from '../helpers/site.ts';
import { sites } from '../helpers/sites.ts';

describe('sample content is marked 示例 wherever it is listed', () => {
  it('finds the sample entries from the content itself', () => {
    // Whatever the content, every path found is a page of the built site.
    for (const page of samplePaths(path.join(root, 'content'))) expect(page).toMatch(/^\/[a-z]+\/[^/]+\/$/u);
  });

  it('on every page of the site', () => {
    expect(unmarkedSampleListings(dist, path.join(root, 'content'))).toEqual([]);
  });
});

describe.each(sites())('a sample entry’s own page on the $name site is marked where machines read it too (issue 22, point 7)', (site) => {
  const pages = samplePaths(site.contentDir);

  it('are found from the content', () => {
    for (const page of pages) expect(page).toMatch(/^\/[a-z]+\/[^/]+\/$/u);
  });

  it.each(pages)('%s: <title>, og:title and JSON-LD', (page) => {
    const $ = readPage(page, site.outDir);
    expect($('title').text()).toContain('示例');
    const og = $('meta[property="og:title"]').attr('content');
    if (og !== undefined) expect(og).toContain('示例');
    $('script[type="application/ld+json"]').each((_, script) => {
      const ld = JSON.parse($(script).text()) as Record<string, unknown>;
      // A sample is no official document: not typed as legislation, no 发文字号 as its identifier.
      expect(ld['@type']).not.toBe('Legislation');
      expect(Object.keys(ld).filter((k) => k.startsWith('legislation'))).toEqual([]);
      expect(String(ld.name ?? ld.headline)).toContain('示例');
    });
  });
});
