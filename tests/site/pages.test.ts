/**
 * Checks on EVERY built page in dist/ (not only the representative ones): valid HTML,
 * title, description and language, no script beyond what a page type may have, nothing
 * loaded from another origin, every internal link and #anchor resolving, and the
 * Content-Security-Policy in public/_headers satisfied.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { pageViolations, READING_SCRIPT } from '../../src/lib/safe-html/page-violations.ts';
import { isOtherOrigin } from '../../src/lib/safe-html/urls.ts';
import { pageTypesOf } from '../fixtures/page-types.ts';
import { parseCsp, siteHeaders } from '../helpers/headers.ts';
import { fileOf, htmlFiles, readPage } from '../helpers/site.ts';
import { sites } from '../helpers/sites.ts';
import { htmlValidateConfig } from './html-validate.config.ts';

const validator = new HtmlValidate(htmlValidateConfig);
/**
 * html-validate's messages for each distinct page: the sites share most of content/'s pages byte for
 * byte (a circular no generated entry cites is the same page in each), and each is validated once.
 */
const validated = new Map<string, Promise<string[]>>();
function validate(html: string, file: string): Promise<string[]> {
  if (!validated.has(html)) {
    validated.set(
      html,
      validator.validateString(html, file).then((report) => report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))),
    );
  }
  return validated.get(html)!;
}

describe.each(sites())('the $name site', (site) => {
  const dist = site.outDir;
  const pages = htmlFiles(dist);
  const pageTypes = pageTypesOf(site.contentDir);
  const csp = parseCsp(siteHeaders(path.join(dist, '_headers'))['Content-Security-Policy'] ?? '');
  /** Pages allowed to load (external) script: those of the page types marked `script`. */
  const scriptPages = new Set(pageTypes.filter((t) => t.script).map((t) => fileOf(t.path)));

  describe.each(pages)('%s', (file) => {
    const html = readFileSync(path.join(dist, file), 'utf8');
    const $ = readPage(file, dist);

    it('is valid HTML', async () => {
      expect(await validate(html, file)).toEqual([]);
    });

    it('is Chinese, titled, described and has a skip link to main', () => {
      expect($('html').attr('lang')).toBe('zh-CN');
      expect($('title').text().trim()).not.toBe('');
      expect($('meta[name="description"]').attr('content')?.trim()).toBeTruthy();
      expect($('a.skip-link').attr('href')).toBe('#main');
      expect($('main#main')).toHaveLength(1);
      expect($('h1')).toHaveLength(1);
    });

    it('keeps the site promises (src/lib/safe-html/, the rules the build applies before publishing)', () => {
      // No script unless its page type needs one, and then only from a file; no <style>, style= or
      // on… handler (the Content-Security-Policy); no javascript:/data: URL; nothing from another origin.
      expect(pageViolations(html, { allowScript: scriptPages.has(file) })).toEqual([]);
    });

    it('loads the site’s reading script once, in <head>', () => {
      expect($('script').filter((_, el) => READING_SCRIPT.test($(el).attr('src') ?? ''))).toHaveLength(1);
      expect($('head script[src$="/scripts/reading.js"]')).toHaveLength(1);
    });

    it('carries structured data only for schema.org, under a policy that forbids inline script and style', () => {
      expect(csp.get('script-src'), 'public/_headers states a policy').toBeDefined();
      expect(csp.get('style-src')).not.toContain("'unsafe-inline'");
      expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
      $('script[type="application/ld+json"]').each((_, el) => {
        expect(JSON.parse($(el).text())['@context']).toBe('https://schema.org');
      });
    });

    it('links only to pages and anchors that exist', () => {
      const broken: string[] = [];
      $('a[href], link[href]').each((_, el) => {
        const href = $(el).attr('href')!;
        if (/^[a-z][a-z0-9+.-]*:/iu.test(href) || $(el).is('link[rel="canonical"]')) return;
        const [pathname, hash] = href.split('#') as [string, string | undefined];
        if (pathname === '') {
          if ($(`[id="${decodeURIComponent(hash!)}"]`).length !== 1) broken.push(href);
          return;
        }
        if (!pathname.startsWith('/')) return void broken.push(`${href} (relative)`);
        const target = fileOf(pathname);
        if (!existsSync(path.join(dist, target))) return void broken.push(href);
        if (hash && target.endsWith('.html') && readPage(target, dist)(`[id="${decodeURIComponent(hash)}"]`).length !== 1) broken.push(href);
      });
      expect(broken).toEqual([]);
    });

    it('has headings in order, never skipping a level', () => {
      const levels = $('h1, h2, h3, h4, h5, h6').map((_, el) => Number(el.tagName.slice(1))).get();
      levels.reduce((previous, level) => {
        expect(level, `h${previous} → h${level}`).toBeLessThanOrEqual(previous + 1);
        return level;
      }, 1);
    });
  });

  describe('stylesheets', () => {
    const css = pages.flatMap((file) => readPage(file, dist)('link[rel="stylesheet"]').map((_, el) => el.attribs.href!).get());
    it.each([...new Set(css)])('%s loads nothing from another origin', (href) => {
      const text = readFileSync(path.join(dist, fileOf(href)), 'utf8');
      const urls = [...text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gu)].map((m) => m[2] ?? m[4]!);
      expect(urls.filter(isOtherOrigin)).toEqual([]);
    });
  });

  it('builds every representative page of the page types (tests/fixtures/page-types.ts)', () => {
    expect(pageTypes.map((t) => fileOf(t.path)).filter((f) => !pages.includes(f))).toEqual([]);
  });

  it('publishes its Content-Security-Policy with the site (dist/_headers)', () => {
    expect([...csp.keys()]).toEqual(expect.arrayContaining(['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']));
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });
});
