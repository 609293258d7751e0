import { decimals } from './derive.ts';

/** The decimal places a column is printed with: the most any of its values has (20.0 beside 14.8 prints as 20.0). */
export function columnDecimals(rows: readonly Record<string, unknown>[], key: string): number {
  return Math.max(0, ...rows.map((row) => (typeof row[key] === 'number' ? decimals(row[key]) : 0)));
}

/**
 * The decimal places a column's values are published with: as the column states them
 * (`decimals`, the source's precision), otherwise the most any of its values has.
 * @example columnPlaces({ key: 'growth', decimals: 1 }, [{ growth: 20 }]) // 1
 */
export function columnPlaces(column: { key: string; decimals?: number }, rows: readonly Record<string, unknown>[]): number {
  return column.decimals ?? columnDecimals(rows, column.key);
}

/**
 * A number as the site prints it: Chinese grouping (3,468.31), fixed decimals.
 * @example formatNumber(20, 1) // '20.0'
 */
export function formatNumber(value: number, places: number): string {
  return new Intl.NumberFormat('zh-CN', { minimumFractionDigits: places, maximumFractionDigits: places }).format(value);
}

/** A column heading with its unit, e.g. 2011年实际（亿元）. */
export function columnHeading(column: { label: string; unit?: string }): string {
  return column.unit ? `${column.label}（${column.unit}）` : column.label;
}
