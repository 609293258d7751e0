import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/lib/datasets/load.ts';
import { parseFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { ogImagePath, ogPages, type OgPage } from '../../src/lib/og/pages.ts';
import { ogSvg } from '../../src/lib/og/og-svg.ts';
import { inkMask, inkOverlap, renderInChild } from '../helpers/png.ts';
import { dist, root } from '../helpers/paths.ts';
import { htmlFiles, readPage } from '../helpers/site.ts';

// The page list is worked out from content/ here, independently of the build.
const noticesDir = path.join(root, 'content/notices');
const notices = ['yue-jingxin-yuanqu-2012-68'].map((id) => ({
  id,
  title: String(parseFrontmatter(readFileSync(path.join(noticesDir, `${id}.mdx`), 'utf8')).data.title),
}));
const datasets = loadDatasets(path.join(root, 'content/datasets')).map((d) => ({ id: d.id, title: d.data.title }));
const pages: OgPage[] = ogPages({ notices, datasets });

describe('ogPages', () => {
  it('lists the home page, the notices list, each notice, the data catalogue and each dataset', () => {
    expect(pages.map((p) => p.path)).toEqual([
      '/',
      '/notices/',
      '/data/',
      '/notices/yue-jingxin-yuanqu-2012-68/',
      ...datasets.map((d) => `/data/${d.id}/`),
    ]);
  });

  it.each([
    ['/', '/og/index.png'],
    ['/notices/', '/og/notices.png'],
    ['/data/firms-2011/', '/og/data/firms-2011.png'],
  ])('puts the image of %s at %s', (page, image) => {
    expect(ogImagePath(page)).toBe(image);
  });
});

describe('Open Graph images in dist/', () => {
  let tofu: Buffer[];
  let fresh: Buffer[];
  beforeAll(() => {
    const svgs = pages.map(ogSvg);
    // The same images drawn with no font at all: every character becomes a missing-glyph box.
    tofu = renderInChild(svgs, 'none', 1);
    fresh = renderInChild(svgs, 'project', 1);
  });

  it.each(pages.map((p, i) => [p.path, p, i] as const))('%s has its meta tags and a 1200×630 PNG', async (_path, page) => {
    const $ = readPage(page.path);
    const href = $('meta[property="og:image"]').attr('content')!;
    expect(href).toBe(ogImagePath(page.path));
    expect($('meta[property="og:title"]').attr('content')).toBe(page.path === '/' ? '广东“双转移”' : page.title);
    const meta = await sharp(path.join(dist, href)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it.each(pages.map((p, i) => [p.path, p, i] as const))('%s image shows real Chinese glyphs, not boxes', async (_path, page, i) => {
    const built = readFileSync(path.join(dist, ogImagePath(page.path)));
    // It is exactly what the project's renderer makes of the page's title …
    expect(built.equals(fresh[i]!)).toBe(true);
    // … and far from the no-font rendering of the same text (the title band, where the glyphs are).
    const title = { left: 60, top: 130, width: 1080, height: 260 };
    const band = async (png: Buffer) => inkMask(await sharp(png).extract(title).png().toBuffer());
    const a = await band(built);
    const b = await band(tofu[i]!);
    expect(inkOverlap(a.ink, b.ink)).toBeLessThan(0.5);
  });

  it('covers every page that names an image', () => {
    const named = htmlFiles()
      .map((f) => readPage(f.endsWith('index.html') ? `/${f.replace(/index\.html$/u, '')}` : f)('meta[property="og:image"]').attr('content'))
      .filter(Boolean);
    expect(named.sort()).toEqual(pages.map((p) => ogImagePath(p.path)).sort());
  });
});
