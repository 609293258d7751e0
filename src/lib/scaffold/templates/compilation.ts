import type { ContentTemplate } from '../types.ts';
import { checkId, ISO_DATE, yamlValue } from '../yaml-text.ts';

/**
 * 政策汇编 (compilations), after src/schemas/compilations.ts: an editorial
 * introduction (the body) plus ordered sections listing documents by reference
 * (`collection/id`).
 */
export const compilationTemplate: ContentTemplate = {
  type: 'compilation',
  label: '政策汇编',
  collection: 'compilations',
  ext: 'mdx',
  fields: [
    { name: 'title', label: '汇编标题（不加书名号）', hint: '产业转移政策汇编', required: true },
    { name: 'date', label: '编印日期（年-月-日）', hint: '2012-06-30', required: true, validate: (v) => (ISO_DATE.test(v) ? undefined : `日期应写作 年-月-日，这里是“${v}”。`) },
    { name: 'editor', label: '编者', hint: '××市经济和信息化局', required: true },
    { name: 'id', label: 'id（小写拼音、数字和连字符）', hint: 'chanye-zhuanyi-zhengce-2012', required: true, validate: checkId },
  ],
  switches: { sample: '标为示例汇编（不是真实编印的汇编；网站上标“示例”）' },
  id: (answers) => answers.id!,
  unique: { field: 'id', label: 'id', normalize: (v) => v },
  render(answers) {
    return [
      '---',
      `title: ${yamlValue(answers.title!)}`,
      ...(answers.sample === 'true' ? ['sample: true                 # 示例汇编：网站上标为“示例”'] : []),
      `date: ${answers.date}`,
      `editor: ${yamlValue(answers.editor!)}`,
      '# 分编：按顺序列出，每编列出所收文件，写 集合名/文件名（通知公告 notices/…，政策文件目录 documents/…）。',
      'sections:',
      '  - title: 一、省政府文件',
      '    # note: 本编说明（可选）',
      '    documents:',
      '      - notices/yue-jingxin-yuanqu-2012-68',
      '---',
      '{/* 编者按：汇编的缘起、收录范围和编排方式。 */}',
      '',
      '（请在此处写编者按。）',
      '',
    ].join('\n');
  },
};
