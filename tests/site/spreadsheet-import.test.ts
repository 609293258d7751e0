/**
 * A journalist opens a CSV in a spreadsheet: LibreOffice Calc (headless `soffice`) imports every
 * dataset CSV and the catalogue CSV of each built site as its "Text Import" dialog would, with
 * 检测特殊数字 (detect special numbers) on, in English (US) and in Chinese (Simplified). Every text
 * cell must come back as the same text (2-4 is not 4 February, 007 is not 7) and every number as
 * the same number. One soffice process per language converts all the files to XLSX, which
 * ExcelJS reads with each cell's type.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_FIELDS, cataloguePaths } from '../../src/lib/catalogue/catalogue.ts';
import { spreadsheetReading } from '../../src/lib/datasets/spreadsheet-text.ts';
import { sites, type Site } from '../helpers/sites.ts';

/** LibreOffice's CSV import filter: comma, double quote, UTF-8 (76), from line 1, no column formats, language, quoted fields not forced to text, detect special numbers on. */
const filter = (language: number) => `CSV:44,34,76,1,,${language},false,true`;
const LANGUAGES = { 'en-US': 1033, 'zh-CN': 2052 } as const;

/** SOFFICE_PATH when set (a path that does not exist skips the test), else Debian's. */
const sofficePath = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const soffice = existsSync(sofficePath) ? sofficePath : undefined;
if (!soffice) {
  const why = `LibreOffice is not installed: no ${sofficePath} (Debian: apt-get install libreoffice-calc-nogui; or set SOFFICE_PATH)`;
  if (process.env.CI) throw new Error(`spreadsheet-import.test.ts: ${why}.`);
  console.warn(`Skipping spreadsheet-import.test.ts: ${why}.`);
}

/** A CSV of a built site, its Table Schema field types (from the site's datapackage.json), and its copy's name for soffice. */
interface CsvFile {
  site: Site;
  name: string;
  types: string[];
  copy: string;
}

function csvFiles(site: Site, index: number): CsvFile[] {
  const pkg = JSON.parse(readFileSync(path.join(site.outDir, 'data', 'datapackage.json'), 'utf8')) as { resources: { path: string; format: string; schema?: { fields: { type: string }[] } }[] };
  return pkg.resources
    .filter((r) => r.format === 'csv')
    .map((r) => ({ site, name: r.path, types: r.schema!.fields.map((f) => f.type), copy: `s${index}-${path.basename(r.path)}` }));
}

/** A cell's value; text that LibreOffice wrote in runs of two fonts (Chinese and Latin) as one string. */
function plain(value: ExcelJS.CellValue): unknown {
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  return value ?? null;
}

const files = soffice ? sites().flatMap(csvFiles) : [];
const work = mkdtempSync(path.join(tmpdir(), 'szy-spreadsheet-'));
/** Cell values by language, then by the copy's name: row by row, as ExcelJS reads the converted workbook. */
const imported = new Map<string, Map<string, unknown[][]>>();

beforeAll(async () => {
  if (!soffice) return;
  const input = path.join(work, 'csv');
  mkdirSync(input);
  for (const f of files) copyFileSync(path.join(f.site.outDir, 'data', f.name), path.join(input, f.copy));
  for (const [language, code] of Object.entries(LANGUAGES)) {
    const out = path.join(work, language);
    // A profile of its own: another soffice running on the machine would otherwise take the conversion over.
    const run = spawnSync(soffice, [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', `--infilter=${filter(code)}`, '--convert-to', 'xlsx', '--outdir', out, ...files.map((f) => path.join(input, f.copy))], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (run.status !== 0) throw new Error(`soffice failed (${language}):\n${run.stderr}`);
    const byFile = new Map<string, unknown[][]>();
    for (const name of readdirSync(out)) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(out, name));
      const rows: unknown[][] = [];
      workbook.worksheets[0]!.eachRow({ includeEmpty: true }, (row, r) => {
        rows[r - 1] = Array.from({ length: row.cellCount }, (_, c) => plain(row.getCell(c + 1).value));
      });
      byFile.set(name.replace(/\.xlsx$/u, '.csv'), rows);
    }
    imported.set(language, byFile);
  }
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The catalogue's date columns: 成文日期 and 发布日期 hold a full date, a month or a year as the
 * content gives it; a spreadsheet may make the full date a date and the year a number, of the same value.
 */
const dateHeadings = new Set(CATALOGUE_FIELDS.filter((f) => f.key === 'signedOn' || f.key === 'date').map((f) => f.heading));

/**
 * Why a cell did not come back as written (undefined when it did): text as the same text, a
 * number as the same number; in the catalogue's date columns a full date may become that date
 * and a year that number.
 */
function changed(written: string, type: string, heading: string, cell: unknown): string | undefined {
  if (written === '') return cell === null || cell === '' ? undefined : `empty became ${JSON.stringify(cell)}`;
  if (type === 'number') return cell === Number(written) ? undefined : `number ${written} became ${JSON.stringify(cell)}`;
  if (cell === written) return undefined;
  if (dateHeadings.has(heading)) {
    if (/^\d{4}-\d{2}-\d{2}$/u.test(written) && cell instanceof Date && cell.toISOString().slice(0, 10) === written) return undefined;
    if (/^\d{4}$/u.test(written) && cell === Number(written)) return undefined;
  }
  return `text ${JSON.stringify(written)} became ${cell instanceof Date ? `the date ${cell.toISOString()}` : `${typeof cell} ${JSON.stringify(cell)}`}`;
}

(soffice ? describe : describe.skip).each(Object.keys(LANGUAGES))('LibreOffice Calc importing each CSV in %s, detect special numbers on', (language) => {
  describe.each(sites().map((site) => [site.name, site] as const))('the %s site', (_name, site) => {
    it.each(files.filter((f) => f.site.name === site.name).map((f) => [f.name, f] as const))('%s: every cell comes back as written, text as text', (name, f) => {
      const [header, ...rows] = parse(readFileSync(path.join(site.outDir, 'data', name), 'utf8')) as string[][];
      const cells = imported.get(language)!.get(f.copy)!;
      expect(cells, `soffice converted no ${f.copy}`).toBeDefined();
      expect(cells.length).toBe(rows.length + 1);
      expect(cells[0]).toEqual(header);
      const isCatalogue = name === path.basename(cataloguePaths.csv);
      const problems = rows.flatMap((row, r) =>
        row.flatMap((written, c) => {
          const why = changed(written, f.types[c]!, header![c]!, cells[r + 1]![c] ?? null);
          // The catalogue copies titles and names as the content gives them, and only a dataset's text is held
          // to forms a spreadsheet keeps (the content check): a title written 78242 may become a number there.
          // Any other cell, and every cell of a dataset, must come back as written.
          if (!why || (isCatalogue && spreadsheetReading(written))) return [];
          return [`row ${r + 2}, ${header![c]}: ${why}`];
        }),
      );
      expect(problems).toEqual([]);
    });
  });
});
