import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Dataset } from '../../schemas/datasets.ts';
import { citeDocument } from '../refs/cite.ts';
import { resolveCite } from './cite.ts';
import { columnHeading, columnPlaces } from './format.ts';

/** The source document a dataset cites, as the downloads and citation line name it. */
export interface SourceDocument {
  title: string;
  /** 发文字号, absent when the document's is declared unknown. */
  docNumber?: string;
  /** 发文机关 of the document, named in the citation. */
  issuer: string;
  /** Absolute or site-relative URL of the document's page. */
  url: string;
  /** 成文日期 of the source document: the date the figures were stated; absent when declared unknown. */
  signedOn?: string;
}

/**
 * What each tabular download holds, as its own notes (the XLSX's 说明 sheet, the JSON's `about`,
 * the resource's description in datapackage.json) say: a download's notes describe that download.
 */
export const DOWNLOAD_CONTENTS = {
  csv: 'UTF-8 纯文本表格（无字节顺序标记）：第一行为列名（带单位），数值不分组、按来源的小数位数写出，末列“来源文件”为每行数值出自的文件；不含原文短语。',
  xlsx: '工作表“数据”与 CSV 同列（数字为数字，文字为文字），工作表“说明”为来源、引用和统计口径；不含原文短语，每个数值的原文短语见 JSON 下载（各行 sources）和数据页“逐项出处”。',
  json: '数值、列说明（单位、小数位数）、每个数值的原文短语或推算式（各行 sources）、来源文件和引用。',
} as const;

/** The one-line citation of a dataset, e.g. for journalists: 来源：《…》（粤经信园区〔2012〕68号）. */
export function datasetCitation(dataset: Dataset, source: SourceDocument): string {
  return `${dataset.title}（${dataset.period}）。来源：${source.issuer}${citeDocument(source.title, source.docNumber)}，${source.url}`;
}

/** Plain values of a row in column order: numbers stay numbers, empty cells are null. */
function values(dataset: Dataset, row: Record<string, unknown>): (number | string | null)[] {
  return dataset.columns.map((c) => (row[c.key] === undefined || row[c.key] === null ? null : (row[c.key] as number | string)));
}

/** Heading of the last column of the CSV and XLSX: the document each row's figures come from. */
export const SOURCE_HEADING = '来源文件';

/** The documents a row cites (derived values cite none of their own), as 《标题》（发文字号）. */
function rowSource(dataset: Dataset, row: Record<string, unknown>, source: SourceDocument): string {
  const docs = new Set<string>();
  for (const c of dataset.columns) {
    const cite = resolveCite((row.cite as Record<string, never> | undefined)?.[c.key], dataset.source);
    if (cite && !('derived' in cite)) docs.add(cite.source === source.docNumber || cite.source === dataset.source ? citeDocument(source.title, source.docNumber) : cite.source);
  }
  return [...docs].join('；') || `由${citeDocument(source.title, source.docNumber)}的数值推算`;
}

/** The table every tabular download holds: headings with units, raw values, then the source of each row. */
export function downloadTable(dataset: Dataset, source: SourceDocument): (number | string | null)[][] {
  return [
    [...dataset.columns.map(columnHeading), SOURCE_HEADING],
    ...dataset.rows.map((row) => [...values(dataset, row), rowSource(dataset, row, source)]),
  ];
}

/** Each column's decimal places (the source's precision), in column order. */
function placesByColumn(dataset: Dataset): number[] {
  return dataset.columns.map((c) => columnPlaces(c, dataset.rows as Record<string, unknown>[]));
}

/**
 * CSV in UTF-8 without a byte order mark, as RFC 4180, the Frictionless readers and
 * data tools want it (the Frictionless JavaScript library reads a BOM into the first
 * heading): one header row (labels with units), the data rows with values ungrouped
 * (3468.31, not 3,468.31) but with each column's decimals as the source states them
 * (20.0, not 20), and a last column naming each row's source document. No text cell reads
 * as a date or number in a spreadsheet (the content check's dataset-spreadsheet-text rule), so
 * Excel, WPS and LibreOffice open it as written.
 */
export function datasetCsv(dataset: Dataset, source: SourceDocument): string {
  const places = placesByColumn(dataset);
  const records = downloadTable(dataset, source).map((record, r) => (r === 0 ? record : record.map((v, i) => (typeof v === 'number' ? v.toFixed(places[i]!) : v))));
  return stringify(records, { record_delimiter: '\r\n' });
}

/**
 * JSON text with each number written with its column's decimals (20.0, which JSON allows
 * and JSON.stringify would shorten to 20).
 */
