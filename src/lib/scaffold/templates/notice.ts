import { readBeijingTime } from '../../text/beijing-time.ts';
import { formatChineseDate, isRealDate, parseChineseDate } from '../../text/chinese-date.ts';
import { checkDocNumber, normalizeDocNumber } from '../../notices/doc-number.ts';
import { unknownFacts } from '../../notices/unknown-facts.ts';
import type { Answers, ContentTemplate } from '../types.ts';
import { checkId, splitList, yamlList, yamlValue } from '../yaml-text.ts';

/** The id a circular gets unless one is given: notice-<year>-<sequence>. */
function defaultId(answers: Answers): string | undefined {
  const parsed = checkDocNumber(answers.docNumber ?? '');
  return parsed.ok ? `notice-${parsed.value.year}-${parsed.value.sequence}` : undefined;
}

/** The `unknown:` block for the facts the editor declared unknown, with their reasons. */
function unknownLines(answers: Answers): string[] {
  const declared = (['docNumber', 'publishedAt'] as const).filter((field) => (answers[`${field}Unknown`] ?? '').trim() !== '');
  if (declared.length === 0) return [];
  return ['# 不详事项：所据文本未载明的事实及其理由（页面作为编者注显示）。', 'unknown:', ...declared.map((field) => `  ${field}: ${yamlValue(answers[`${field}Unknown`]!.trim())}`)];
}

