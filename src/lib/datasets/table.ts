import type { Dataset } from '../../schemas/datasets.ts';
import { resolveCite } from './cite.ts';
import { columnHeading, columnPlaces, formatNumber } from './format.ts';

/** A cell as pages print it, with its source. */
export interface TableCell {
  text: string;
  /** The exact source phrase, or the derivation ("推算：20.0 − 7.4"). */
  source?: string;
  derived?: boolean;
}

/** A dataset as the table beside its chart shows it: headings with units, formatted cells. */
export function datasetTable(dataset: Dataset): { headings: string[]; rows: TableCell[][] } {
  const rows = dataset.rows as Record<string, unknown>[];
  return {
    headings: dataset.columns.map(columnHeading),
    rows: rows.map((row) =>
      dataset.columns.map((column) => {
        const value = row[column.key];
        const text = typeof value === 'number' ? formatNumber(value, columnPlaces(column, rows)) : typeof value === 'string' ? value : '—';
        const cite = resolveCite((row.cite as Record<string, never> | undefined)?.[column.key], dataset.source);
        if (!cite || value === undefined || value === null) return { text };
        if ('derived' in cite) return { text, derived: true, source: `推算：${cite.derived.replace(/-/gu, '−')}` };
        return { text, source: cite.phrase };
      }),
    ),
  };
}
