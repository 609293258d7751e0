import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnHeading } from '../../src/lib/datasets/format.ts';
import { noticeNamed, siteDatasets, siteEntries, sites } from '../helpers/sites.ts';

// Values come from the YAML in each site's content/datasets/, read independently of the build;
// each download in the built site must give them back exactly, value by value.
const expectedRows = (d: ReturnType<typeof siteDatasets>[number]) => d.data.rows.map((row) => d.data.columns.map((c) => (row[c.key] as number | string | undefined) ?? null));

describe.each(sites())('the $name site', (site) => {
  const datasets = siteDatasets(site);
  const entries = siteEntries(site);
  const file = (name: string) => readFileSync(path.join(site.outDir, 'data', name));

  describe.each(datasets.map((d) => [d.id, d] as const))('downloads of %s', (id, d) => {
    const source = noticeNamed(entries, d.data.source);
    it('CSV is UTF-8 without a byte order mark and gives back every value', () => {
      const bytes = file(`${id}.csv`);
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parse(bytes.toString('utf8')) as string[][];
      expect(header).toEqual([...d.data.columns.map(columnHeading), '来源文件']);
      expect(rows).toHaveLength(d.data.rows.length);
      rows.forEach((cells, r) => {
        d.data.columns.forEach((c, i) => {
          const want = expectedRows(d)[r]![i];
          if (want === null) expect(cells[i]).toBe('');
          else if (c.type === 'number') expect(Number(cells[i])).toBe(want);
          else expect(cells[i]).toBe(want);
        });
        expect(cells.at(-1)).toContain(source.name);
      });
    });

    it('XLSX gives back every value, numbers as numbers, and names its source', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file(`${id}.xlsx`) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('数据')!;
      const read = (r: number) => d.data.columns.map((_c, i) => (sheet.getRow(r).getCell(i + 1).value as number | string | null) ?? null);
      expect(read(1)).toEqual(d.data.columns.map(columnHeading));
      d.data.rows.forEach((_row, r) => expect(read(r + 2)).toEqual(expectedRows(d)[r]));
      const about = workbook.getWorksheet('说明')!;
      const aboutText = about.getSheetValues().flat().join(' ');
      expect(aboutText).toContain(source.name);
      expect(aboutText).toContain(d.data.title);
    });

    it('XLSX and JSON carry the dates the content gives (never the build’s), and say what each file holds', async () => {
      const signedOn = entries.find((e) => e.collection === 'notices' && e.id === source.id)!.data!.signedOn as string | undefined;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file(`${id}.xlsx`) as unknown as ArrayBuffer);
      const about = new Map<string, unknown>();
      workbook.getWorksheet('说明')!.eachRow((row) => about.set(String(row.getCell(1).value), row.getCell(2).value));
      expect(about.get('本站更新日期')).toBe(d.data.updated);
      expect(about.get('来源文件成文日期')).toBe(signedOn ?? '不详');
      expect(workbook.modified?.toISOString()).toBe(`${d.data.updated}T00:00:00.000Z`);
      const json = JSON.parse(file(`${id}.json`).toString('utf8'));
      expect(json.updated).toBe(d.data.updated);
      expect(json.source.signedOn).toBe(signedOn);
      // Each file's own notes: the workbook sends readers to the JSON for the source phrases it lacks.
      expect(String(about.get('本文件'))).toContain('不含原文短语');
      expect(json.about).toContain('原文短语');
    });

    it('JSON gives back every value with units and the source phrase of each', () => {
      const json = JSON.parse(file(`${id}.json`).toString('utf8'));
      expect(json.source.docNumber).toBe(source.docNumber);
      expect(json.columns.map((c: { unit?: string }) => c.unit ?? null)).toEqual(d.data.columns.map((c) => c.unit ?? null));
      json.rows.forEach((row: Record<string, unknown>, r: number) => {
        expect(d.data.columns.map((c) => row[c.key])).toEqual(expectedRows(d)[r]);
        for (const [key, cite] of Object.entries(d.data.rows[r]!.cite as Record<string, unknown>)) {
          const got = (row.sources as Record<string, { phrase?: string; derived?: string }>)[key]!;
          if (typeof cite === 'string') expect(got.phrase).toBe(cite);
          else expect(got).toMatchObject(cite as object);
        }
      });
    });
  });

  describe('datapackage.json', () => {
    const pkg = JSON.parse(file('datapackage.json').toString('utf8'));
    it('describes a CSV, XLSX and JSON of every dataset (and SVG, PNG of a chart) and the catalogue, and every listed file exists beside it', () => {
      const names = pkg.resources.map((r: { name: string }) => r.name);
      expect(names.sort()).toEqual([...datasets.flatMap((d) => [...['csv', 'xlsx', 'json'], ...(d.data.chart ? ['svg', 'png'] : [])].map((ext) => `${d.id}-${ext}`)), 'catalogue-csv', 'catalogue-json'].sort());
      for (const resource of pkg.resources) expect(() => readFileSync(path.join(site.outDir, 'data', resource.path))).not.toThrow();
    });

    it.each(datasets.map((d) => [d.id, d] as const))('gives the CSV of %s its fields with units', (id, d) => {
      const csv = pkg.resources.find((r: { name: string }) => r.name === `${id}-csv`);
      expect(csv.encoding).toBe('utf-8');
      for (const c of d.data.columns) {
        expect(csv.schema.fields).toContainEqual(expect.objectContaining({ name: columnHeading(c), type: c.type === 'number' ? 'number' : 'string', ...(c.unit ? { unit: c.unit } : {}) }));
      }
    });
  });
});
