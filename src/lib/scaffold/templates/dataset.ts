import type { ContentTemplate } from '../types.ts';
import { checkId, yamlValue } from '../yaml-text.ts';

/**
 * 统计数据 (datasets). PROVISIONAL — RECONCILE AT MERGE with the `datasets`
 * schema built on the datasets branch (issue 3): typed metadata plus rows, each
 * row citing the source document and the exact phrase that states its figure,
 * and a chart with its description (the main finding in words).
 */
export const datasetTemplate: ContentTemplate = {
  type: 'dataset',
  label: '统计数据',
  collection: 'datasets',
  ext: 'yaml',
  provisional: true,
  fields: [
    { name: 'title', label: '数据集标题', hint: '2011年省产业转移工业园工业总产值与税收', required: true },
    { name: 'unit', label: '单位', hint: '亿元', required: true },
    { name: 'period', label: '统计期', hint: '2011', required: true },
    { name: 'source', label: '来源文件的发文字号', hint: '粤经信园区〔2012〕68号', required: true },
    { name: 'id', label: 'id（小写拼音、数字和连字符）', hint: 'parks-output-2011', required: true, validate: checkId },
  ],
  id: (answers) => answers.id!,
  unique: { field: 'id', label: 'id', normalize: (v) => v },
  render(answers) {
    return [
      '# 统计数据：元数据和数据行。每个数字须注明出处（来源文件和原文中说出这个数字的原话）。',
      `title: ${yamlValue(answers.title!)}`,
      'description: 一两句话说明这组数据是什么。',
      `unit: ${yamlValue(answers.unit!)}`,
      `period: ${yamlValue(answers.period!)}`,
      'notes: 统计口径说明。',
      'license: CC-BY-4.0',
      'updated: 2012-02-06',
      'sources:',
      `  - document: ${yamlValue(answers.source!)}`,
      'chart:',
      '  type: bar',
      '  # 图表说明：用一句话写出图表的主要结论（必填）。',
      '  description: 请写出图表的主要结论。',
      'rows:',
      '  - label: 示例项',
      '    value: 0',
      `    source: ${yamlValue(answers.source!)}`,
      '    phrase: 原文中说出这个数字的原话',
      '',
    ].join('\n');
  },
};
