import * as Plot from '@observablehq/plot';
import type { Dataset } from '../../schemas/datasets.ts';
import { columnDecimals, columnHeading, formatNumber } from '../datasets/format.ts';
import { rowSchedule } from '../datasets/schedule.ts';
import { textWidthEm, wrapLabel } from './wrap.ts';

/** Font size of chart text in px; margins for wrapped labels are counted in it. */
export const FONT_SIZE = 12;
/** Width of every chart in px on wide screens. */
export const WIDTH = 640;
/**
 * Width of the narrow layout, drawn for phones (a 320 px screen less the page's padding): the
 * same marks with shorter label lines and tighter margins, so every value and label stays
 * readable at FONT_SIZE instead of the wide chart being scaled down or scrolled.
 */
export const NARROW_WIDTH = 288;

/** The layouts a chart is drawn in; the stylesheet shows one by the screen's width, with no script. */
export type ChartLayout = 'wide' | 'narrow';

/** Label line lengths (em) and right margins (px, room for a bar's value) of each layout. */
const LAYOUTS = {
  wide: { width: WIDTH, marginRight: 70, targetEm: 10, barEm: 8, magnitudeEm: 7, taskEm: 16 },
  narrow: { width: NARROW_WIDTH, marginRight: 56, targetEm: 5, barEm: 5, magnitudeEm: 5, taskEm: 6 },
} as const;

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11 for graphics). */
const INK = '#1f4e79';
const MUTED = '#8a6d00';

type PlotOptions = Plot.PlotOptions;
type Row = Record<string, unknown>;

function marginFor(labels: readonly string[], maxEm: number): number {
  const widest = Math.max(...labels.flatMap((l) => wrapLabel(l, maxEm)).map(textWidthEm));
  return Math.ceil(widest * FONT_SIZE) + 12;
}

/** A row's height in px: at least `min`, and room for its label's wrapped lines. */
function rowHeight(labels: readonly string[], maxEm: number, min: number): number {
  const lines = Math.max(1, ...labels.map((l) => wrapLabel(l, maxEm).length));
  return Math.max(min, Math.ceil(lines * FONT_SIZE * 1.2 + 10));
}

function wrapped(maxEm: number) {
  return (label: string) => wrapLabel(label, maxEm).join('\n');
}

/**
 * The Plot specifications (one per panel) for a dataset's chart. Scales, axes and
 * ticks are Plot's; this only maps columns to marks and wraps Chinese labels.
 */
