import { decimals, evaluateDerived, derivationHolds } from './derive.ts';
import { isMonth } from './schedule.ts';

interface Column {
  key: string;
  label: string;
  type: 'number' | 'text';
  unit?: string;
  optional: boolean;
  cited?: boolean;
  decimals?: number;
}

/** One problem in a dataset's rows, with the path of the cell it concerns. */
export interface RowIssue {
  path: (string | number)[];
  message: string;
  /** The corrected value, where it can be told (改为). */
  params?: { suggestion: string };
}

/** Whether values of this column must cite a source. */
export function needsCite(column: Pick<Column, 'type' | 'cited'>): boolean {
  return column.cited ?? column.type === 'number';
}

/**
 * Checks each row against the declared columns: every cell has its column's type,
 * required cells are present, unknown keys are refused, each cited cell has a cite
 * (a phrase or a derivation) and each derivation adds up. Messages name the row
 * (1-based, as editors count) and the column by its label. A timeline (gantt) chart's
 * start and end months are months of the year, the start not after the end.
 */
export function checkRows(columns: readonly Column[], rows: readonly Record<string, unknown>[], chart?: { kind: string; fields: Record<string, string> }): RowIssue[] {
  const issues: RowIssue[] = [];
  const byKey = new Map(columns.map((c) => [c.key, c]));
  rows.forEach((row, i) => {
    const where = `第${i + 1}行`;
    for (const key of Object.keys(row)) {
      if (key !== 'cite' && !byKey.has(key)) issues.push({ path: ['rows', i, key], message: `${where}有未声明的列“${key}”；可用的列：${columns.map((c) => c.key).join('、')}。` });
    }
    const cite = (row.cite ?? {}) as Record<string, unknown>;
    if (typeof cite !== 'object' || Array.isArray(cite)) {
      issues.push({ path: ['rows', i, 'cite'], message: `${where}的 cite 应为“列名: 原文短语”的映射。` });
      return;
    }
    for (const [key, entry] of Object.entries(cite)) {
      const ok =
        (typeof entry === 'string' && entry.trim() !== '') ||
        (typeof entry === 'object' && entry !== null && (typeof (entry as { phrase?: unknown }).phrase === 'string' || typeof (entry as { derived?: unknown }).derived === 'string'));
      if (!byKey.has(key)) issues.push({ path: ['rows', i, 'cite', key], message: `${where}的 cite 写了未声明的列“${key}”。` });
      else if (!ok) issues.push({ path: ['rows', i, 'cite', key], message: `${where}的 cite.${key} 应为原文短语（文字），或 { derived: 推算式 }，这里是 ${JSON.stringify(entry)}。` });
    }
    for (const column of columns) {
      const value = row[column.key];
      const name = `${where}“${column.label}”（${column.key}）`;
      if (value === undefined || value === null) {
        if (!column.optional) issues.push({ path: ['rows', i, column.key], message: `${name}缺少数值；此列不可空。` });
        continue;
      }
      if (column.type === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) {
        // A number in quotes ("3468.31") is text to YAML: the fix is the quotes, not the unit.
        const quoted = typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/u.test(value);
        const fix = quoted ? `去掉引号，写成 ${value.trim()}：加了引号的数字是文字。` : '不要把单位写进数值。';
        issues.push({ path: ['rows', i, column.key], message: `${name}应为数字${column.unit ? `（单位：${column.unit}）` : ''}，这里是 ${JSON.stringify(value)}。${fix}`, ...(quoted ? { params: { suggestion: value.trim() } } : {}) });
        continue;
      }
      if (column.type === 'number' && column.decimals !== undefined && decimals(value as number) > column.decimals) {
        issues.push({
          path: ['rows', i, column.key],
          message: `${name}是 ${value}，比这一列的小数位数 decimals: ${column.decimals} 多；发布时会被四舍五入，改动了来源的数字。请按来源核对数值，或改正 decimals。`,
        });
      }
      if (column.type === 'text' && typeof value !== 'string') {
        issues.push({ path: ['rows', i, column.key], message: `${name}应为文字，这里是 ${JSON.stringify(value)}。` });
        continue;
      }
      if (!needsCite(column)) continue;
      const source = cite[column.key];
      if (source === undefined) {
        issues.push({ path: ['rows', i, column.key], message: `${name}的数值 ${String(value)} 没有注明出处：请在 cite.${column.key} 中写出来源文件中陈述它的原文短语。` });
        continue;
      }
      if (typeof source === 'object' && source !== null && typeof (source as { derived?: unknown }).derived === 'string') {
        const result = evaluateDerived(String((source as { derived: unknown }).derived), row);
        if (result.error) issues.push({ path: ['rows', i, 'cite', column.key], message: `${name}：${result.error}` });
        else if (typeof value === 'number' && !derivationHolds(value, result.value!)) {
          issues.push({ path: ['rows', i, column.key], message: `${name}的推算值 ${value} 与推算式“${String((source as { derived: unknown }).derived)}”的结果 ${result.value} 不符。` });
        }
      }
    }
  });
  for (const [role, key] of Object.entries(chart?.fields ?? {})) {
    if (!byKey.has(key)) issues.push({ path: ['chart', 'fields', role], message: `图表字段 ${role} 指向的列“${key}”不存在。` });
  }
  if (chart?.kind === 'gantt') issues.push(...checkMonths(rows, chart.fields));
  return issues;
}

/** A gantt's start and end cells: months 1–12 (or both empty), the start not after the end. */
function checkMonths(rows: readonly Record<string, unknown>[], fields: Record<string, string>): RowIssue[] {
  const { start, end } = fields;
  if (!start || !end) return [];
  const issues: RowIssue[] = [];
  rows.forEach((row, i) => {
    const [from, to] = [row[start], row[end]];
    if ((from === undefined || from === null) && (to === undefined || to === null)) return;
    const path = ['rows', i, isMonth(from) ? end : start];
    if (!isMonth(from) || !isMonth(to)) issues.push({ path, message: `第${i + 1}行的开始月份、结束月份应同为 1 到 12 的整数（或同时留空），这里是 ${String(from)}、${String(to)}。` });
    else if (from > to) issues.push({ path, message: `第${i + 1}行的开始月份 ${from} 晚于结束月份 ${to}；请按来源核对。` });
  });
  return issues;
}
