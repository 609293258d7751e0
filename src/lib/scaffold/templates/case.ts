import { checkDocNumber } from '../../notices/doc-number.ts';
import type { ContentTemplate } from '../types.ts';
import { checkId, splitList, yamlList, yamlValue } from '../yaml-text.ts';

/**
 * 先进典型 (cases), after src/schemas/cases.ts: city, park and themes are ids of
 * the reference data (cities.yaml, parks.yaml, themes.yaml); the region follows
 * from the city and is not written. At least one source is required.
 */
export const caseTemplate: ContentTemplate = {
  type: 'case',
  label: '先进典型',
  collection: 'cases',
  ext: 'mdx',
  fields: [
    { name: 'title', label: '标题', hint: '深汕特别合作区探索合作共建新机制', required: true },
    { name: 'city', label: '所在地级以上市 id（见 content/cities.yaml）', hint: 'shanwei', required: true, validate: checkId },
    { name: 'park', label: '所在园区 id（见 content/parks.yaml，可不填）', hint: 'shenshan', required: false, validate: checkId },
    { name: 'themes', label: '主题 id（见 content/themes.yaml，多个用竖线 | 隔开）', hint: 'hezuo-gongjian', required: true, list: true },
    { name: 'year', label: '年份', hint: '2011', required: true, validate: (v) => (/^\d{4}$/u.test(v) ? undefined : `年份应为四位数字，这里是“${v}”。`) },
    { name: 'batch', label: '批次（可不填）', hint: '2011年先进典型', required: false },
    { name: 'sourceTitle', label: '资料来源的标题（不加书名号）', hint: '关于印发2012年产业转移工作要点的通知', required: true },
    {
      name: 'sourceDocNumber',
      label: '资料来源的发文字号（本站通知公告中的文件才填）',
      hint: '粤经信园区〔2026〕1号（示意）',
      required: false,
      validate: (value) => {
        const result = checkDocNumber(value);
        return result.ok ? undefined : result.message;
      },
    },
    { name: 'id', label: 'id（小写拼音、数字和连字符）', hint: 'shanwei-shenshan-hezuo-gongjian', required: true, validate: checkId },
  ],
  switches: { sample: '标为示例案例（资料来源未给出案例实情；网站上标“示例”，其数字不进入统计）' },
  id: (answers) => answers.id!,
  unique: { field: 'id', label: 'id', normalize: (v) => v },
  render(answers) {
    return [
      '---',
      `title: ${yamlValue(answers.title!)}`,
      ...(answers.sample === 'true'
        ? ['# 示例案例：资料来源未给出案例实情（网站上标为“示例”，其数字不进入统计）。', 'sample: true']
        : ['# 只写资料来源确实说过的内容；来源未给出实情的案例用 --sample 生成，或加一行 sample: true。']),
      'summary: （请用两三句话写明做了什么、成效如何。）',
      `city: ${answers.city}`,
      answers.park ? `park: ${answers.park}` : '# park: shenshan            # 所在园区 id（可选）',
      yamlList('themes', splitList(answers.themes)),
      `year: ${answers.year}`,
      ...(answers.batch
        ? ['batch:', `  name: ${yamlValue(answers.batch)}`, '  # confirmedBy: 关于……的通知   # 载明本案例属于该批次的资料；没有就不写，页面会注明“未经核实”']
        : ['# batch:', '#   name: 2011年先进典型']),
      '# 主要做法：每条一行，按顺序。',
      'measures:',
      '  - （请写主要做法。）',
      '# 成效：每项数字写明单位和出处。',
      '# results:',
      '#   - label: 引进企业',
      '#     value: 12',
      '#     unit: 家',
      '#     source: 粤经信园区〔2026〕1号    # 示意：写本站通知公告中所据文件的发文字号',
      answers.sourceDocNumber ? yamlList('relatedNotices', [answers.sourceDocNumber]) : 'relatedNotices: []           # 相关通知的发文字号',
      '# 资料来源：至少一项。本站通知中的文件写 docNumber，quote 逐字照录所依据的原文。',
      'sources:',
      `  - title: ${yamlValue(answers.sourceTitle!)}`,
      ...(answers.sourceDocNumber ? [`    docNumber: ${yamlValue(answers.sourceDocNumber)}`, '    # quote: 照录原文中的一段'] : []),
      '    note: （请写本案例依据该资料的哪些内容，或该资料没有说明什么。）',
      '---',
      '{/* 正文（可选）：案例的详细介绍。只写资料来源确实说过的内容；来源未给出的，整条标为示例（sample: true）。 */}',
      '',
    ].join('\n');
  },
};
