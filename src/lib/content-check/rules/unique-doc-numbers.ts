import { normalizeDocNumber } from '../../doc-number.ts';
import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

/**
 * Two documents may not share a 发文字号. The first file (by path) keeps it;
 * every other file that uses it gets a problem naming the first.
 */
export function uniqueDocNumbers(entries: CheckedEntry[]): Problem[] {
  const firstByNumber = new Map<string, CheckedEntry>();
  const problems: Problem[] = [];
  for (const entry of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const raw = entry.parsed.data.docNumber;
    if (typeof raw !== 'string') continue;
    const key = normalizeDocNumber(raw) ?? raw.trim();
    const first = firstByNumber.get(key);
    if (!first) {
      firstByNumber.set(key, entry);
      continue;
    }
    problems.push({
      file: entry.file,
      ...entry.parsed.locate(['docNumber']),
      field: 'docNumber',
      label: '发文字号',
      message: `发文字号“${raw.trim()}”已被 ${first.file} 使用；两份文件不能共用一个发文字号。请核对原件。`,
      severity: 'error',
    });
  }
  return problems;
}
