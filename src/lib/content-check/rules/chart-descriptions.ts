import { isBodyComponent } from '../../safe-html/body-elements.ts';
import { jsxAttribute, walk } from '../body/parse-body.ts';
import { bodyPosition, type CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

/**
 * A chart placed in MDX is a JSX element whose name ends in `Chart` (e.g.
 * <DatasetChart id="…" description="…" />).
 * The datasets' own component is <DatasetChart id="…" />.
 */
export function isChartElement(name: string | null | undefined): boolean {
  return typeof name === 'string' && /^[A-Z]\w*Chart$/u.test(name);
}

/** A dataset's chart states its main finding in `finding` (src/schemas/datasets.ts). */
type ChartData = { finding?: unknown };

/** The charts a data entry declares: `chart: {…}` or `charts: [{…}]`, each with its finding. */
function chartsOf(data: Record<string, unknown> | undefined): { path: (string | number)[]; chart: ChartData }[] {
  if (!data) return [];
  const found: { path: (string | number)[]; chart: ChartData }[] = [];
  if (data.chart && typeof data.chart === 'object') found.push({ path: ['chart'], chart: data.chart as ChartData });
  if (Array.isArray(data.charts)) data.charts.forEach((chart, i) => found.push({ path: ['charts', i], chart: (chart ?? {}) as ChartData }));
  return found;
}

const described = (chart: ChartData) => typeof chart.finding === 'string' && chart.finding.trim() !== '';

/**
 * Every chart has a description: the main finding in words, which screen readers
 * read out and which stays when the chart cannot be seen. A chart element in a
 * body needs a non-empty `description` prop unless the dataset it shows (by `id`
 * or `dataset`) states its chart's finding; a data entry's own chart(s) need `finding`.
 */
export function chartDescriptions(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const describedDatasets = new Set(
    entries.filter((e) => chartsOf(e.data ?? e.parsed.data).some((c) => described(c.chart))).map((e) => e.id),
  );
  const knownDatasets = new Set(entries.filter((e) => e.collection === 'datasets').map((e) => e.id));
  for (const entry of entries) {
    for (const { path, chart } of chartsOf(entry.data ?? entry.parsed.data)) {
      if (described(chart)) continue;
      problems.push({
        file: entry.file,
        ...entry.parsed.locate(path),
        field: [...path, 'finding'].join('.'),
        label: '主要发现',
        message: '图表缺少说明（finding，主要发现）：请用一两句话写出图表的主要结论，如“2011年园区工业总产值3468.31亿元，超过3000亿元的目标”。',
        severity: 'error',
      });
    }
    const tree = entry.body?.tree;
    if (!tree) continue;
    walk(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      // An unknown component is reported once, by body-html.
      if (!isChartElement(node.name) || !isBodyComponent(node.name!)) return;
      const description = jsxAttribute(node, 'description');
      if (description === true || (typeof description === 'string' && description.trim() !== '')) return;
      const dataset = jsxAttribute(node, 'dataset') ?? jsxAttribute(node, 'id');
      if (typeof dataset === 'string' && describedDatasets.has(dataset)) return;
      // A chart without a dataset, or of one that does not exist, is reported once, by dataset-chart-ids.
      if (typeof dataset !== 'string' || !knownDatasets.has(dataset)) return;
      problems.push({
        file: entry.file,
        ...bodyPosition(entry, node.position?.start),
        field: '',
        label: '图表说明',
        message: `图表 <${node.name}> 缺少说明：请加上 description="…"，用一两句话写出图表的主要结论。`,
        severity: 'error',
      });
    });
  }
  return problems;
}