/** 通知公告: a circular as issued, with its GB/T 9704 metadata. */
export const noticeTemplate: ContentTemplate = {
  type: 'notice',
  label: '通知公告',
  collection: 'notices',
  ext: 'mdx',
  fields: [
    { name: 'title', label: '标题（照原件，不加书名号）', hint: '关于印发2012年产业转移工作要点的通知', required: true },
    {
      // Not required on its own: a circular whose copy lost its header declares it unknown instead (checkAnswers).
      name: 'docNumber',
      label: '发文字号（照原件；原件未载明时不填，改填下一项的理由）',
      hint: '粤经信园区〔2026〕1号（示意）',
      required: false,
      validate: (value) => {
        const result = checkDocNumber(value);
        return result.ok ? undefined : result.message;
      },
    },
    { name: 'docNumberUnknown', label: '发文字号不详的理由（原件未载发文字号时填写，与发文字号二选一）', hint: unknownFacts.docNumber.reason, required: false },
    { name: 'issuer', label: '发文机关（照原件落款或版头）', hint: '××市经济和信息化局', required: true },
    { name: 'addressees', label: '主送机关（照原件；多个主送机关用竖线 | 隔开，顿号、逗号照原样保留）', hint: '各地级以上市经济和信息化主管部门|省产业转移工业园', required: true, list: true },
    {
      name: 'signedOn',
      label: '成文日期（年-月-日）',
      hint: '2012-02-06',
      required: true,
      validate: (value) => (isRealDate(value) ? undefined : `成文日期“${value}”无效，应写作 年-月-日，如 2012-02-06。`),
    },
    {
      name: 'signedOnPrinted',
      label: '成文日期原件写法（如 二○一二年二月六日）',
      hint: '二○一二年二月六日',
      required: true,
      defaultValue: (answers) => (answers.signedOn && isRealDate(answers.signedOn) ? formatChineseDate(answers.signedOn) : undefined),
      validate: (value, answers) =>
        parseChineseDate(value) === answers.signedOn ? undefined : `成文日期原件写法“${value}”与成文日期 ${answers.signedOn ?? ''} 不一致，或无法识别；应如 二○一二年二月六日。`,
    },
    {
      // No default: a time of publication is a fact; when it is not known, the date alone is
      // written; when not even the date is known, it is declared unknown (checkAnswers).
      name: 'publishedAt',
      label: '发布时间（北京时间，年-月-日 时:分；不知道时刻时只写日期；完全不详时不填，改填下一项的理由）',
      hint: '2012-02-06 15:30',
      required: false,
      validate: (value) =>
        readBeijingTime(value) === undefined ? `发布时间“${value}”应写作 年-月-日 时:分（北京时间），如 2012-02-06 15:30；不知道时刻时只写日期，如 2012-02-06。` : undefined,
    },
    { name: 'publishedAtUnknown', label: '发布时间不详的理由（与发布时间二选一）', hint: unknownFacts.publishedAt.reason, required: false },
    { name: 'description', label: '摘要（一两句话，用于列表和搜索结果，可不填）', required: false },
    { name: 'source', label: '来源（发布处室，可不填）', hint: '工业园区处', required: false },
    { name: 'id', label: '文件 id（网址中的名称：小写拼音、数字和连字符）', hint: 'yue-jingxin-yuanqu-2026-1', required: true, defaultValue: defaultId, validate: checkId },
  ],
  switches: { sample: '标为示例内容（不是真实文件；网站上标“示例”）' },
  id: (answers) => answers.id!,
  checkAnswers: (answers) =>
    (['docNumber', 'publishedAt'] as const).flatMap((field) => {
      const given = (answers[field] ?? '').trim() !== '';
      const declared = (answers[`${field}Unknown`] ?? '').trim() !== '';
      const { label, reason } = unknownFacts[field];
      const example = field === 'docNumber' ? '粤经信园区〔2026〕1号（示意，请照原件抄录）' : '2026-01-05 10:00（示意）';
      if (given && declared) return [`${label}：--${field} 与 --${field}Unknown 只能取一。`];
      if (given || declared) return [];
      return [`缺少${label}：原件载有时加上 --${field} "…"（格式如 ${example}）；所据文本未载明时加上 --${field}Unknown "理由"（如 ${reason}），页面将显示“${unknownFacts[field].shown}”。`];
    }),
  unique: { field: 'docNumber', label: '发文字号', normalize: (value) => normalizeDocNumber(value) ?? value.trim() },
  render(answers) {
    const addressees = splitList(answers.addressees);
    const printed = answers.signedOnPrinted!;
    const lines = [
      '---',
      `title: ${yamlValue(answers.title!)}`,
      answers.docNumber ? `docNumber: ${yamlValue(answers.docNumber.trim())}` : '# 发文字号不详：理由见下方 unknown.docNumber（页面显示“原文未载明”）。',
      `issuer: ${yamlValue(answers.issuer!)}`,
      yamlList('addressees', addressees),
      `signedOn: ${answers.signedOn}`,
      '# 成文日期照原件的写法（用“○”表示零），如 二○一二年二月六日；须与 signedOn 一致。',
      `signedOnPrinted: ${printed}`,
      answers.publishedAt ? `publishedAt: ${yamlValue(answers.publishedAt.trim())}` : '# 发布时间不详：理由见下方 unknown.publishedAt（页面显示“不详”）。',
      ...unknownLines(answers),
      '# 正文状态：全文（按发布原文照录，默认）或 摘要（未取得全文时的编者摘要，网站上会注明）。',
      'bodyStatus: 全文',
      answers.source ? `source: ${yamlValue(answers.source)}` : '# source: 工业园区处        # 来源（发布处室），可选',
      '# 原件印有联系人时照录（可选）：',
      '# contact:',
      '#   name: 张三',
      '#   phone: "83135877"        # 电话、传真加引号，以免被当作数字',
      '#   fax: "83135942"',
      ...(answers.sample === 'true' ? ['# 示例内容：不是真实文件，网站上标为“示例”。', 'sample: true'] : []),
      answers.description ? `description: ${yamlValue(answers.description)}` : '# description: 一两句话概括文件内容，用于列表、搜索结果和页面摘要（可选）。',
      'subjects: []                # 主题分类，如 [产业转移, 工业园区]',
      '# 附件：每个附件在正文中以二级标题（## 附件标题）开始，anchor 即该标题文字；',
      '# 只知道附件标题、未取得其内容时只写 title，不写 anchor（页面注明“未取得附件内容”）。',
      'attachments: []',
      '# 编者注：原文中的错漏照录不改，在此说明。original 逐字引用正文中的一段，reading 写更正读法。',
      'editorialNotes: []',
      '---',
      '{/* 正文照录原件，不改动原文中的错漏；错漏写进上面的 editorialNotes（编者注）。 */}',
      '{/* 标题从 ## 开始，逐级加深不跳级；公文序号 一、→（一）→ 1. →（1） 依次对应逐级加深的标题。 */}',
      '{/* 照录 < 或 { 时写作 \\< 和 \\{。图片须有替代文字：![图片内容](/图片地址)。 */}',
      '',
      // The addressee line as printed: one addressee exactly as given; for several, the editor
      // copies the line from the original, since the punctuation between them is not known here.
      addressees.length === 1 ? `${addressees[0]}：` : `（请照原件录入主送机关一行，标点照原件：${addressees.join(' | ')}）`,
      '',
      '（请在此处照录正文。）',
      '',
      '<div class="doc-signature">',
      '',
      answers.issuer!,
      '',
      printed,
      '',
      '</div>',
      '',
    ];
    return lines.join('\n');
  },
};
