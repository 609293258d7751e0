import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Dataset } from '../../schemas/datasets.ts';
import { FONT_FAMILY } from '../png/fonts.ts';
import { FONT_SIZE, NARROW_WIDTH, WIDTH, chartPanels, type ChartLayout } from './plot-panels.ts';

/** A chart rendered once: inline markup for pages and a standalone file for download/PNG. */
export interface RenderedChart {
  /** For inline use in HTML: role="img", <title> and <desc>, no <style> (strict CSP). */
  inline: string;
  /** The same chart drawn for a phone's width (NARROW_WIDTH), for inline use beside `inline`. */
  inlineNarrow: string;
  /** A standalone SVG file (xmlns, white background, the project's font named). */
  file: string;
  width: number;
  height: number;
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/**
 * Renders a dataset's chart to SVG on the server with Observable Plot over a
 * linkedom document. Panels (e.g. a linear and a log panel) are stacked in one
 * SVG with a title and a description stating the main finding.
 */
/** Plot's panels for one layout, stacked into one SVG body; returns the body and its height. */
function renderPanels(dataset: Dataset, layout: ChartLayout): { body: string; height: number } {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  let y = 0;
  const panels: string[] = [];
  for (const spec of chartPanels(dataset, layout)) {
    const svg = Plot.plot({ ...spec, document: document as unknown as Document }) as unknown as Element;
    // Plot's own <style> and attributes are replaced by the site's stylesheet (inline) or the file's own attributes.
    svg.querySelector('style')?.remove();
    for (const name of ['class', 'font-family', 'font-size', 'style']) svg.removeAttribute(name);
    // The whole chart is one image (role="img", named by its title and finding); Plot's aria-labels
    // on inner groups are not allowed on elements without a role, and would not be read anyway.
    // They stay as data-label, naming the parts for tests and stylesheets.
    for (const el of svg.querySelectorAll('[aria-label]')) {
      el.setAttribute('data-label', el.getAttribute('aria-label')!);
      el.removeAttribute('aria-label');
    }
    for (const el of svg.querySelectorAll('[aria-description]')) el.removeAttribute('aria-description');
    // Plot writes font-variant="tabular-nums" on axes: a CSS value, not one the SVG attribute takes
    // (the Nu checker refuses it); the site's stylesheet sets tabular figures for inline charts.
    for (const el of svg.querySelectorAll('[font-variant]')) el.removeAttribute('font-variant');
    svg.setAttribute('y', String(y));
    panels.push(svg.outerHTML);
    y += Number(svg.getAttribute('height'));
  }
  return { body: panels.join(''), height: y };
}

/**
 * Renders a dataset's chart to SVG on the server with Observable Plot over a
 * linkedom document. Panels (e.g. a linear and a log panel) are stacked in one
 * SVG with a title and a description stating the main finding. It is drawn twice,
 * for wide screens and for phones; the downloads are the wide one.
 */
export function renderChart(dataset: Dataset, id: string): RenderedChart | undefined {
  if (!dataset.chart) return undefined;
  const chart = dataset.chart;
  const { body, height } = renderPanels(dataset, 'wide');
  const svgOf = (width: number, panels: { body: string; height: number }, suffix: string, cls: string) => {
    const titleId = `chart-${id}${suffix}-title`;
    const descId = `chart-${id}${suffix}-desc`;
    const head = `<title id="${titleId}">${escapeXml(chart.title)}</title><desc id="${descId}">${escapeXml(chart.finding)}</desc>`;
    const attrs = `viewBox="0 0 ${width} ${panels.height}" width="${width}" height="${panels.height}" role="img" aria-labelledby="${titleId} ${descId}" fill="currentColor" font-size="${FONT_SIZE}" text-anchor="middle"`;
    return { head, attrs, inline: `<svg class="${cls}" ${attrs}>${head}${panels.body}</svg>` };
  };
  const wide = svgOf(WIDTH, { body, height }, '', 'chart-svg chart-wide');
  const narrow = svgOf(NARROW_WIDTH, renderPanels(dataset, 'narrow'), '-narrow', 'chart-svg chart-narrow');
  return {
    inline: wide.inline,
    inlineNarrow: narrow.inline,
    file: `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${wide.attrs} font-family="${FONT_FAMILY}" color="#1a1a1a">${wide.head}<rect width="100%" height="100%" fill="#ffffff"/>${body}</svg>\n`,
    width: WIDTH,
    height,
  };
}
