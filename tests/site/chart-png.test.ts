import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderChart } from '../../src/lib/charts/render-chart.ts';
import { loadDatasets } from '../../src/lib/datasets/load.ts';
import { inkMask, inkOverlap, renderInChild } from '../helpers/png.ts';
import { dist, root } from '../helpers/paths.ts';

const charted = loadDatasets(path.join(root, 'content/datasets')).filter((d) => d.data.chart);

describe('chart PNGs in dist/', () => {
  let fresh: Buffer[];
  let textOnly: Buffer[];
  let tofu: Buffer[];
  beforeAll(() => {
    const svgs = charted.map((d) => renderChart(d.data, d.id)!.file);
    fresh = renderInChild(svgs, 'project');
    // Bars and grid lines are most of a chart's ink; compare the text alone.
    const texts = svgs.map((svg) => svg.replace(/<(path|rect|line|circle)\b[^>]*\/>/gu, ''));
    textOnly = renderInChild(texts, 'project');
    tofu = renderInChild(texts, 'none');
  });

  it.each(charted.map((d, i) => [d.id, i] as const))('%s is the SVG download at 2×, drawn with the project font, not boxes', async (id, i) => {
    const png = readFileSync(path.join(dist, 'data', `${id}.png`));
    const svg = readFileSync(path.join(dist, 'data', `${id}.svg`), 'utf8');
    const width = Number(/width="(\d+)"/u.exec(svg)![1]);
    expect((await sharp(png).metadata()).width).toBe(width * 2);
    expect(png.equals(fresh[i]!)).toBe(true);
    // With no font the labels turn into boxes; with the project font they are glyphs.
    const a = await inkMask(textOnly[i]!);
    const b = await inkMask(tofu[i]!);
    expect(a.ink.filter(Boolean).length).toBeGreaterThan(1000);
    expect(inkOverlap(a.ink, b.ink)).toBeLessThan(0.5);
  });
});