function jsonWithDecimals(doc: unknown, places: Map<string, number>): string {
  const marks: string[] = [];
  const marked = JSON.stringify(
    doc,
    function (this: Record<string, unknown>, key, value) {
      // Only a row's own values: a row is the object that also holds its `sources`.
      if (typeof value === 'number' && places.has(key) && 'sources' in this) {
        marks.push(value.toFixed(places.get(key)!));
        return `\u0000${marks.length - 1}\u0000`;
      }
      return value;
    },
    2,
  );
  return marked.replace(/"\\u0000(\d+)\\u0000"/gu, (_, i: string) => marks[Number(i)]!);
}

/** Values plus metadata: columns with units, each row with its source phrases. */
export function datasetJson(dataset: Dataset, id: string, source: SourceDocument): string {
  const doc = {
    id,
    title: dataset.title,
    description: dataset.description,
    period: dataset.period,
    updated: dataset.updated,
    about: DOWNLOAD_CONTENTS.json,
    licence: dataset.licence,
    source: { title: source.title, docNumber: source.docNumber, signedOn: source.signedOn, url: source.url },
    citation: datasetCitation(dataset, source),
    notes: dataset.notes,
    columns: dataset.columns.map((c, i) => ({ key: c.key, label: c.label, type: c.type, ...(c.unit ? { unit: c.unit } : {}), ...(c.type === 'number' ? { decimals: placesByColumn(dataset)[i] } : {}) })),
    rows: dataset.rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const c of dataset.columns) out[c.key] = row[c.key] ?? null;
      const sources: Record<string, unknown> = {};
      for (const c of dataset.columns) {
        const cite = resolveCite((row.cite as Record<string, never> | undefined)?.[c.key], dataset.source);
        if (cite) sources[c.key] = 'derived' in cite ? { derived: cite.derived } : { phrase: cite.phrase, document: cite.source };
      }
      return { ...out, sources };
    }),
  };
  const places = new Map(dataset.columns.filter((c) => c.type === 'number').map((c) => [c.key, columnPlaces(c, dataset.rows as Record<string, unknown>[])]));
  return `${jsonWithDecimals(doc, places)}\n`;
}

/** A fixed moment for the workbook's metadata, so the same data gives the same file. */
function fixedDate(updated: string): Date {
  return new Date(`${updated}T00:00:00Z`);
}

/**
 * XLSX with two sheets: 数据 (headings with units, numbers as numbers) and 说明
 * (title, period, source, citation, notes). `creator` names the publishing site in the file's properties.
 */
export async function datasetXlsx(dataset: Dataset, source: SourceDocument, creator: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const when = fixedDate(dataset.updated);
  Object.assign(workbook, { creator, lastModifiedBy: creator, created: when, modified: when });
  const data = workbook.addWorksheet('数据');
  const [headings, ...rows] = downloadTable(dataset, source);
  data.addRow(headings!).font = { bold: true };
  for (const row of rows) data.addRow(row);
  // Numbers stay numbers; the cell format shows each column's decimals as the source states them.
  placesByColumn(dataset).forEach((places, i) => {
    if (dataset.columns[i]!.type === 'number') data.getColumn(i + 1).numFmt = places > 0 ? `0.${'0'.repeat(places)}` : '0';
  });
  data.columns.forEach((column, i) => {
    column.width = Math.min(60, Math.max(10, String(headings![i]).length * 2 + 2));
  });
  const about = workbook.addWorksheet('说明');
  for (const line of [
    ['标题', dataset.title],
    ['统计期', dataset.period],
    ['来源文件', citeDocument(source.title, source.docNumber)],
    ['来源网址', source.url],
    ['来源文件成文日期', source.signedOn ?? '不详'],
    ['引用', datasetCitation(dataset, source)],
    ['许可', dataset.licence],
    ['本站更新日期', dataset.updated],
    ['本文件', DOWNLOAD_CONTENTS.xlsx],
    ...dataset.notes.map((note, i) => [`说明${i + 1}`, note]),
  ]) about.addRow(line);
  about.getColumn(1).width = 18;
  about.getColumn(2).width = 100;
  // ExcelJS stamps each zip entry with the current time; re-pack with the dataset's date so builds are byte-identical.
  const packed = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const stable = new JSZip();
  for (const name of Object.keys(packed.files).sort()) {
    const entry = packed.files[name]!;
    if (!entry.dir) stable.file(name, await entry.async('uint8array'), { date: when, createFolders: false });
  }
  return stable.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
