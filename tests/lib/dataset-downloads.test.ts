import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../../src/lib/content-check/frontmatter.ts';
import { datasetDecimals } from '../../src/lib/content-check/rules/dataset-decimals.ts';
import { checkRows } from '../../src/lib/datasets/check-rows.ts';
import { datasetCsv, datasetJson, datasetXlsx } from '../../src/lib/datasets/downloads.ts';
import { columnPlaces } from '../../src/lib/datasets/format.ts';
import { datasetTable } from '../../src/lib/datasets/table.ts';
import { datasetSchema } from '../../src/schemas/datasets.ts';

/** A dataset whose source states 20.0% (one decimal), which YAML reads as 20. */
const dataset = datasetSchema.parse({
  title: '测试',
  period: '2011年',
  source: '测试〔2012〕1号',
  licence: '测试',
  updated: '2012-03-01',
  columns: [
    { key: 'area', label: '地区', type: 'text' },
    { key: 'growth', label: '增长', type: 'number', unit: '%', decimals: 1 },
    { key: 'firms', label: '企业', type: 'number', unit: '家' },
    { key: 'output', label: '产值', type: 'number', unit: '亿元' },
  ],
  rows: [
    { area: '东翼', growth: 20, firms: 3000, output: 3468.31, cite: { growth: '增长20.0%', firms: '3000家', output: '3468.31亿元' } },
    { area: '西翼', growth: 14.8, firms: 12, output: 7.5, cite: { growth: '增长14.8%', firms: '12家', output: '7.50亿元' } },
  ],
});
const source = { title: '测试文件', docNumber: '测试〔2012〕1号', issuer: '测试发文机关', url: '/notices/x/' };

describe('each column keeps the decimals its source states', () => {
  it.each([
    [{ key: 'growth', decimals: 1 }, [{ growth: 20 }], 1],
    [{ key: 'growth', decimals: 2 }, [{ growth: 20.5 }], 2],
    [{ key: 'growth' }, [{ growth: 20 }, { growth: 14.8 }], 1],
    [{ key: 'growth' }, [{ growth: 20 }], 0],
  ])('%j over %j → %i places', (column, rows, places) => {
    expect(columnPlaces(column, rows)).toBe(places);
  });

  it('in the table', () => {
    const table = datasetTable(dataset);
    expect(table.rows[0]!.map((c) => c.text)).toEqual(['东翼', '20.0', '3,000', '3,468.31']);
    expect(table.rows[1]!.map((c) => c.text)).toEqual(['西翼', '14.8', '12', '7.50']);
  });

  it('in the CSV', () => {
    const lines = datasetCsv(dataset, source).split('\r\n');
    expect(lines[1]).toMatch(/^东翼,20\.0,3000,3468\.31,/u);
    expect(lines[2]).toMatch(/^西翼,14\.8,12,7\.50,/u);
  });

  it('in the JSON: numbers written with their decimals, and each column says how many', () => {
    const text = datasetJson(dataset, 'test', source);
    expect(text).toContain('"growth": 20.0,');
    expect(text).toContain('"output": 7.50,');
    const json = JSON.parse(text) as { columns: { key: string; decimals?: number }[]; rows: Record<string, unknown>[] };
    expect(json.columns.map((c) => c.decimals)).toEqual([undefined, 1, 0, 2]);
    expect(json.rows[0]!.growth).toBe(20);
  });

  it('in the XLSX: numbers stay numbers, with a number format of the column’s decimals', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await datasetXlsx(dataset, source, '测试')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('数据')!;
    expect(sheet.getCell('B2').value).toBe(20);
    expect(sheet.getCell('B2').numFmt).toBe('0.0');
    expect(sheet.getCell('C2').numFmt).toBe('0');
    expect(sheet.getCell('D3').numFmt).toBe('0.00');
  });

  it('refuses a value with more decimals than its column states (publishing would round it)', () => {
    const issues = checkRows([{ key: 'growth', label: '增长', type: 'number', optional: false, cited: false, decimals: 1 }], [{ growth: 14.85 }]);
    expect(issues.map((i) => i.message).join('')).toContain('decimals: 1');
  });
});

describe('the content check keeps the precision as written', () => {
  const yaml = (growth: string, others: string, decimalsField = '') =>
    [
      'title: 测试',
      'period: 2011年',
      'source: 测试〔2012〕1号',
      'licence: 测试',
      'updated: 2012-03-01',
      'columns:',
      `  - { key: growth, label: 增长, type: number, unit: '%'${decimalsField} }`,
      'rows:',
      `  - { growth: ${growth}, cite: { growth: 增长${growth}% } }`,
      `  - { growth: ${others}, cite: { growth: 增长${others}% } }`,
    ].join('\n');
  const problems = (source: string) => {
    const parsed = parseDataFile(source);
    const entry = { collection: 'datasets' as const, file: 'content/datasets/t.yaml', id: 't', parsed, data: datasetSchema.parse(parsed.data) as Record<string, unknown> };
    return datasetDecimals([entry]);
  };

  it.each([
    ['20.0 beside 14.8 (the column has one decimal anyway)', yaml('20.0', '14.8'), 0],
    ['20.0 beside 15 with decimals: 1 on the column', yaml('20.0', '15', ', decimals: 1'), 0],
    ['20 beside 15, written without decimals', yaml('20', '15'), 0],
  ])('%s: no problem', (_name, source, count) => {
    expect(problems(source)).toHaveLength(count);
  });

  it('asks for decimals when 20.0 would be published as 20', () => {
    const [problem, ...rest] = problems(yaml('20.0', '15'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/datasets/t.yaml', line: 9, field: 'rows.0.growth', severity: 'error' });
    expect(problem!.message).toBe('第1行“增长”写作 20.0，但这一列按 0 位小数发布，会写成 20，丢掉来源给出的精度。请在这一列上写 decimals: 1。');
  });
});
