import type { Dataset } from '../../schemas/datasets.ts';
import { resolveCite } from './cite.ts';
import { columnPlaces, formatNumber } from './format.ts';
import { datasetPaths } from './paths.ts';

/** A headline figure as content/site.yaml names it: one cell of a dataset. */
export interface HeadlineSpec {
  /** The dataset's id. */
  dataset: string;
  /** The row, by the text of the dataset's first column. */
  row: string;
  /** The column's key. */
  column: string;
  /** What the home page calls the figure; the row's text when empty. */
  label?: string;
}

/** A headline figure ready to print, with everything a reader needs to trust it. */
export interface HeadlineFigure {
  label: string;
  /** The value as the site prints it (3,468.31). */
  value: string;
  unit: string;
  /** 统计期, e.g. 2011年. */
  period: string;
  /** The source document's words that state the value, or how it was derived. */
  source: { phrase: string } | { derived: string };
  /** The dataset's page (before withBase). */
  path: string;
}

/**
 * Resolves a headline figure against the datasets, or says in Chinese (for the content check)
 * why it cannot lead the home page: an unknown dataset, row or column, a column that is not a
 * number, a value with no source, or a sample dataset (its figures never enter statistics).
 * @example headlineFigure({ dataset: 'd', row: '税收', column: 'actual' }, datasets)
 * // { figure: { label: '税收', value: '137.39', unit: '亿元', period: '2011年', … } }
 */
export function headlineFigure(spec: HeadlineSpec, datasets: readonly { id: string; data: Dataset }[]): { figure: HeadlineFigure } | { problem: string } {
  const found = datasets.find((d) => d.id === spec.dataset);
  if (!found) return { problem: `数据集“${spec.dataset}”不存在：可用的有 ${datasets.map((d) => d.id).join('、') || '（无）'}。` };
  const { data } = found;
  if (data.sample) return { problem: `数据集“${spec.dataset}”是示例（sample: true）：示例数字不能作为首页重点数据。` };
  const column = data.columns.find((c) => c.key === spec.column);
  if (!column || column.type !== 'number') {
    const numeric = data.columns.filter((c) => c.type === 'number').map((c) => `${c.key}（${c.label}）`);
    return { problem: `数据集“${spec.dataset}”没有数值列“${spec.column}”：可用的有 ${numeric.join('、')}。` };
  }
  const first = data.columns[0]!.key;
  const rows = data.rows as Record<string, unknown>[];
  const row = rows.find((r) => String(r[first]) === spec.row);
  if (!row) return { problem: `数据集“${spec.dataset}”没有“${spec.row}”这一行：可用的有 ${rows.map((r) => String(r[first])).join('、')}。` };
  const value = row[column.key];
  const cite = resolveCite((row.cite as Record<string, never> | undefined)?.[column.key], data.source);
  if (typeof value !== 'number' || !cite) return { problem: `数据集“${spec.dataset}”的“${spec.row}”没有${column.label}的数值或出处。` };
  return {
    figure: {
      label: spec.label || spec.row,
      value: formatNumber(value, columnPlaces(column, rows)),
      unit: column.unit ?? '',
      period: data.period,
      source: 'derived' in cite ? { derived: cite.derived } : { phrase: cite.phrase },
      path: datasetPaths(found.id).page,
    },
  };
}
