/**
 * Site settings as content (content/site.yaml): a fixture site of ANOTHER office and programme
 * (tests/fixtures/other-office, every code a marked placeholder) is built under a sub-path
 * with SITE_URL set, and its pages checked: every page shows the footer items of
 * 国办发〔2017〕47号 with the right links, the site map lists every entry by section and
 * year, QR codes carry each page's address, and no text of this programme's own settings
 * remains. The shared build (dist/) is checked for what must hold for ANY settings.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../../src/lib/content-check/check-content.ts';
import { entryPath } from '../../src/lib/routes.ts';
import { headlineFigure } from '../../src/lib/datasets/headlines.ts';
import { loadDatasets } from '../../src/lib/datasets/load.ts';
import { ICP_RECORD_URL, conacUrl, publicSecurityUrl } from '../../src/lib/site/identity-links.ts';
import { loadSiteSettings } from '../../src/lib/site/load-settings.ts';
import { configuredOrigin } from '../../src/lib/site-url.ts';
import { buildFixture, FIXTURE_SETTINGS } from '../helpers/fixture-build.ts';
import { dist, fixtures, root } from '../helpers/paths.ts';
import { issueArticles } from '../../src/lib/bulletins/articles.ts';
import type { Bulletin } from '../../src/schemas/bulletins.ts';
import { htmlFiles, readPage } from '../helpers/site.ts';
import { HtmlValidate } from 'html-validate';
import { htmlValidateConfig } from './html-validate.config.ts';

const fixture = path.join(fixtures, 'other-office');
const { SITE_BASE: base, SITE_URL: origin } = FIXTURE_SETTINGS['other-office']!.env as { SITE_BASE: string; SITE_URL: string };
const build = buildFixture('other-office');
const settings = loadSiteSettings(fixture);
const pages = () => htmlFiles(build.outDir);
const urlOf = (file: string) => `${base}${file.replace(/index\.html$/u, '')}`;

/** The collections whose entries have pages, with the date field each is filed under by year. */
const dated: Record<string, (d: Record<string, unknown>) => string | number | undefined> = {
  notices: (d) => d.publishedAt as string,
  bulletins: (d) => d.date as string,
  compilations: (d) => d.date as string,
  cases: (d) => d.year as number,
};

describe('a site of another office, with its settings filled in', () => {
  it('builds, warning once that the codes are samples', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output.match(/⚠ 提醒/gu)).toHaveLength(1);
    expect(build.output).toMatch(/other-office\/site\.yaml:1:1[\s\S]*sample: true/u);
  });

  it.each(['index.html', 'notices/index.html', 'sitemap/index.html', '404.html'])('%s shows every footer item with its link', (file) => {
    const $ = readPage(file, build.outDir);
    const footer = $('footer.site-footer');
    const text = footer.text();
    for (const value of [settings.sponsor, settings.organizer, settings.telephone.replace(/-/gu, '\u2011'), settings.email, settings.siteCode, settings.icp, settings.publicSecurity]) expect(text).toContain(value);
    expect(footer.find(`a[href="${ICP_RECORD_URL}"]`).text()).toBe(settings.icp);
    expect(footer.find(`a[href="${publicSecurityUrl(settings.publicSecurity)}"]`).text()).toBe(settings.publicSecurity);
    expect(publicSecurityUrl(settings.publicSecurity)).toContain(settings.publicSecurity.replace(/\D/gu, ''));
    const mark = footer.find(`a[href="${conacUrl(settings.conac.id)}"] img`);
    expect(mark.attr('alt')).toContain('党政机关网站标识');
    expect(mark.attr('src')).toBe(`${base}site/conac.png`);
    const report = new URL(footer.find('a:contains("我为政府网站找错")').attr('href')!);
    expect(report.searchParams.get('site_code')).toBe(settings.siteCode);
    expect(footer.find(`a[href="mailto:${settings.email}"]`)).toHaveLength(1);
    expect(footer.find(`a[href="${base}sitemap/"]`).text()).toBe('网站地图');
    expect(footer.find('.footer-sample').text()).toContain('示例');
  });

  it('every page carries the footer, its 找错 entry naming the page’s public address', () => {
    for (const file of pages()) {
      const $ = readPage(file, build.outDir);
      expect($(`footer a[href="${base}sitemap/"]`), file).toHaveLength(1);
      const report = new URL($('footer a.error-report').attr('href')!);
      // An address with Chinese in its path (an article's page) is given percent-encoded, as a URL is.
      if (file !== '404.html') expect(decodeURI(report.searchParams.get('url')!), file).toBe(`${origin}${urlOf(file)}`);
    }
  });

  it('gives valid HTML with every item filled in', async () => {
    const validator = new HtmlValidate(htmlValidateConfig);
    for (const file of pages()) {
      const report = await validator.validateString(readFileSync(path.join(build.outDir, file), 'utf8'), file);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${file} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });

  it('stores the 党政机关网站标识 image in the site itself, byte for byte', () => {
    const served = path.join(build.outDir, 'site/conac.png');
    expect(readFileSync(served)).toEqual(readFileSync(path.join(fixture, settings.conac.image)));
  });

  it('lists every entry in the site map, under its section and year', () => {
    const $ = readPage('sitemap/index.html', build.outDir);
    const { entries } = readEntries({ root, contentDir: fixture });
    const listed = entries.filter((e) => e.collection in dated);
    expect(listed.length).toBeGreaterThan(0);
    for (const entry of listed) {
      const link = $(`a[href="${base}${entryPath(entry.collection, entry.id).slice(1)}"]`);
      expect(link, entry.file).toHaveLength(1);
      const year = String(dated[entry.collection]!(entry.data!)).slice(0, 4);
      expect(link.closest('.sitemap-year').find('h3').text(), entry.file).toBe(`${year}年`);
    }
    // Each bulletin article is listed as itself too, under its issue's year.
    const articles = entries.filter((e) => e.collection === 'bulletins' && e.data).flatMap((e) => issueArticles(e.id, e.data as Bulletin, e.parsed.body));
    for (const article of articles) {
      const link = $('.sitemap-list a').filter((_, a) => decodeURIComponent(a.attribs.href!) === `${base}${article.path.slice(1)}`);
      expect(link, article.path).toHaveLength(1);
    }
    expect($('.sitemap-list a')).toHaveLength(listed.length + articles.length);
  });

  // One rule for paper (src/styles/print.css): the QR code prints with every document.
  it.each(['notices', 'compilations', 'bulletins'])('draws a QR code of each %s page’s public address, kept in print', async (collection) => {
    const { entries } = readEntries({ root, contentDir: fixture });
    for (const entry of entries.filter((e) => e.collection === collection)) {
      const address = `${origin}${base}${entryPath(collection, entry.id).slice(1)}`;
      const $ = readPage(`${entryPath(collection, entry.id).slice(1)}index.html`, build.outDir);
      const figure = $('.page-qr');
      expect(figure.find('svg').attr('aria-label')).toContain(address);
      // The same modules as the library draws for the address: the code encodes exactly it.
      const expected = await QRCode.toString(address, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      expect(figure.find('svg path[stroke]').attr('d')).toBe(/stroke="#000000" d="([^"]+)"/u.exec(expected)![1]);
      expect(figure.hasClass('no-print')).toBe(false);
      expect($('button[data-print-page]').text()).toBe('打印本页');
    }
  });

  it('keeps no text of this programme’s own settings (content/site.yaml) in any page or feed', () => {
    const own = parse(readFileSync(path.join(root, 'content/site.yaml'), 'utf8')) as Record<string, unknown>;
    const texts = Object.values(own).filter((v): v is string => typeof v === 'string' && v.trim().length >= 2);
    expect(texts.length).toBeGreaterThan(0);
    const files = (readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.(html|xml|json|txt)$/u.test(f));
    const leaks = files.flatMap((f) => {
      const body = readFileSync(path.join(build.outDir, f), 'utf8');
      return texts.filter((t) => body.includes(t)).map((t) => `${f}: ${t}`);
    });
    expect(leaks).toEqual([]);
    expect(readPage('index.html', build.outDir)('h1').text()).toBe(settings.homeTitle);
  });
});

