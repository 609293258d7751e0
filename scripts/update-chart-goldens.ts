/**
 * Regenerates the golden chart SVGs in tests/fixtures/charts/ from content/datasets/.
 * Run it ON PURPOSE after changing a chart or a dataset, look at the diff, and commit:
 *   node scripts/update-chart-goldens.ts
 * CI never runs it: tests/lib/charts.test.ts compares fresh renderings against these files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderChart } from '../src/lib/charts/render-chart.ts';
import { loadDatasets } from '../src/lib/datasets/load.ts';

if (process.env.CI) {
  process.stderr.write('Golden files are regenerated only on purpose, never in CI.\n');
  process.exit(1);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'tests/fixtures/charts');
mkdirSync(out, { recursive: true });
for (const { id, data } of loadDatasets(path.join(root, 'content/datasets'))) {
  const chart = renderChart(data, id);
  if (!chart) continue;
  writeFileSync(path.join(out, `${id}.svg`), chart.file);
  writeFileSync(path.join(out, `${id}.inline.svg`), `${chart.inline}\n`);
  writeFileSync(path.join(out, `${id}.narrow.svg`), `${chart.inlineNarrow}\n`);
  process.stdout.write(`tests/fixtures/charts/${id}.svg\n`);
}
