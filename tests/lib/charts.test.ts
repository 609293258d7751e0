import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/lib/charts/render-chart.ts';
import { textWidthEm, wrapLabel } from '../../src/lib/charts/wrap.ts';
import { loadDatasets } from '../../src/lib/datasets/load.ts';
import { fixtures, root } from '../helpers/paths.ts';

const charted = loadDatasets(path.join(root, 'content/datasets')).filter((d) => d.data.chart);

describe('chart SVGs (golden files; regenerate on purpose with scripts/update-chart-goldens.ts)', () => {
  it('covers the four required charts', () => {
    expect(charted.map((d) => d.data.chart!.kind).sort()).toEqual(expect.arrayContaining(['actual-vs-target', 'compare-to-reference', 'gantt', 'magnitudes']));
  });

  it.each(charted.map((d) => [d.id, d] as const))('%s renders exactly as its golden file', (id, d) => {
    const chart = renderChart(d.data, id)!;
    expect(chart.file).toBe(readFileSync(path.join(fixtures, 'charts', `${id}.svg`), 'utf8'));
    expect(`${chart.inline}\n`).toBe(readFileSync(path.join(fixtures, 'charts', `${id}.inline.svg`), 'utf8'));
    expect(`${chart.inlineNarrow}\n`).toBe(readFileSync(path.join(fixtures, 'charts', `${id}.narrow.svg`), 'utf8'));
  });

  it.each(charted.map((d) => [d.id, d] as const))('%s is the same on a second rendering', (id, d) => {
    expect(renderChart(d.data, id)!.file).toBe(renderChart(d.data, id)!.file);
  });

  it.each(charted.flatMap((d) => (['inline', 'inlineNarrow'] as const).map((form) => [d.id, form, d] as const)))('%s %s SVG is an accessible image with no style element', (id, form, d) => {
    const $ = cheerio.load(renderChart(d.data, id)![form], { xml: true });
    const svg = $('svg').first();
    expect(svg.attr('role')).toBe('img');
    const [titleId, descId] = svg.attr('aria-labelledby')!.split(' ');
    expect($(`#${titleId}`).text()).toBe(d.data.chart!.title);
    expect($(`#${descId}`).text()).toBe(d.data.chart!.finding);
    expect($('style').length).toBe(0);
    expect($('[style]').length).toBe(0);
  });

  it('labels every one of the 18 key tasks on the timeline, no line wider than its margin', () => {
    const tasks = charted.find((d) => d.id === 'key-tasks-2012')!;
    const $ = cheerio.load(renderChart(tasks.data, tasks.id)!.file, { xml: true });
    for (const row of tasks.data.rows) expect($.text()).toContain(`${String(row.seq)}. `);
    const labels = $('g[data-label="y-axis tick label"] text');
    expect(labels.length).toBe(18);
    labels.each((_, text) => {
      // Right-aligned at x, after the 6 px tick: each line must fit between the left edge and the tick.
      const x = Number(/translate\(([\d.]+)/u.exec($(text).attr('transform') ?? '')?.[1]);
      const lines = $(text).find('tspan').map((_i, el) => $(el).text()).get();
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(textWidthEm(line) * 12).toBeLessThanOrEqual(x - 6);
    });
  });
});

describe('wrapLabel', () => {
  it.each([
    ['配合做好第七届山洽会产业转移相关推介工作。', 8, ['配合做好第七届山', '洽会产业转移相关', '推介工作。']],
    ['组织开展2011年度考核', 6, ['组织开展', '2011年度考', '核']],
    ['短标签', 8, ['短标签']],
    ['一二三四五六七八，九', 8, ['一二三四五六七', '八，九']],
  ])('wraps %s at %i em', (text, width, lines) => {
    expect(wrapLabel(text, width)).toEqual(lines);
  });

  it.each([
    ['产业', 2],
    ['2011', 2.2],
    ['“双转移”', 5],
  ])('measures %s as %d em', (text, em) => {
    expect(textWidthEm(text)).toBeCloseTo(em);
  });
});
