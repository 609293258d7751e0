import type { Dataset } from '../../schemas/datasets.ts';
import { svgToPngCached } from '../png/svg-to-png.ts';
import { renderChart, type RenderedChart } from './render-chart.ts';

const charts = new Map<string, RenderedChart | undefined>();
const pngs = new Map<string, Promise<Buffer>>();

/**
 * A dataset's chart, rendered once per build: the data page, the SVG and PNG
 * downloads and any article that places the chart all share one rendering.
 */
export function chartFor(id: string, dataset: Dataset): RenderedChart | undefined {
  if (!charts.has(id)) charts.set(id, renderChart(dataset, id));
  return charts.get(id);
}

/** The chart's PNG at 2×, rendered once per build. */
export function chartPngFor(id: string, dataset: Dataset): Promise<Buffer> | undefined {
  const chart = chartFor(id, dataset);
  if (!chart) return undefined;
  if (!pngs.has(id)) pngs.set(id, svgToPngCached(chart.file));
  return pngs.get(id);
}
