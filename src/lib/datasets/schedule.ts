/** A row of a timeline (gantt) read as months of the year. */
export interface Schedule {
  /** What the chart prints for a row without months: the source's words, e.g. 按省工作安排. */
  label: string;
  /** The months it covers (1–12), or undefined when the source sets none. */
  months?: number[];
}

/** Whether a value is a month of the year, 1–12. */
export function isMonth(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 12;
}

/**
 * Reads a row of the key-tasks timeline: its start and end months when the source gives
 * months (“2-4” is start 2, end 4: February to April), else its words as printed —
 * 全年 is the whole year (the dataset's note: 1月至12月), anything else (按省工作安排)
 * names no months.
 * @example rowSchedule(3, 7, undefined).months // [3, 4, 5, 6, 7]
 * @example rowSchedule(undefined, undefined, '按省工作安排') // { label: '按省工作安排' }
 */
export function rowSchedule(start: unknown, end: unknown, words: unknown): Schedule {
  const label = typeof words === 'string' ? words : '';
  if (isMonth(start) && isMonth(end) && start <= end) return { label, months: Array.from({ length: end - start + 1 }, (_, i) => start + i) };
  if (label === '全年') return { label, months: Array.from({ length: 12 }, (_, i) => i + 1) };
  return { label };
}
