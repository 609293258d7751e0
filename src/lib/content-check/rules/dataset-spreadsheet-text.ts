import { columnHeading } from '../../datasets/format.ts';
import { spreadsheetReading, type SpreadsheetKind } from '../../datasets/spreadsheet-text.ts';
import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

interface Column {
  key: string;
  label: string;
  type: 'number' | 'text';
  unit?: string;
}

/** What to do instead, by what the spreadsheet would make of the text. */
const ADVICE: Record<SpreadsheetKind, string> = {
  日期: '若其中的数字是月份、数量等数值，请拆成数字列（type: number，如“开始月份”2、“结束月份”4），原文写法照录在这些数值的 cite 原文短语中。',
  时间: '若其中的数字是数值，请拆成数字列（type: number），原文写法照录在这些数值的 cite 原文短语中。',
  分数: '若它是数值，请把这一列改为数字列（type: number），原文写法照录在 cite 原文短语中。',
  数字: '若它是数值，请把这一列改为数字列（type: number，单位写在 unit）；若是编号等须逐字保留的文字，请照录原文中带文字的完整写法（如“第007号”）。',
  百分数: '若它是数值，请把这一列改为数字列（type: number，unit: "%"，数值写 50）。',
  逻辑值: '请照录原文的中文写法（如“是”“否”）。',
  公式: '请核对原文：数据表的文字不以 = + - @ 开头；若是数值，请改为数字列（type: number）。',
};

/** What a spreadsheet shows instead, as the message's example. */
const EXAMPLE: Record<SpreadsheetKind, string> = {
  日期: '“2-4”变成2月4日',
  时间: '“10:30”变成上午10时30分',
  分数: '“1 1/2”变成1.5',
  数字: '“007”变成7，“1E5”变成100000',
  百分数: '“50%”变成0.5',
  逻辑值: '“true”变成TRUE',
  公式: '“=A1”被当作公式计算',
};

/**
 * Text stays text in every spreadsheet: a dataset's text cell (or column heading) that
 * Excel, WPS or LibreOffice would read as a date, number or formula when a journalist opens
 * the CSV is refused, at its row and column. The fix is typed data (months as numbers, the
 * source's words in the cite), never an apostrophe, ="…" or hidden character, which every
 * data tool would read as part of the value.
 */
export function datasetSpreadsheetText(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const tail = '不要加撇号、空格、="…" 或不可见字符来“保护”它：这些字符会成为 pandas、R、Frictionless 等数据工具读到的数值的一部分。';
  for (const entry of entries) {
    if (entry.collection !== 'datasets' || !entry.data) continue;
    const data = entry.data as { columns: Column[]; rows: Record<string, unknown>[] };
    const report = (path: (string | number)[], what: string, text: string, kind: SpreadsheetKind) =>
      problems.push({
        file: entry.file,
        ...entry.parsed.locate(path),
        field: path.join('.'),
        message: `${what}“${text}”在 Excel、WPS 等电子表格中打开 CSV 时会被当成${kind}，原样文字就丢了（如${EXAMPLE[kind]}）。${ADVICE[kind]}${tail}`,
        severity: 'error',
      });
    data.columns.forEach((column, c) => {
      const heading = columnHeading(column);
      const kind = spreadsheetReading(heading);
      if (kind) report(['columns', c, 'label'], `第${c + 1}列的列名`, heading, kind);
      if (column.type !== 'text') return;
      data.rows.forEach((row, i) => {
        const value = row[column.key];
        const cellKind = typeof value === 'string' ? spreadsheetReading(value) : undefined;
        if (cellKind) report(['rows', i, column.key], `第${i + 1}行“${column.label}”（${column.key}）的文字`, value as string, cellKind);
      });
    });
  }
  return problems;
}
