import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryOgImage, ogCollections, ogEntryCollections, ogImagePath, ogPages, type OgPage } from '../../src/lib/og/pages.ts';
import { ogSvg } from '../../src/lib/og/og-svg.ts';
import { inkMask, inkOverlap, renderInChild } from '../helpers/png.ts';
import { builtOrigin, htmlFiles, readPage as readBuiltPage } from '../helpers/site.ts';
import { siteDatasets, siteEntries, sites } from '../helpers/sites.ts';

it.each([
  ['/', '/og/index.png'],
  ['/notices/', '/og/notices.png'],
  ['/data/example-dataset/', '/og/data/example-dataset.png'],
])('ogImagePath puts the image of %s at %s', (page, image) => {
  expect(ogImagePath(page)).toBe(image);
});

it('gives circulars and the document register their section image, not one each', () => {
  expect(ogCollections.filter((c) => !c.perEntry).map((c) => c.collection)).toEqual(['notices', 'documents']);
  expect(entryOgImage('notices', 'any-id')).toBe('/og/notices.png');
  expect(entryOgImage('cases', 'any-id')).toBe('/og/cases/any-id.png');
});

/**
 * Each distinct image drawn once in the run, by the project's renderer and with no font: the sites
 * share most of their pages' titles (content/'s), and drawing is most of this file's time.
 */
const drawn = new Map<string, { fresh: Buffer; tofu: Buffer }>();
function draw(svgs: string[]): { fresh: Buffer; tofu: Buffer }[] {
  const missing = [...new Set(svgs.filter((svg) => !drawn.has(svg)))];
  if (missing.length > 0) {
    const fresh = renderInChild(missing, 'project', 1);
    // The same images drawn with no font at all: every character becomes a missing-glyph box.
    const tofu = renderInChild(missing, 'none', 1);
    missing.forEach((svg, i) => drawn.set(svg, { fresh: fresh[i]!, tofu: tofu[i]! }));
  }
  return svgs.map((svg) => drawn.get(svg)!);
}

/** How much of an image's title band is inked where its no-font drawing is (once per distinct image). */
const overlaps = new Map<Buffer, Promise<number>>();
function tofuOverlap(image: Buffer, tofu: Buffer): Promise<number> {
  if (!overlaps.has(image)) {
    const title = { left: 60, top: 130, width: 1080, height: 260 };
    const band = async (png: Buffer) => inkMask(await sharp(png).extract(title).png().toBuffer());
    overlaps.set(image, Promise.all([band(image), band(tofu)]).then(([a, b]) => inkOverlap(a.ink, b.ink)));
  }
  return overlaps.get(image)!;
}

describe.each(sites())('the $name site', (site) => {
  // The page list is worked out from the site's content here (through the content check's reader), independently of the build.
  const entries = siteEntries(site);
  const readPage = (url: string) => readBuiltPage(url, site.outDir);
  const origin = builtOrigin(site.outDir);
  /** The path of the image a page names (absolute when the build had SITE_URL, as a published build has). */
  const ogImageOf = ($: ReturnType<typeof readPage>) => {
    const href = $('meta[property="og:image"]').attr('content');
    return href && decodeURI(new URL(href, origin).pathname);
  };
  const byCollection = (name: string) => entries.filter((e) => e.collection === name).map((e) => ({ id: e.id, title: String(e.parsed.data.title) }));
  const notices = byCollection('notices');
  const datasets = siteDatasets(site).map((d) => ({ id: d.id, title: d.data.title }));
  const pages: OgPage[] = ogPages({
    notices,
    cases: byCollection('cases'),
    bulletins: byCollection('bulletins'),
    compilations: byCollection('compilations'),
    documents: byCollection('documents'),
    datasets,
  });

  describe('ogPages', () => {
    it('lists the home page, every section page and every entry of every collection', () => {
      const paths = pages.map((p) => p.path);
      expect(paths.slice(0, 9)).toEqual(['/', '/notices/', '/notices/numbers/', '/cases/', '/bulletins/', '/compilations/', '/documents/', '/data/', '/search/']);
      for (const d of datasets) expect(paths).toContain(`/data/${d.id}/`);
      // Entries of the collections with images of their own (circulars and register entries show their section's).
      const own = ogEntryCollections.map((c) => c.collection as string).filter((c) => c !== 'datasets');
      expect(paths).toHaveLength(9 + entries.filter((e) => own.includes(e.collection)).length + datasets.length);
    });
  });

  describe('Open Graph images in dist/', () => {
    let tofu: Buffer[];
    let fresh: Buffer[];
    beforeAll(() => {
      const images = draw(pages.map(ogSvg));
      fresh = images.map((i) => i.fresh);
      tofu = images.map((i) => i.tofu);
    });

    it.each(pages.map((p, i) => [p.path, p, i] as const))('%s has its meta tags and a 1200×630 PNG', async (_path, page) => {
      const $ = readPage(page.path);
      const href = ogImageOf($)!;
      expect(href).toBe(ogImagePath(page.path));
      // The page's og:title names what the image shows (a bulletin's adds its issue number).
      expect($('meta[property="og:title"]').attr('content')).toContain(page.path === '/' ? '广东“双转移”' : page.title);
      const meta = await sharp(path.join(site.outDir, href)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    });

    it.each(pages.map((p, i) => [p.path, p, i] as const))('%s image shows real Chinese glyphs, not boxes', async (_path, page, i) => {
      const built = readFileSync(path.join(site.outDir, ogImagePath(page.path)));
      // It is exactly what the project's renderer makes of the page's title …
      expect(built.equals(fresh[i]!)).toBe(true);
      // … and far from the no-font rendering of the same text (the title band, where the glyphs are).
      expect(await tofuOverlap(fresh[i]!, tofu[i]!)).toBeLessThan(0.5);
    });

    it.each(ogCollections.filter((c) => !c.perEntry).map((c) => [c.collection, c] as const))('every %s page names its section image', (_name, c) => {
      for (const { id } of byCollection(c.collection)) expect(ogImageOf(readPage(c.path(id)))).toBe(ogImagePath(c.section));
    });

    it('covers every page that names an image', () => {
      const named = htmlFiles(site.outDir)
        .map((f) => ogImageOf(readPage(f.endsWith('index.html') ? `/${f.replace(/index\.html$/u, '')}` : f)))
        .filter(Boolean);
      // Facet pages, circulars and register entries share their section's image.
      expect([...new Set(named)].sort()).toEqual(pages.map((p) => ogImagePath(p.path)).sort());
    });
  });
});
