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
import { pageTypes } from '../fixtures/page-types.ts';
import { parseCsp, siteHeaders } from '../helpers/headers.ts';
import { dist } from '../helpers/paths.ts';
import { htmlFiles, readPage } from '../helpers/site.ts';
import { htmlValidateConfig } from './html-validate.config.ts';

const pages = htmlFiles();
const validator = new HtmlValidate(htmlValidateConfig);
const csp = parseCsp(siteHeaders(path.join(dist, '_headers'))['Content-Security-Policy'] ?? '');
/** Pages allowed to load (external) script: those of the page types marked `script`. */
const scriptPages = new Set(pageTypes.filter((t) => t.script).map((t) => fileOf(t.path)));
/**
 * The one script every page may load: the site's own reading preferences (text size, contrast,
 * 打印本页), an external file from the site's origin (public/scripts/reading.js). Content pages
 * carry no other script.
 */
const isReadingScript = (src: string | undefined) => src !== undefined && /^\/(?:[^:]*\/)?scripts\/reading\.js$/u.test(src);
/** `<script>` types that browsers never run, so CSP does not apply to them: structured data only. */
const dataScriptTypes = new Set(['application/ld+json']);
/** Link relations that load nothing (a canonical or alternate URL may be absolute). */
const nonLoadingRels = new Set(['canonical', 'alternate', 'author', 'license', 'me', 'next', 'prev']);

/** The dist file of a URL path: '/notices/' → 'notices/index.html'. */
function fileOf(urlPath: string): string {
  const pathname = decodeURIComponent(urlPath.split(/[?#]/u)[0]!).replace(/^\//u, '');
  return pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

/** True when a URL names another origin (scheme or protocol-relative), which the site must never load. */
function isOtherOrigin(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//iu.test(url.trim()) || /^(?:https?|ftp|ws|wss):/iu.test(url.trim());
}

describe.each(pages)('%s', (file) => {
  const html = readFileSync(path.join(dist, file), 'utf8');
  const $ = readPage(file);

  it('is valid HTML', async () => {
    const report = await validator.validateString(html, file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });

  it('is Chinese, titled, described and has a skip link to main', () => {
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('title').text().trim()).not.toBe('');
    expect($('meta[name="description"]').attr('content')?.trim()).toBeTruthy();
    expect($('a.skip-link').attr('href')).toBe('#main');
    expect($('main#main')).toHaveLength(1);
    expect($('h1')).toHaveLength(1);
  });

  it('carries no script but the site’s reading script, unless its page type needs one, and then only from a file', () => {
    const scripts = $('script').filter((_, el) => !dataScriptTypes.has($(el).attr('type') ?? '') && !isReadingScript($(el).attr('src')));
    expect($('script').filter((_, el) => isReadingScript($(el).attr('src'))), 'the reading script, once, in <head>').toHaveLength(1);
    expect($('head script[src$="/scripts/reading.js"]')).toHaveLength(1);
    if (scriptPages.has(file)) scripts.each((_, el) => expect($(el).attr('src'), 'inline script').toBeTruthy());
    else expect(scripts).toHaveLength(0);
    $('script[type="application/ld+json"]').each((_, el) => {
      expect(JSON.parse($(el).text())['@context']).toBe('https://schema.org');
    });
  });

  it('satisfies the Content-Security-Policy: no inline style or handlers, no javascript: URLs', () => {
    expect(csp.get('script-src'), 'public/_headers states a policy').toBeDefined();
    expect(csp.get('style-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect($('style'), '<style> element').toHaveLength(0);
    expect($('[style]').map((_, el) => `<${el.tagName} style="${$(el).attr('style')}">`).get(), 'style attributes').toEqual([]);
    const handlers = $('*')
      .get()
      .flatMap((el) => ('attribs' in el ? Object.keys(el.attribs).filter((a) => a.startsWith('on')).map((a) => `<${el.name} ${a}>`) : []));
    expect(handlers, 'on* handler attributes').toEqual([]);
    expect($('[href^="javascript:" i], [src^="javascript:" i]')).toHaveLength(0);
  });

  it('loads nothing from another origin', () => {
    const loaded: string[] = [];
    $('[src]').each((_, el) => void loaded.push($(el).attr('src')!));
    $('[srcset]').each((_, el) => void loaded.push(...$(el).attr('srcset')!.split(',').map((c) => c.trim().split(/\s+/u)[0]!)));
    $('[poster], object[data]').each((_, el) => void loaded.push($(el).attr('poster') ?? $(el).attr('data')!));
    $('link[href]').each((_, el) => {
      const rels = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/u);
      if (!rels.every((r) => nonLoadingRels.has(r))) loaded.push($(el).attr('href')!);
    });
    expect(loaded.filter(isOtherOrigin)).toEqual([]);
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
      if (hash && target.endsWith('.html') && readPage(target)(`[id="${decodeURIComponent(hash)}"]`).length !== 1) broken.push(href);
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
  const css = (htmlFiles().length > 0 ? pages : []).flatMap((file) => readPage(file)('link[rel="stylesheet"]').map((_, el) => el.attribs.href!).get());
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
