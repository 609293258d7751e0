import type { ContentTemplate } from '../types.ts';
import { checkId, ISO_DATE, yamlValue } from '../yaml-text.ts';

const positive = (what: string) => (v: string) => (/^[1-9]\d*$/u.test(v) ? undefined : `${what}应为正整数，这里是“${v}”。`);

/**
 * 专刊 (bulletins), after src/schemas/bulletins.ts: the year's number and
 * the running number, the editing unit and an ordered table of contents whose
 * items are articles in the body (## headings) or references to site entries.
 * The file is named <year>-<number, two digits>, e.g. 2012-01. Marked sample only when
 * asked (--sample); the date may be a month (专刊 are dated by issue and month).
 */
export const bulletinTemplate: ContentTemplate = {
  type: 'bulletin',
  label: '专刊',
  collection: 'bulletins',
  ext: 'mdx',
  fields: [
    { name: 'title', label: '本期标题', hint: '2012年产业转移工作要点专辑', required: true },
    {
      name: 'date',
      label: '出版日期（年-月-日，或只写 年-月）',
      hint: '2013-03',
      required: true,
      validate: (v) => (ISO_DATE.test(v) || /^\d{4}-(0[1-9]|1[0-2])$/u.test(v) ? undefined : `日期应写作 年-月-日 或 年-月（专刊按期、按月编印），这里是“${v}”。`),
    },
    { name: 'number', label: '当年期号（第几期）', hint: '1', required: true, validate: positive('期号') },
    { name: 'serial', label: '总期号', hint: '1', required: true, validate: positive('总期号') },
    { name: 'editor', label: '编印单位', hint: '专刊编辑部', required: true },
    {
      name: 'id',
      label: 'id（文件名，默认为 年份-两位期号）',
      hint: '2012-01',
      required: true,
      defaultValue: (a) => (a.date && a.number ? `${a.date.slice(0, 4)}-${a.number.padStart(2, '0')}` : undefined),
      validate: checkId,
    },
  ],
  switches: { sample: '标为示例专刊（不是真实出版的专刊；网站上整期标“示例”）' },
  id: (answers) => answers.id!,
  unique: { field: 'id', label: '期号', normalize: (v) => v },
  render(answers) {
    return [
      '---',
      `title: ${yamlValue(answers.title!)}`,
      ...(answers.sample === 'true' ? ['sample: true                 # 示例专刊：网站上整期标为“示例”'] : []),
      `number: ${answers.number}`,
      `serial: ${answers.serial}`,
      `date: ${answers.date}`,
      `editor: ${yamlValue(answers.editor!)}`,
      '# 目录：按顺序列出本期各项。本期文章写 article（正文中 ## 标题的文字），可加 author、slug（文章网址）、',
      '# source（来源：name 与 date，日期不详时只写 年-月 或 年）和 sample: true（示例文章）；',
      '# 加文章可用 npm run new -- article --issue 本期id。转载站内已有内容写 ref（如 notices/…），可加 note。',
      'items:',
      '  - article: 卷首语',
      '  # - ref: notices/yue-jingxin-yuanqu-2012-68',
      '  #   note: 本期转发，全文见通知公告。',
      '---',
      '{/* 每篇文章以 ## 标题开始，标题文字就是目录中的 article。 */}',
      '',
      '## 卷首语',
      '',
      '（请在此处写卷首语。）',
      '',
    ].join('\n');
  },
};