describe('the published site, whatever its settings hold', () => {
  const site = loadSiteSettings(path.join(root, 'content'));
  const files = htmlFiles();

  it('shows each identity item exactly when the settings give it', () => {
    for (const file of files) {
      const $ = readPage(file);
      const footer = $('footer.site-footer');
      expect(footer.find('a').filter((_, a) => $(a).text() === '网站地图'), file).toHaveLength(1);
      expect(footer.find(`a[href="${ICP_RECORD_URL}"]`).length, file).toBe(site.icp ? 1 : 0);
      expect(footer.find('a[href^="https://beian.mps.gov.cn/"]').length, file).toBe(site.publicSecurity ? 1 : 0);
      expect(footer.find('a.error-report').length, file).toBe(site.siteCode ? 1 : 0);
      expect(footer.find('.conac-mark img').length, file).toBe(site.conac.id && site.conac.image ? 1 : 0);
      expect(footer.text().includes('主办单位'), file).toBe(site.sponsor !== '');
      expect(footer.text().includes('网站标识码'), file).toBe(site.siteCode !== '');
      expect(footer.find('.footer-sample').length, file).toBe(site.sample ? 1 : 0);
    }
  });

  it('lists every published entry in the site map', () => {
    const $ = readPage('sitemap/index.html');
    const { entries } = readEntries({ root });
    const paths = entries
      .filter((e) => ['notices', 'cases', 'bulletins', 'compilations', 'documents', 'datasets'].includes(e.collection))
      .map((e) => (e.collection === 'datasets' ? `/data/${e.id}/` : entryPath(e.collection, e.id)));
    const missing = paths.filter((p) => $(`main a[href="${p}"]`).length === 0 || !existsSync(path.join(dist, p, 'index.html')));
    expect(missing).toEqual([]);
  });

  it('leads the home page with every headline figure the settings choose, each with its period, unit, source words and data page', () => {
    const $ = readPage('index.html');
    const datasets = loadDatasets(path.join(root, 'content/datasets'));
    const shown = $('.headline-figures li').toArray().map((li) => $(li).text());
    const expected = site.headlines.map((spec) => headlineFigure(spec, datasets));
    expect(shown).toHaveLength(expected.length);
    expected.forEach((result, i) => {
      // The content check refuses a headline it cannot resolve, so every one has a figure.
      if (!('figure' in result)) throw new Error(result.problem);
      const { figure } = result;
      for (const part of [figure.period, figure.label, figure.value, figure.unit, 'phrase' in figure.source ? figure.source.phrase : figure.source.derived]) expect(shown[i]).toContain(part);
      expect($('.headline-figures li').eq(i).find(`a[href="${figure.path}"]`)).toHaveLength(1);
    });
  });

  it('draws QR codes only when the build knows its public address (SITE_URL)', () => {
    const withQr = files.filter((f) => readPage(f)('.page-qr').length > 0);
    if (configuredOrigin(process.env)) expect(withQr.length).toBeGreaterThan(0);
    else expect(withQr).toEqual([]);
  });
});
