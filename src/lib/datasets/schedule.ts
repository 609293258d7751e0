/** A 进度安排 cell read as months of the year. */
export interface Schedule {
  /** The cell as printed, e.g. 2-4, 全年, 按省工作安排. */
  label: string;
  /** The months it covers (1–12), or undefined when the source sets none. */
  months?: number[];
}

/**
 * Reads a 进度安排 cell of the key-tasks table: "2-4" is February to April,
 * 全年 the whole year; anything else (按省工作安排) names no months.
 * @example parseSchedule('3-7').months // [3, 4, 5, 6, 7]
 */
export function parseSchedule(label: string): Schedule {
  if (label === '全年') return { label, months: Array.from({ length: 12 }, (_, i) => i + 1) };
  const m = /^(\d{1,2})-(\d{1,2})$/u.exec(label);
  if (m) {
    const [start, end] = [Number(m[1]), Number(m[2])];
    if (start >= 1 && end <= 12 && start <= end) return { label, months: Array.from({ length: end - start + 1 }, (_, i) => start + i) };
  }
  return { label };
}
