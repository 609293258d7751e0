import type { ContentTemplate } from '../types.ts';
import { checkId, ISO_DATE, yamlValue } from '../yaml-text.ts';

/** Today in Beijing time, YYYY-MM-DD. */
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * 统计数据 (datasets), after src/schemas/datasets.ts: typed columns and rows,
 * every figure citing the exact phrase of its source circular that states it.
 * The template starts with one text column (no figure to cite yet) and shows
 * number columns, cites and the chart as comments.
 */
export const datasetTemplate: ContentTemplate = {
  type: 'dataset',
  label: '统计数据',
  collection: 'datasets',
  ext: 'yaml',
  fields: [
    { name: 'title', label: '数据集标题', hint: '2011年省产业转移工业园工业总产值与税收', required: true },
    { name: 'period', label: '统计期', hint: '2011年', required: true },
    { name: 'source', label: '来源文件的发文字号（本站通知公告中的文件）', hint: '粤经信园区〔2026〕1号（示意）', required: true },
    { name: 'updated', label: '更新日期（年-月-日）', hint: '2012-03-01', required: true, defaultValue: today, validate: (v) => (ISO_DATE.test(v) ? undefined : `日期应写作 年-月-日，这里是“${v}”。`) },
    { name: 'id', label: 'id（小写拼音、数字和连字符）', hint: 'park-output-tax-2011', required: true, validate: checkId },
  ],
  switches: { sample: '标为示例数据（网站上标“示例”，不进入统计和图表）' },
  id: (answers) => answers.id!,
  unique: { field: 'id', label: 'id', normalize: (v) => v },
  render(answers) {
    return [
      '# 统计数据：元数据、列和数据行。每个数字须注明出处：来源文件中说出这个数字的原话（逐字照录）。',
      `title: ${yamlValue(answers.title!)}`,
      'description: （请用一两句话说明这组数据是什么。）',
      ...(answers.sample === 'true'
        ? ['# 示例数据：网站上标为“示例”，不进入统计和图表。', 'sample: true']
        : ['# 每个数字都须照来源文件核对并注明出处（cite），检查会逐项核对；未核对完的数据用 --sample 生成，或加一行 sample: true。']),
      `period: ${yamlValue(answers.period!)}`,
      `source: ${yamlValue(answers.source!)}`,
      'licence: 政府公开信息，转载引用请注明来源文件。',
      `updated: ${answers.updated}`,
      '# 统计口径与说明：每条一行，如约数的折算、原文笔误的读法。',
      'notes: []',
      '# 列：key 是数据行中用的字段名（英文字母），label 是读者看到的列名；数字列写 unit。',
      'columns:',
      '  - { key: item, label: 项目, type: text }',
      '  # - { key: value, label: 数值, type: number, unit: 家 }',
      '# 数据行：每行一项；数字列的值在 cite 中注明原文短语。',
      'rows:',
      '  - item: （请填写项目名称）',
      '  #   value: 5983',
      '  #   cite:',
      '  #     value: 6个产业转出市累计转出企业5983家',
      '# 图表（删去 sample: true 之后才能加）：',
      '# chart:',
      '#   kind: bars',
      '#   title: 图表标题',
      '#   finding: 用一两句话写出图表的主要结论。',
      '#   fields: { label: item, value: value }',
      '',
    ].join('\n');
  },
};
