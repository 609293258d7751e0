import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { issueArticles } from '../../src/lib/bulletins/articles.ts';
import { entryPath } from '../../src/lib/routes.ts';
import { builtOrigin } from '../helpers/site.ts';
import { siteEntries, sites } from '../helpers/sites.ts';

/**
 * The data package as its users' tools read it: the Frictionless reference JavaScript
 * library (npm `datapackage`) loads dist/data/datapackage.json as published and reads every
 * tabular resource against its schema (casting each value to its field's type), and the
 * catalogue lists every published document.
 */
describe.each(sites())('the $name site', (site) => {
  const ORIGIN = builtOrigin(site.outDir);
  const descriptor = path.join(site.outDir, 'data/datapackage.json');
  const entries = siteEntries(site).filter((e) => e.data);

  it('datapackage.json is a valid Data Package whose every table reads against its schema', async () => {
    const pkg = await Package.load(descriptor, { strict: true });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const tables = pkg.resources.filter((r) => r.descriptor.profile === 'tabular-data-resource');
    expect(tables.map((r) => r.name)).toContain('catalogue-csv');
    for (const resource of tables) {
      const rows = await resource.read({ keyed: true });
      expect(rows.length, resource.name).toBeGreaterThan(0);
      // Every CSV column is a field of the schema, in order (nothing left out, like a 来源文件 column).
      const headings = (parse(readFileSync(path.join(site.outDir, 'data', `${resource.name.replace(/-csv$/u, '')}.csv`), 'utf8'), { to_line: 1 }) as string[][])[0];
      expect(resource.descriptor.schema!.fields.map((f) => f.name), resource.name).toEqual(headings);
    }
  });

  describe('the catalogue', () => {
    const csv = parse(readFileSync(path.join(site.outDir, 'data/catalogue.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const json = JSON.parse(readFileSync(path.join(site.outDir, 'data/catalogue.json'), 'utf8')) as { records: Record<string, unknown>[] };
    const byId = new Map(csv.map((row) => [row['编号']!, row]));
    const published = entries.filter((e) => ['notices', 'documents', 'bulletins', 'compilations', 'cases', 'datasets'].includes(e.collection));

    it('lists every circular, register document, bulletin issue, compilation, case and dataset once, with its address and 示例 flag', () => {
      for (const e of published) {
        const row = byId.get(`${e.collection}/${e.id}`);
        expect(row, `${e.collection}/${e.id}`).toBeDefined();
        expect(row!['标题']).toContain(String(e.data!.title));
        expect(row!['示例']).toBe(e.data!.sample === true ? '是' : '否');
        const url = e.collection === 'datasets' ? `${ORIGIN}/data/${e.id}/` : `${ORIGIN}${entryPath(e.collection, e.id)}`;
        expect(decodeURI(row!['网址']!)).toBe(url);
      }
      expect(new Set(csv.map((r) => r['编号'])).size).toBe(csv.length);
    });

    it('lists every bulletin article as itself, linking to its own built page', () => {
      for (const e of published.filter((p) => p.collection === 'bulletins')) {
        for (const article of issueArticles(e.id, e.data as Parameters<typeof issueArticles>[1], e.parsed.body)) {
          const row = byId.get(`bulletins/${e.id}#${article.anchor}`);
          expect(row, article.anchor).toBeDefined();
          expect(row!['类型']).toBe('专刊文章');
          expect(row!['示例']).toBe(article.sample ? '是' : '否');
          expect(decodeURI(row!['网址']!)).toBe(`${ORIGIN}${article.path}`);
          expect(existsSync(path.join(site.outDir, article.path, 'index.html')), article.path).toBe(true);
        }
      }
    });

    it('gives each circular its 发文字号, 发文机关, dates and 正文状态 as the content states them', () => {
      for (const e of published.filter((p) => p.collection === 'notices')) {
        const row = byId.get(`notices/${e.id}`)!;
        // A fact declared unknown (unknown: in the frontmatter) is an empty cell, never a placeholder.
        expect(row['发文字号']).toBe(e.data!.docNumber ?? '');
        expect(row['发文机关']).toBe(e.data!.issuer);
        expect(row['成文日期']).toBe(e.data!.signedOn ?? '');
        expect(row['发布日期']).toBe(e.data!.publishedAt === undefined ? '' : String(e.data!.publishedAt).slice(0, 10));
        expect(row['正文状态']).toBe(e.data!.bodyStatus ?? '全文');
      }
    });

    it('the JSON holds the same records as the CSV', () => {
      expect(json.records.map((r) => r.id)).toEqual(csv.map((r) => r['编号']));
      expect(json.records.map((r) => r.sample)).toEqual(csv.map((r) => r['示例'] === '是'));
    });

    it('is linked from /data/', () => {
      const page = readFileSync(path.join(site.outDir, 'data/index.html'), 'utf8');
      expect(page).toContain('href="/data/catalogue.csv"');
      expect(page).toContain('href="/data/catalogue.json"');
    });
  });
});
