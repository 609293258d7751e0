import GithubSlugger from 'github-slugger';
import { parseDocument } from 'yaml';
import { articleHeadings } from '../../bulletins/articles.ts';
import { partialDatePrecision } from '../../text/partial-date.ts';
import type { Answers, ContentTemplate } from '../types.ts';
import { checkId } from '../yaml-text.ts';

const partial = (v: string) => (partialDatePrecision(v) ? undefined : `日期应写作 年-月-日、年-月 或 年（只写已知的部分），这里是“${v}”。`);

/** The anchor a new ## heading gets in a body that already has these headings (Astro's ids, github-slugger). */
function newAnchor(body: string, title: string): string {
  const slugger = new GithubSlugger();
  for (const h of articleHeadings(body)) slugger.slug(h.text);
  return slugger.slug(title);
}

/**
 * Adds an article to an existing 专刊 issue (`--issue 2013-02`): its item at the end of the
 * issue's `items` (with author, slug, source and sample as given) and its ## heading at the end
 * of the body, for the editor to fill in. Marked sample only when asked (--sample).
 */
export function addArticle(existing: string, answers: Answers): string {
  const end = existing.indexOf('\n---', 4);
  const frontmatter = existing.slice(4, end + 1);
  const body = existing.slice(end + 4).replace(/\s*$/u, '\n');
  const anchor = newAnchor(body, answers.title!);
  const item: Record<string, unknown> = { article: anchor };
  if (answers.author) item.author = answers.author;
  if (answers.slug) item.slug = answers.slug;
  if (answers.sample === 'true') item.sample = true;
  if (answers.sourceName) {
    item.source = {
      name: answers.sourceName,
      date: answers.sourceDate,
      ...(answers.sourcePage ? { page: answers.sourcePage } : {}),
      ...(answers.sourceUrl ? { url: answers.sourceUrl } : {}),
    };
  }
  const doc = parseDocument(frontmatter);
  doc.addIn(['items'], doc.createNode(item));
  const note = answers.sourceName
    ? '{/* 照录来源原文；不知道的内容不要补写，可加编者注说明。 */}'
    : '{/* 在此写文章正文。 */}';
  return `---\n${doc.toString({ lineWidth: 0 })}---${body}\n## ${answers.title}\n\n${note}\n\n（请在此处照录文章正文。）\n`;
}

/** 专刊文章 (an article of an issue), after src/schemas/bulletins.ts: added to the issue's file. */
export const articleTemplate: ContentTemplate = {
  type: 'article',
  label: '专刊文章',
  collection: 'bulletins',
  ext: 'mdx',
  amends: true,
  fields: [
    { name: 'issue', label: '所在专刊的 id（文件名）', hint: '2013-02', required: true, validate: checkId },
    { name: 'title', label: '文章标题（照原文）', required: true },
    { name: 'author', label: '作者或供稿单位（可不填）', required: false },
    { name: 'sourceName', label: '来源（首发的报刊等，可不填）', hint: '某某日报', required: false },
    {
      name: 'sourceDate',
      label: '来源日期（年-月-日；不知道日或月时只写 年-月 或 年）',
      hint: '2013-03',
      required: false,
      validate: (v, a) => (a.sourceName ? partial(v) : '只有写了来源（--sourceName）时才写来源日期。'),
    },
    { name: 'sourcePage', label: '版次（可不填）', hint: '第2版', required: false },
    { name: 'sourceUrl', label: '原文网址（可不填）', required: false },
    { name: 'slug', label: '文章网址名（小写字母、数字和连字符，可不填：默认用标题）', required: false, validate: checkId },
  ],
  switches: { sample: '标为示例文章（不是真实发表的文章；网站上标“示例”）' },
  id: (answers) => answers.issue!,
  render: () => {
    throw new Error('An article is added to an existing issue: see addArticle.');
  },
  amend: addArticle,
};
