import { columnPlaces } from '../../datasets/format.ts';
import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

interface Column {
  key: string;
  label: string;
  type: 'number' | 'text';
  decimals?: number;
}

/**
 * The precision a figure is written with is the source's: a value written 20.0 in a column
 * published with no decimals would come out as 20 in the table and every download. YAML
 * reads 20.0 as 20, so this compares the text as written with the column's decimals and
 * asks for `decimals` on the column.
 */
export function datasetDecimals(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'datasets' || !entry.data) continue;
    const data = entry.data as { columns: Column[]; rows: Record<string, unknown>[] };
    for (const column of data.columns) {
      if (column.type !== 'number') continue;
      const places = columnPlaces(column, data.rows);
      data.rows.forEach((row, i) => {
        const value = row[column.key];
        const text = entry.parsed.written(['rows', i, column.key]);
        if (typeof value !== 'number' || !text || !/^[+-]?\d+(?:\.\d+)?$/u.test(text.trim())) return;
        const wanted = text.trim().split('.')[1]?.length ?? 0;
        if (wanted <= places) return;
        problems.push({
          file: entry.file,
          ...entry.parsed.locate(['rows', i, column.key]),
          field: `rows.${i}.${column.key}`,
          message: `第${i + 1}行“${column.label}”写作 ${text.trim()}，但这一列按 ${places} 位小数发布，会写成 ${value.toFixed(places)}，丢掉来源给出的精度。请在这一列上写 decimals: ${wanted}。`,
          severity: 'error',
        });
      });
    }
  }
  return problems;
}
