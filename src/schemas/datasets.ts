import { z } from 'astro/zod';
import { baseSchema, isoDate, text } from './common.ts';
import { checkRows } from '../lib/datasets/check-rows.ts';

/** One column of a dataset's table. */
export const columnSchema = z.object({
  /** 字段名: the key used in each row, in English letters, e.g. actual. */
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/u, { message: '字段名只能用英文字母和数字，且以字母开头，如 actual。' }).describe('字段名'),
  /** 列名: the column heading readers see, e.g. 2011年实际. */
  label: text.describe('列名'),
  /** 类型: number (a figure, a month) or text (a label, or words as printed, e.g. 全年); a text cell must not read as a date or number in a spreadsheet. */
  type: z.enum(['number', 'text']).describe('类型'),
  /** 单位: the unit of a number column, e.g. 亿元, %, 百分点, 家. */
  unit: text.optional().describe('单位'),
  /**
   * 小数位数: how many decimals the source states this column's figures with (20.0% → 1).
   * YAML reads 20.0 as 20, so a figure whose written zeros matter needs it; tables and
   * downloads (CSV, XLSX, JSON) print every value with it. Default: the most any value has.
   */
  decimals: z.number().int().min(0).max(6).optional().describe('小数位数'),
  /** 可空: true when some rows have no value in this column (left empty). */
  optional: z.boolean().default(false).describe('可空'),
  /** 须注出处: true when every value needs a cite; numbers always need one, text only when set. */
  cited: z.boolean().optional().describe('须注出处'),
});

/**
 * Where one value comes from: the exact phrase of the source document that states
 * it (the build checks that the phrase occurs and contains the value), or, for a
 * derived value, the arithmetic over other columns of the same row.
 */
export const citeSchema = z.union([
  text.describe('原文短语'),
  z.object({
    /** 原文短语: the exact words of the source that state the value. */
    phrase: text.describe('原文短语'),
    /** 来源文件: the 发文字号 or notice id, when not the dataset's own source. */
    source: text.optional().describe('来源文件'),
  }),
  z.object({
    /** 推算: arithmetic over this row's columns, e.g. "growth - aboveProvince". */
    derived: text.describe('推算'),
  }),
]);

/** A row: column key → value (number, text, or empty), plus `cite`. */
export const rowSchema = z.record(z.string(), z.unknown());

/** The chart drawn from a dataset at build time. */
export const chartSchema = z.object({
  /** 图表类型: actual-vs-target, compare-to-reference, magnitudes, gantt or bars. */
  kind: z.enum(['actual-vs-target', 'compare-to-reference', 'magnitudes', 'gantt', 'bars']).describe('图表类型'),
  /** 图表标题: the chart's title. */
  title: text.describe('图表标题'),
  /** 主要发现: one or two sentences stating the chart's main finding in words (the SVG's description). */
  finding: text.describe('主要发现'),
  /**
   * 字段映射: which columns the chart draws (role → column key), e.g. { label: indicator, value: actual, target: target };
   * a gantt takes label, order, start and end (months 1–12) and schedule (words such as 全年 where the source gives no months).
   */
  fields: z.record(z.string(), z.string()).describe('字段映射'),
});

export const datasetSchema = baseSchema
  .extend({
    /** 统计期: the period the figures cover, e.g. 2011年. */
    period: text.describe('统计期'),
    /** 来源文件: the 发文字号 (or notices collection id) of the document every value cites by default. */
    source: text.describe('来源文件'),
    /** 许可: the terms on which the data may be reused. */
    licence: text.describe('许可'),
    /** 更新日期: when this dataset was last changed on the site (YYYY-MM-DD). */
    updated: isoDate.describe('更新日期'),
    /** 统计口径与说明: how to read the figures, including corrected readings of slips in the source. */
    notes: z.array(text).default([]).describe('统计口径与说明'),
    /** 列: the table's columns, in order. */
    columns: z.array(columnSchema).min(1).describe('列'),
    /** 数据行: one mapping per row; `cite` maps a column key to its source phrase or derivation. */
    rows: z.array(rowSchema).min(1).describe('数据行'),
    /** 图表: the chart drawn from the rows, if any. */
    chart: chartSchema.optional().describe('图表'),
  })
  .superRefine((dataset, ctx) => {
    for (const issue of checkRows(dataset.columns, dataset.rows, dataset.chart)) ctx.addIssue({ code: 'custom', ...issue });
    // Sample figures never enter charts or statistics.
    if (dataset.sample && dataset.chart) ctx.addIssue({ code: 'custom', path: ['chart'], message: '示例数据（sample: true）不得绘制图表；示例数字不能进入统计图表。' });
  });

export type DatasetColumn = z.output<typeof columnSchema>;
export type DatasetCite = z.output<typeof citeSchema>;
export type Dataset = z.output<typeof datasetSchema>;
