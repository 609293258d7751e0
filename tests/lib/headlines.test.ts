import { describe, expect, it } from 'vitest';
import { headlineFigure } from '../../src/lib/datasets/headlines.ts';
import { datasetSchema } from '../../src/schemas/datasets.ts';

/** A made-up dataset in the shape of content/datasets/ (not a real figure). */
const dataset = (extra: Record<string, unknown> = {}) =>
  datasetSchema.parse({
    title: '示意数据集',
    period: '2026年',
    source: '粤经信园区〔2026〕1号（示意）',
    licence: '示意',
    updated: '2026-12-01',
    notes: ['示意'],
    columns: [
      { key: 'item', label: '指标', type: 'text' },
      { key: 'value', label: '数值', type: 'number', unit: '亿元' },
      { key: 'note', label: '说明', type: 'text' },
    ],
    rows: [
      { item: '产值', value: 1234.5, note: '无', cite: { value: '产值1234.5亿元' } },
      { item: '税收', value: 20, note: '无', cite: { value: { derived: '30-10' } } },
    ],
    ...extra,
  });

const datasets = [{ id: 'shiyi', data: dataset() }, { id: 'yangli', data: dataset({ sample: true }) }];

describe('headlineFigure', () => {
  it('gives the value as the site prints it, with its period, unit, source phrase and data page', () => {
    expect(headlineFigure({ dataset: 'shiyi', row: '产值', column: 'value', label: '园区产值' }, datasets)).toEqual({
      figure: { label: '园区产值', value: '1,234.5', unit: '亿元', period: '2026年', source: { phrase: '产值1234.5亿元' }, path: '/data/shiyi/' },
    });
  });

  it('names a derived value as derived, and the row when no label is given', () => {
    const result = headlineFigure({ dataset: 'shiyi', row: '税收', column: 'value' }, datasets);
    expect(result).toMatchObject({ figure: { label: '税收', source: { derived: '30-10' } } });
  });

  it.each([
    ['an unknown dataset', { dataset: 'nope', row: '产值', column: 'value' }, '数据集“nope”不存在：可用的有 shiyi、yangli'],
    ['a sample dataset', { dataset: 'yangli', row: '产值', column: 'value' }, '示例数字不能作为首页重点数据'],
    ['a text column', { dataset: 'shiyi', row: '产值', column: 'note' }, '没有数值列“note”：可用的有 value（数值）'],
    ['an unknown row', { dataset: 'shiyi', row: '利润', column: 'value' }, '没有“利润”这一行：可用的有 产值、税收'],
  ])('refuses %s, saying what there is instead', (_, spec, message) => {
    expect(headlineFigure(spec, datasets)).toEqual({ problem: expect.stringContaining(message) });
  });
});
