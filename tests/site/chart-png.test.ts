import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderChart } from '../../src/lib/charts/render-chart.ts';
import { inkMask, inkOverlap, renderInChild } from '../helpers/png.ts';
import { siteDatasets, sites } from '../helpers/sites.ts';

describe.each(sites())('chart PNGs of the $name site', (site) => {
  const charted = siteDatasets(site).filter((d) => d.data.chart);

  let fresh: Buffer[];
  let textOnly: Buffer[];
  let tofu: Buffer[];
  beforeAll(() => {
    if (charted.length === 0) return;
    const svgs = charted.map((d) => renderChart(d.data, d.id)!.file);
    fresh = renderInChild(svgs, 'project');
    // Bars and grid lines are most of a chart's ink; compare the text alone.
    const texts = svgs.map((svg) => svg.replace(/<(path|rect|line|circle)\b[^>]*\/>/gu, ''));
    textOnly = renderInChild(texts, 'project');
    tofu = renderInChild(texts, 'none');
  });

  it('publishes a PNG and an SVG for every charted dataset, and for no other', () => {
    const files = readdirSync(path.join(site.outDir, 'data')).filter((f) => /\.(png|svg)$/u.test(f));
    expect(files.sort()).toEqual(charted.flatMap((d) => [`${d.id}.png`, `${d.id}.svg`]).sort());
  });

  it.each(charted.map((d, i) => [d.id, i] as const))('%s is the SVG download at 2×, drawn with the project font, not boxes', async (id, i) => {
    const png = readFileSync(path.join(site.outDir, 'data', `${id}.png`));
    const svg = readFileSync(path.join(site.outDir, 'data', `${id}.svg`), 'utf8');
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
