import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, squash } from '../helpers/site.ts';
import { noticeNamed, siteDatasets, siteEntries, sites } from '../helpers/sites.ts';

describe.each(sites())('the $name site', (site) => {
  const entries = siteEntries(site);
  const datasets = siteDatasets(site);
  const page = (url: string) => readPage(url, site.outDir);

  describe.each(datasets.map((d) => [d.id, d.data] as const))('the data page of %s', (id, data) => {
    const $ = page(`/data/${id}/`);
    const source = noticeNamed(entries, data.source);
    /** Every circular the values cite: the dataset's source and any a value names itself. */
    const cited = new Set([source.id, ...data.rows.flatMap((row) => Object.values(row.cite as Record<string, unknown>).flatMap((c) => (typeof c === 'object' && c && 'source' in c && typeof c.source === 'string' ? [noticeNamed(entries, c.source).id] : [])))]);

    it('carries no client JavaScript but the site’s reading preferences', () => {
      expect($('script').not('[src$="/scripts/reading.js"]').length).toBe(0);
      expect($('[onclick],[onload]').length).toBe(0);
    });

    it('shows the chart as an accessible image stating its finding, with the table beside it', () => {
      if (data.chart) {
        const svg = $('figure .chart svg');
        expect(svg.attr('role')).toBe('img');
        const [titleId, descId] = svg.attr('aria-labelledby')!.split(' ');
        expect($(`[id="${titleId}"]`).text()).toBe(data.chart.title);
        expect($(`[id="${descId}"]`).text()).toBe(data.chart.finding);
      }
      const rows = $('figure table tbody tr');
      expect(rows.length).toBe(data.rows.length);
    });

    it('marks derived values as derived', () => {
      const derived = data.rows.flatMap((row) => Object.values(row.cite as Record<string, unknown>).filter((c) => typeof c === 'object' && c !== null && 'derived' in c));
      expect($('td.derived').length).toBe(derived.length);
      expect($('.cite-list').text().match(/编者推算/gu)?.length ?? 0).toBe(derived.length);
    });

    it('quotes each source phrase and links to the section of the source document', () => {
      const phrases = $('.cite-list q').map((_, q) => $(q).text()).get();
      for (const row of data.rows) for (const cite of Object.values(row.cite as Record<string, unknown>)) if (typeof cite === 'string') expect(phrases).toContain(cite);
      const links = $('section[aria-labelledby="source-title"] > ul a').map((_, a) => $(a).attr('href')).get();
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) {
        const [target, anchor] = href.split('#');
        expect([...cited].map((n) => `/notices/${n}/`)).toContain(target);
        if (anchor !== undefined) expect(page(target!)(`[id="${decodeURIComponent(anchor)}"]`).length, href).toBe(1);
      }
    });

    it('gives a citation line and downloads that exist', () => {
      expect(squash($('.citation').text())).toContain(squash(source.name));
      const downloads = $('.downloads a').map((_, a) => $(a).attr('href')).get();
      expect(downloads.map((h) => path.extname(h))).toEqual(data.chart ? ['.xlsx', '.csv', '.json', '.svg', '.png'] : ['.xlsx', '.csv', '.json']);
      for (const href of downloads) expect(existsSync(path.join(site.outDir, href))).toBe(true);
    });
  });

  describe('the data catalogue', () => {
    const $ = page('/data/');
    it('lists every dataset', () => {
      expect($('.dataset-list > li').length).toBe(datasets.length);
      for (const d of datasets) expect($(`a[href="/data/${d.id}/"]`).length).toBe(1);
    });

    it('is in the site navigation', () => {
      expect(page('/')('nav[aria-label="主导航"] a[href="/data/"]').first().text()).toBe('数据');
    });
  });
});
