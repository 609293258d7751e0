import path from 'node:path';
import { jsxAttribute, walk } from '../body/parse-body.ts';
import { bodyPosition, type CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

/**
 * A body may place a dataset's chart with <DatasetChart id="…" /> (in any collection with
 * bodies): the id must be written as a quoted text (spaces around = are MDX too) and name a
 * dataset, or the build stops here with the file, line and the ids that exist.
 */
export function datasetChartIds(entries: CheckedEntry[]): Problem[] {
  const ids = new Set(entries.filter((e) => e.collection === 'datasets').map((e) => path.basename(e.file).replace(/\.ya?ml$/u, '')));
  const existing = `现有数据集：${[...ids].sort().join('、') || '（无）'}。`;
  const problems: Problem[] = [];
  for (const entry of entries) {
    const tree = entry.body?.tree;
    if (!tree) continue;
    walk(tree, (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'DatasetChart') return;
      const id = jsxAttribute(node, 'id');
      let message: string | undefined;
      if (id === undefined || id === '') message = `<DatasetChart /> 缺少数据集 id：请写成 <DatasetChart id="数据集id" />。${existing}`;
      else if (id === true) message = `<DatasetChart id={…}> 的 id 是表达式，无法检查：请写成带英文双引号的 id，如 <DatasetChart id="firms-2011" />。`;
      else if (!ids.has(id)) message = `<DatasetChart id="${id}" /> 引用的数据集不存在。${existing}`;
      if (message) problems.push({ file: entry.file, ...bodyPosition(entry, node.position?.start), field: '', label: '图表', message, severity: 'error' });
    });
  }
  return problems;
}