export function chartPanels(dataset: Dataset, layout: ChartLayout = 'wide'): PlotOptions[] {
  const sizes = LAYOUTS[layout];
  const chart = dataset.chart;
  if (!chart) return [];
  const f = chart.fields;
  const rows = dataset.rows as Row[];
  const column = (key: string) => dataset.columns.find((c) => c.key === key)!;
  const fmt = (key: string) => {
    const places = columnDecimals(rows, key);
    const unit = column(key).unit ?? '';
    return (d: Row) => `${formatNumber(d[key] as number, places)}${unit === '%' ? '%' : ''}`;
  };
  // marginBottom 40: room for the x-axis label below the tick labels, which would otherwise touch at the left end.
  const base = { width: sizes.width, marginRight: sizes.marginRight, marginBottom: 40 } satisfies PlotOptions;

  switch (chart.kind) {
    case 'actual-vs-target': {
      const series = [column(f.target!).label, column(f.value!).label];
      const marginLeft = marginFor(series, sizes.targetEm);
      return rows.map((row) => {
        const bars = [
          { series: series[0], value: row[f.target!] as number, kind: 'target', places: columnDecimals(rows, f.target!) },
          { series: series[1], value: row[f.value!] as number, kind: 'actual', places: columnDecimals(rows, f.value!) },
        ];
        return {
          ...base,
          height: 120,
          marginLeft,
          x: { label: `${String(row[f.label!])}（${column(f.value!).unit ?? ''}）`, labelAnchor: 'left', grid: true, nice: true },
          y: { label: null, domain: series, tickFormat: wrapped(sizes.targetEm) },
          marks: [
            Plot.barX(bars, { x: 'value', y: 'series', fill: (d) => (d.kind === 'actual' ? INK : MUTED) }),
            Plot.text(bars, { x: 'value', y: 'series', text: (d) => formatNumber(d.value, d.places), textAnchor: 'start', dx: 4 }),
            Plot.ruleX([0]),
          ],
        };
      });
    }
    case 'compare-to-reference':
    case 'bars': {
      const labels = rows.map((r) => String(r[f.label!]));
      const reference = chart.kind === 'compare-to-reference' ? (rows[0]![f.reference!] as number) : undefined;
      const places = columnDecimals(rows, f.value!);
      return [
        {
          ...base,
          height: 50 + rows.length * rowHeight(labels, sizes.barEm, 40),
          marginLeft: marginFor(labels, sizes.barEm),
          x: { label: columnHeading(column(f.value!)), labelAnchor: 'left', grid: true, nice: true },
          y: { label: null, domain: labels, tickFormat: wrapped(sizes.barEm) },
          marks: [
            Plot.barX(rows, { x: f.value!, y: f.label!, fill: INK }),
            Plot.text(rows, { x: f.value!, y: f.label!, text: fmt(f.value!), textAnchor: 'start', dx: 4 }),
            Plot.ruleX([0]),
            ...(reference === undefined
              ? []
              : [
                  Plot.ruleX([reference], { stroke: MUTED, strokeWidth: 2, strokeDasharray: '4 3' }),
                  Plot.text([reference], {
                    x: (d) => d,
                    frameAnchor: 'top',
                    dy: -8,
                    text: (d) => `${column(f.reference!).label} ${formatNumber(d, places)}%`,
                    fill: MUTED,
                  }),
                ]),
          ],
          marginTop: reference === undefined ? 20 : 30,
        },
      ];
    }
    case 'magnitudes': {
      const labels = rows.map((r) => String(r[f.label!]));
      const marginLeft = marginFor(labels, sizes.magnitudeEm);
      const sized = rows.filter((r) => typeof r[f.size!] === 'number');
      return [
        {
          ...base,
          height: 50 + rows.length * rowHeight(labels, sizes.magnitudeEm, 36),
          marginLeft,
          x: { label: columnHeading(column(f.count!)), labelAnchor: 'left', grid: true, nice: true },
          y: { label: null, domain: labels, tickFormat: wrapped(sizes.magnitudeEm) },
          marks: [
            Plot.barX(rows, { x: f.count!, y: f.label!, fill: INK }),
            Plot.text(rows, { x: f.count!, y: f.label!, text: fmt(f.count!), textAnchor: 'start', dx: 4 }),
            Plot.ruleX([0]),
          ],
        },
        {
          ...base,
          height: 50 + sized.length * rowHeight(labels, sizes.magnitudeEm, 36),
          marginLeft,
          x: { type: 'log', label: `${columnHeading(column(f.size!))}，对数刻度`, labelAnchor: 'left', grid: true, nice: true, ticks: 3, tickFormat: (d: number) => formatNumber(d, 0) },
          y: { label: null, domain: sized.map((r) => String(r[f.label!])), tickFormat: wrapped(sizes.magnitudeEm) },
          marks: [
            Plot.dot(sized, { x: f.size!, y: f.label!, fill: INK, r: 6, symbol: 'circle' }),
            Plot.text(sized, { x: f.size!, y: f.label!, text: fmt(f.size!), textAnchor: 'start', dx: 10 }),
          ],
        },
      ];
    }
    case 'gantt': {
      const months = Array.from({ length: 12 }, (_, i) => i + 1);
      const tasks = rows.map((r) => ({ key: String(r[f.order!]), label: `${String(r[f.order!])}. ${String(r[f.label!])}`, schedule: rowSchedule(r[f.start!], r[f.end!], r[f.schedule!]) }));
      const cells = tasks.flatMap((t) => (t.schedule.months ?? []).map((month) => ({ key: t.key, month })));
      const unscheduled = tasks.filter((t) => t.schedule.months === undefined);
      const labelOf = new Map(tasks.map((t) => [t.key, t.label]));
      const maxEm = sizes.taskEm;
      const lines = Math.max(...tasks.map((t) => wrapLabel(t.label, maxEm).length));
      return [
        {
          ...base,
          marginRight: 10,
          marginLeft: marginFor(tasks.map((t) => t.label), maxEm),
          marginTop: 30,
          height: Math.round(40 + tasks.length * (lines * FONT_SIZE * 1.2 + 8)),
          // Narrow: month numbers alone under a 月 label, since 12 × “10月” does not fit in 200 px.
          x: { domain: months, tickFormat: (m: number) => (layout === 'wide' ? `${m}月` : String(m)), axis: 'top', label: layout === 'wide' ? null : '月份', labelAnchor: 'left', padding: 0.02 },
          y: { domain: tasks.map((t) => t.key), tickFormat: (k: string) => wrapped(maxEm)(labelOf.get(k)!), label: null, padding: 0.25 },
          marks: [
            Plot.cell(cells, { x: 'month', y: 'key', fill: INK }),
            Plot.text(unscheduled, { x: () => 1, y: 'key', text: (t) => `${t.schedule.label || '未定'}（原文未定月份）`, textAnchor: 'start', dx: -18, fill: MUTED }),
          ],
        },
      ];
    }
  }
}
