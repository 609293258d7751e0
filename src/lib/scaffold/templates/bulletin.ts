import type { ContentTemplate } from '../types.ts';
import { ISO_DATE, yamlValue } from '../yaml-text.ts';

/**
 * 双转移专刊 (bulletins). PROVISIONAL — RECONCILE AT MERGE with the `bulletins`
 * schema built on the bulletins branch (issue 5): numbered issues with the year's
 * and the running number, an editing unit and an ordered table of contents whose
 * items are articles in this file or references to circulars, cases and datasets.
 */
export const bulletinTemplate: ContentTemplate = {
  type: 'bulletin',
  label: '双转移专刊',
  collection: 'bulletins',
  ext: 'mdx',
  provisional: true,
  fields: [
    { name: 'year', label: '年份', hint: '2012', required: true, validate: (v) => (/^\d{4}$/u.test(v) ? undefined : `年份应为四位数字，这里是“${v}”。`) },
    { name: 'number', label: '当年期号（第几期）', hint: '1', required: true, validate: (v) => (/^[1-9]\d*$/u.test(v) ? undefined : `期号应为正整数，这里是“${v}”。`) },
    { name: 'runningNumber', label: '总期号', hint: '25', required: true, validate: (v) => (/^[1-9]\d*$/u.test(v) ? undefined : `总期号应为正整数，这里是“${v}”。`) },
    { name: 'date', label: '出刊日期（年-月-日）', hint: '2012-03-15', required: true, validate: (v) => (ISO_DATE.test(v) ? undefined : `日期应写作 年-月-日，这里是“${v}”。`) },
    { name: 'editor', label: '编印单位', hint: '广东省经济和信息化委员会工业园区处', required: true },
  ],
  id: (answers) => `${answers.year}-${answers.number}`,
  unique: { field: 'id', label: '期号', normalize: (v) => v },
  render(answers) {
    return [
      '---',
      `title: ${yamlValue(`双转移专刊 ${answers.year}年第${answers.number}期`)}`,
      'issue:',
      `  year: ${answers.year}`,
      `  number: ${answers.number}`,
      `  running: ${answers.runningNumber}`,
      `date: ${answers.date}`,
      `editor: ${yamlValue(answers.editor!)}`,
      'sample: true                 # 非真实刊物内容时保留；网站上标为“示例”',
      '# 目录：按顺序列出本期各篇。本文件中的文章写 anchor（对应正文中的 ## 标题）；',
      '# 引用站内已有内容写 ref（如 notices/yue-jingxin-yuanqu-2012-68），不存在的引用会使构建失败。',
      'items:',
      '  - title: 本期导读',
      '    anchor: 本期导读',
      '---',
      '{/* 每篇文章以 ## 标题开始，标题即目录中的 anchor。 */}',
      '',
      '## 本期导读',
      '',
      '（请在此处写本期导读。）',
      '',
    ].join('\n');
  },
};
