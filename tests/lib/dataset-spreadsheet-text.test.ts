import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../../src/lib/content-check/frontmatter.ts';
import { datasetSpreadsheetText } from '../../src/lib/content-check/rules/dataset-spreadsheet-text.ts';
import { spreadsheetReading } from '../../src/lib/datasets/spreadsheet-text.ts';
import { datasetSchema } from '../../src/schemas/datasets.ts';

describe('spreadsheetReading: what Excel, WPS or LibreOffice make of a CSV text cell', () => {
  it.each([
    ['2-4', '日期'],
    ['8-11', '日期'],
    ['3/7', '日期'],
    ['2012-3', '日期'],
    ['2012-03-05', '日期'],
    ['2012.3.5', '日期'],
    ['3月4日', '日期'],
    ['2012年3月', '日期'],
    ['2012年3月5日', '日期'],
    ['Mar-4', '日期'],
    ['4-Mar', '日期'],
    ['March 2012', '日期'],
    ['1/2', '日期'],
    ['10:30', '时间'],
    ['007', '数字'],
    ['1E5', '数字'],
    ['2011', '数字'],
    ['12.5', '数字'],
    ['-5', '数字'],
    ['1,234', '数字'],
    ['(12)', '数字'],
    ['$5', '数字'],
    [' 42 ', '数字'],
    ['50%', '百分数'],
    ['1 1/2', '分数'],
    ['TRUE', '逻辑值'],
    ['false', '逻辑值'],
    ['=A1', '公式'],
    ['@SUM', '公式'],
    ['-abc', '公式'],
  ])('%j → %s', (text, kind) => {
    expect(spreadsheetReading(text)).toBe(kind);
  });

  it.each(['全年', '按省工作安排', '2011年', '2011年度', '12月', '第1批', '粤经信园区〔2012〕68号', '东翼', '20.0%14.8%', 'e5', '-', '', '编制出台《广东省产业转移重点园区重点产业布局规划纲要》。'])(
    '%j stays text',
    (text) => {
      expect(spreadsheetReading(text)).toBeUndefined();
    },
  );
});

describe('datasetSpreadsheetText (content check)', () => {
  const yaml = (label: string, schedule: string) =>
    [
      'title: 测试',
      'period: 2012年',
      'source: 测试〔2012〕1号',
      'licence: 测试',
      'updated: 2012-03-01',
      'columns:',
      '  - { key: task, label: 工作事项, type: text }',
      `  - { key: schedule, label: "${label}", type: text }`,
      'rows:',
      '  - { task: 甲, schedule: 全年 }',
      `  - { task: 乙, schedule: "${schedule}" }`,
    ].join('\n');
  const problems = (source: string) => {
    const parsed = parseDataFile(source);
    const entry = { collection: 'datasets' as const, file: 'content/datasets/t.yaml', id: 't', parsed, data: datasetSchema.parse(parsed.data) as Record<string, unknown> };
    return datasetSpreadsheetText([entry]);
  };

  it('accepts text a spreadsheet keeps as text', () => {
    expect(problems(yaml('进度安排', '按省工作安排'))).toEqual([]);
  });

  it('refuses 2-4 at its file, row and column, saying what to do instead', () => {
    const [problem, ...rest] = problems(yaml('进度安排', '2-4'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/datasets/t.yaml', line: 11, field: 'rows.1.schedule', severity: 'error' });
    expect(problem!.message).toMatchInlineSnapshot(
      `"第2行“进度安排”（schedule）的文字“2-4”在 Excel、WPS 等电子表格中打开 CSV 时会被当成日期，原样文字就丢了（如“2-4”变成2月4日）。若其中的数字是月份、数量等数值，请拆成数字列（type: number，如“开始月份”2、“结束月份”4），原文写法照录在这些数值的 cite 原文短语中。不要加撇号、空格、="…" 或不可见字符来“保护”它：这些字符会成为 pandas、R、Frictionless 等数据工具读到的数值的一部分。"`,
    );
  });

  it.each([
    ['007', '数字', '第007号'],
    ['50%', '百分数', 'unit: "%"'],
    ['3/7', '日期', '开始月份'],
  ])('refuses %j as a %s and says what to do', (value, kind, advice) => {
    const [problem] = problems(yaml('进度安排', value));
    expect(problem!.message).toContain(`会被当成${kind}`);
    expect(problem!.message).toContain(advice);
  });

  it('refuses a column heading a spreadsheet would read as a number', () => {
    expect(problems(yaml('2012', '全年'))).toMatchObject([{ field: 'columns.1.label', line: 8 }]);
  });
});
