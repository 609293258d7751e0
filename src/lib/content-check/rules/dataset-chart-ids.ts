import path from 'node:path';
import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

/**
 * An article may place a dataset's chart with <DatasetChart id="…" />; an id that
 * names no dataset stops the build with the file, line and the ids that exist.
 */
export function datasetChartIds(entries: CheckedEntry[]): Problem[] {
  const ids = new Set(entries.filter((e) => e.collection === 'datasets').map((e) => path.basename(e.file).replace(/\.ya?ml$/u, '')));
  const problems: Problem[] = [];
  for (const entry of entries) {
    const body = entry.parsed.body;
    for (const m of body.matchAll(/<DatasetChart\s[^>]*?\bid=["']([^"']*)["']/gu)) {
      if (ids.has(m[1]!)) continue;
      const before = body.slice(0, m.index);
      const line = entry.parsed.bodyLine + (before.match(/\n/gu)?.length ?? 0);
      const column = m.index - before.lastIndexOf('\n');
      problems.push({
        file: entry.file,
        line,
        column,
        field: '',
        message: `<DatasetChart id="${m[1]}" /> 引用的数据集不存在。现有数据集：${[...ids].sort().join('、') || '（无）'}。`,
        severity: 'error',
      });
    }
  }
  return problems;
}
