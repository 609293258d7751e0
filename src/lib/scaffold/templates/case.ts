import type { ContentTemplate } from '../types.ts';
import { checkId, splitList, yamlList, yamlValue } from '../yaml-text.ts';

/**
 * 先进典型 (cases). PROVISIONAL — RECONCILE AT MERGE with the `cases` schema built
 * on the cases branch (issue 4): city, park and themes are ids of its reference
 * data; region is derived from the city and not written here.
 */
export const caseTemplate: ContentTemplate = {
  type: 'case',
  label: '先进典型',
  collection: 'cases',
  ext: 'mdx',
  provisional: true,
  fields: [
    { name: 'title', label: '标题', hint: '深汕特别合作区探索合作共建新机制', required: true },
    { name: 'city', label: '所在地级市 id', hint: 'shanwei', required: true, validate: checkId },
    { name: 'park', label: '所在园区 id（可不填）', hint: 'shenshan', required: false },
    { name: 'themes', label: '主题 id（多个用顿号隔开）', hint: 'hezuo-gongjian', required: true },
    { name: 'year', label: '年份', hint: '2011', required: true, validate: (v) => (/^\d{4}$/u.test(v) ? undefined : `年份应为四位数字，这里是“${v}”。`) },
    { name: 'batch', label: '批次', hint: '2011年先进典型', required: false },
    { name: 'id', label: 'id（小写拼音、数字和连字符）', hint: 'shenshan-hezuo-gongjian', required: true, validate: checkId },
  ],
  id: (answers) => answers.id!,
  unique: { field: 'id', label: 'id', normalize: (v) => v },
  render(answers) {
    return [
      '---',
      `title: ${yamlValue(answers.title!)}`,
      `city: ${answers.city}`,
      answers.park ? `park: ${answers.park}` : '# park: shenshan            # 所在园区 id（可选）',
      yamlList('themes', splitList(answers.themes)),
      `year: ${answers.year}`,
      answers.batch ? `batch: ${yamlValue(answers.batch)}` : `batch: ${yamlValue(`${answers.year}年先进典型`)}`,
      '# 资料来源未给出案例实情时，保留 sample: true（网站上标为“示例”，其数字不进入统计）。',
      'sample: true',
      'summary: 一两句话概括这一做法及其成效。',
      '# 成效数字：每项写明单位和出处。',
      '# results:',
      '#   - label: 引进企业',
      '#     value: 0',
      '#     unit: 家',
      '#     source: 粤经信园区〔2012〕68号',
      'relatedNotices: []           # 相关通知的发文字号',
      'sources: []                  # 资料来源',
      '---',
      '{/* 先进典型正文。只写资料来源确实说过的内容；来源未给出的，整条标为示例（sample: true）。 */}',
      '',
      '## 主要做法',
      '',
      '（请在此处写主要做法。）',
      '',
      '## 取得成效',
      '',
      '（请在此处写取得的成效，数字注明出处。）',
      '',
    ].join('\n');
  },
};
