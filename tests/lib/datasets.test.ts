import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRows } from '../../src/lib/datasets/check-rows.ts';
import { derivationHolds, evaluateDerived } from '../../src/lib/datasets/derive.ts';
import { columnDecimals, formatNumber } from '../../src/lib/datasets/format.ts';
import { loadDatasets } from '../../src/lib/datasets/load.ts';
import { documentText, numbersInPhrase, phraseStatesValue } from '../../src/lib/datasets/provenance.ts';
import { rowSchedule } from '../../src/lib/datasets/schedule.ts';
import { sourceAnchor } from '../../src/lib/datasets/source-anchor.ts';
import { parseFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { root } from '../helpers/paths.ts';
import { datasetSchema } from '../../src/schemas/datasets.ts';

const datasets = Object.fromEntries(loadDatasets(path.join(root, 'content/datasets')).map((d) => [d.id, d.data]));
const circular = parseFrontmatter(readFileSync(path.join(root, 'content/notices/yue-jingxin-yuanqu-2012-68.mdx'), 'utf8'));

describe('numbersInPhrase / phraseStatesValue', () => {
  it.each([
    ['同比增长77.5%26.2%', [77.5, 26.2]],
    ['分别增长20.0%14.8%19.5%', [20, 14.8, 19.5]],
    ['淘汰关停企业约7.22万家', [7.22, 72200]],
    ['新引进的企业约1.47万家', [1.47, 14700]],
    ['税收137.39亿元', [137.39]],
  ])('%s states %j', (phrase, numbers) => {
    expect(numbersInPhrase(phrase)).toEqual(numbers);
  });

  it.each([
    ['工业总产值3468.31亿元', 3468.31, true],
    ['工业总产值3468.31亿元', 3468.3, false],
    ['工业总产值3468.31亿元', 3468, false],
    ['比2010年高0.2个百分点', 0.2, true],
    ['比2010年高0.2个百分点', 2, false],
    ['编制出台《规划纲要》。 | 2-4', '2-4', true],
    ['编制出台《规划纲要》。 | 2-4', '全年', false],
  ] as const)('%s states %s: %s', (phrase, value, expected) => {
    expect(phraseStatesValue(phrase, value)).toBe(expected);
  });

  it('checks phrases against the body without MDX comments', () => {
    expect(documentText('{/* 3468.31 */}正文')).toBe('正文');
  });
});

describe('derived values', () => {
  // The circular gives each region's growth and how far it is above the province; the province is derived.
  it.each(datasets['regional-growth-2011']!.rows.map((row) => [row.region, row] as const))('%s: growth − points above = province', (_region, row) => {
    const { value } = evaluateDerived('growth - aboveProvince', row);
    expect(derivationHolds(row.province as number, value!)).toBe(true);
    expect(row.province).toBe(12.6);
  });

  it('the 2010 share is 17.9 − 0.2 = 17.7', () => {
    const [y2010, y2011] = datasets['industrial-share-2011']!.rows;
    expect(y2010!.share).toBe(17.7);
    expect(derivationHolds(y2010!.share as number, (y2011!.share as number) - (y2011!.change as number))).toBe(true);
  });

  it.each([
    ['growth - aboveProvince', { growth: 20, aboveProvince: 7.4 }, 12.6],
    ['17.9 - 0.2', {}, 17.7],
    ['a + b - c', { a: 1, b: 2, c: 0.5 }, 2.5],
  ])('evaluates %s', (expr, row, expected) => {
    expect(evaluateDerived(expr, row).value).toBeCloseTo(expected);
  });

  it.each([['growth - nothing'], ['growth -'], ['growth * 2']])('refuses %s with a message', (expr) => {
    expect(evaluateDerived(expr, { growth: 20 }).error).toMatch(/推算式/u);
  });

  it.each([
    [12.6, 12.600000000000001, true],
    [12.6, 12.7, false],
    [17.7, 17.69999, true],
  ])('derivationHolds(%d, %d) is %s', (stated, computed, holds) => {
    expect(derivationHolds(stated, computed)).toBe(holds);
  });
});

describe('checkRows', () => {
  const columns = [
    { key: 'name', label: '名称', type: 'text' as const, optional: false },
    { key: 'amount', label: '金额', type: 'number' as const, unit: '亿元', optional: false },
    { key: 'derived', label: '推算', type: 'number' as const, optional: true },
  ];
  it.each([
    [{ name: '甲', amount: '3000亿元', cite: { amount: 'x' } }, ['rows', 0, 'amount'], '第1行“金额”（amount）应为数字（单位：亿元）'],
    [{ name: '甲', cite: {} }, ['rows', 0, 'amount'], '缺少数值'],
    [{ name: '甲', amount: 5 }, ['rows', 0, 'amount'], '没有注明出处'],
    [{ name: '甲', amount: 5, extra: 1, cite: { amount: 'x' } }, ['rows', 0, 'extra'], '未声明的列'],
    [{ name: '甲', amount: 5, derived: 6, cite: { amount: 'x', derived: { derived: 'amount - 1' } } }, ['rows', 0, 'derived'], '推算值 6 与推算式'],
    [{ name: '甲', amount: 5, cite: { amount: 5 } }, ['rows', 0, 'cite', 'amount'], '应为原文短语'],
    [{ name: '甲', amount: 5, cite: { amount: 'x', amout: 'y' } }, ['rows', 0, 'cite', 'amout'], '未声明的列“amout”'],
  ])('names the row and column of a bad cell (%j)', (row, pathExpected, fragment) => {
    const issues = checkRows(columns, [row]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(pathExpected);
    expect(issues[0]!.message).toContain(fragment);
  });

  it('accepts every dataset in content/datasets', () => {
    for (const data of Object.values(datasets)) expect(checkRows(data.columns, data.rows, data.chart)).toEqual([]);
  });
});

describe('datasetSchema', () => {
  it('refuses a chart of sample data', () => {
    const sample = { ...datasets['industrial-share-2011']!, sample: true };
    const result = datasetSchema.safeParse(sample);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['chart']);
    expect(result.error!.issues[0]!.message).toContain('示例数据');
  });
});

describe('rowSchedule', () => {
  it.each([
    [2, 4, undefined, { label: '', months: [2, 3, 4] }],
    [8, 11, undefined, { label: '', months: [8, 9, 10, 11] }],
    [undefined, undefined, '全年', { label: '全年', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] }],
    [undefined, undefined, '按省工作安排', { label: '按省工作安排' }],
    [4, 2, undefined, { label: '' }],
    [0, 13, undefined, { label: '' }],
  ])('%s–%s, %s → %j', (start, end, words, expected) => {
    expect(rowSchedule(start, end, words)).toEqual(expected);
  });
});

