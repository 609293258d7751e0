import { noticePath } from '../notices/notices.ts';
import { withBase } from '../url.ts';
import { datasetPaths } from './paths.ts';
import type { TableCell } from './table.ts';

/** A download a dataset's page offers: its path (before withBase), format and what it holds. */
export interface DownloadLink {
  href: string;
  label: string;
  note: string;
}

/**
 * The downloads of a dataset's page, in order: the table in three forms (the workbook first, for
 * spreadsheets), then the chart's two (when it has a chart).
 */
export function datasetDownloads(id: string, hasChart: boolean): DownloadLink[] {
  const paths = datasetPaths(id);
  return [
    { href: paths.xlsx, label: 'XLSX', note: '用 Excel、WPS 打开请选这个：数字为数字，含“说明”工作表（来源、引用、统计口径）' },
    { href: paths.csv, label: 'CSV', note: 'UTF-8 纯文本，供数据工具读取；在 Excel、WPS 中请经“数据 → 从文本/CSV”导入并选 UTF-8 编码' },
    { href: paths.json, label: 'JSON', note: '数值、单位与逐项出处（原文短语）' },
    ...(hasChart ? [{ href: paths.svg, label: 'SVG', note: '图表矢量图' }, { href: paths.png, label: 'PNG', note: '图表图片（2倍分辨率）' }] : []),
  ];
}

/** A cell of the table that states where its value comes from, as 逐项出处 lists it. */
export interface CitedCell {
  /** Row number, from 1. */
  row: number;
  heading: string;
  text: string;
  source: string;
  derived: boolean;
}

/**
 * Every cell of a dataset's table that has a source, row by row, left to right.
 * @example citedCells({ headings: ['产值'], rows: [[{ text: '1.0', source: '产值1.0亿元' }]] })
 * // [{ row: 1, heading: '产值', text: '1.0', source: '产值1.0亿元', derived: false }]
 */
export function citedCells(table: { headings: readonly string[]; rows: readonly (readonly TableCell[])[] }): CitedCell[] {
  return table.rows.flatMap((cells, r) =>
    cells.flatMap((cell, c) => (cell.source ? [{ row: r + 1, heading: table.headings[c]!, text: cell.text, source: cell.source, derived: cell.derived === true }] : [])),
  );
}

/** The source circular's address in a citation: absolute where the site's origin is configured, else the path on the site. */
export function sourceAddress(noticeId: string, origin: string | undefined, base?: string): string {
  const path = withBase(noticePath(noticeId), base);
  return origin ? new URL(path, `${origin}/`).href : path;
}

/** The year a statistical period names (统计期 “2011年” → "2011"), for the year filter. */
export function periodYear(period: string): string | undefined {
  return /\d{4}/u.exec(period)?.[0];
}