describe('a timeline’s months (checkRows with a gantt chart)', () => {
  const columns = [
    { key: 'task', label: '工作事项', type: 'text' as const, optional: false, cited: false },
    { key: 'from', label: '开始月份', type: 'number' as const, optional: true, cited: false },
    { key: 'to', label: '结束月份', type: 'number' as const, optional: true, cited: false },
  ];
  const chart = { kind: 'gantt', fields: { label: 'task', start: 'from', end: 'to' } };
  it.each([
    [{ task: '甲', from: 2, to: 4 }, undefined],
    [{ task: '甲' }, undefined],
    [{ task: '甲', from: 4, to: 2 }, '开始月份 4 晚于结束月份 2'],
    [{ task: '甲', from: 0, to: 2 }, '应同为 1 到 12 的整数'],
    [{ task: '甲', from: 2 }, '应同为 1 到 12 的整数'],
    [{ task: '甲', from: 2.5, to: 3 }, '应同为 1 到 12 的整数'],
  ])('%j → %s', (row, fragment) => {
    const issues = checkRows(columns, [row], chart);
    if (fragment === undefined) expect(issues).toEqual([]);
    else expect(issues.map((i) => i.message)).toEqual([expect.stringContaining(fragment)]);
  });
});

describe('sourceAnchor', () => {
  it.each([
    ['工业总产值3468.31亿元', '2012年产业转移工作要点'],
    ['全省产业转移工业园2012年力争实现产值5000亿元', '二主要目标'],
    ['配合做好第七届山洽会产业转移相关推介工作。 | 8-11', '产业转移2012年重点工作'],
  ])('%s stands under #%s', (phrase, id) => {
    expect(sourceAnchor(circular.body, phrase)?.id).toBe(id);
  });

  it('gives nothing for a phrase not in the text', () => {
    expect(sourceAnchor(circular.body, '不存在的短语')).toBeUndefined();
  });
});

describe('formatting', () => {
  it.each([
    [20, 1, '20.0'],
    [3468.31, 2, '3,468.31'],
    [72200, 0, '72,200'],
  ])('formatNumber(%d, %d) = %s', (value, places, text) => {
    expect(formatNumber(value, places)).toBe(text);
  });

  it('prints a column with the decimals its most precise value has', () => {
    expect(columnDecimals(datasets['regional-growth-2011']!.rows, 'growth')).toBe(1);
  });
});
