import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources, type SourceFile } from '../../src/lib/content-check/check-content.ts';
import type { Problem } from '../../src/lib/content-check/problem.ts';
import { headingProblems, numberingRank } from '../../src/lib/content-check/rules/heading-levels.ts';
import { punctuationSlips } from '../../src/lib/content-check/rules/paired-punctuation.ts';
import { fixtures, root } from '../helpers/paths.ts';

const realFile = 'content/notices/yue-jingxin-yuanqu-2012-68.mdx';
const real: SourceFile = { collection: 'notices', file: realFile, relative: path.basename(realFile), source: readFileSync(path.join(root, realFile), 'utf8') };

const FRONTMATTER = `---
title: 关于测试内容检查规则的通知
docNumber: 粤经信园区〔2012〕90号
issuer: 广东省经济和信息化委员会
addressees:
  - 各地级以上市经济和信息化主管部门
signedOn: 2012-03-01
signedOnPrinted: 二○一二年三月一日
publishedAt: 2012-03-02 09:00
sample: true
EXTRA---
`;

/** Checks one sample circular (with the real one beside it, so links to it resolve). */
function check(body: string, extra = ''): { problems: Problem[]; source: string } {
  const source = FRONTMATTER.replace('EXTRA', extra) + body;
  const file: SourceFile = { collection: 'notices', file: 'content/notices/zz-test.mdx', relative: 'zz-test.mdx', source };
  return { problems: checkSources(root, [real, file]).filter((p) => p.file === file.file), source };
}

/** 1-based line of the first line containing `marker`. */
const lineOf = (source: string, marker: string) => source.split('\n').findIndex((l) => l.includes(marker)) + 1;

describe('body rules, each with a good and a bad fixture', () => {
  it.each([
    // [rule, label, good body, bad body, marker on the offending line, message fragment, severity]
    ['images have alt text (Markdown)', '图片说明', '![2011年园区产值示意图](/favicon.svg)\n', '正文。\n\n![](/favicon.svg)\n', '![](', '缺少替代文字', 'error'],
    ['images have alt text (JSX)', '图片说明', '<img src="/favicon.svg" alt="示意图" />\n', '正文。\n\n<img src="/favicon.svg" />\n', '<img', '缺少替代文字', 'error'],
    // Only the body components (src/lib/safe-html/body-elements.ts) may be placed; a chart's description rule is tested with datasets below.
    ['a component not in the list is refused', '组件', '正文。\n', '正文。\n\n<LineChart description="2011年园区产值超过目标。" />\n', '<LineChart', '没有名为 <LineChart> 的组件', 'error'],
    ['headings do not skip a level', '标题层级', '## 附件\n\n### 一、总体要求\n', '## 附件\n\n#### 一、总体要求\n', '#### 一、', '跳级', 'error'],
    ['no level-1 heading in a body', '标题层级', '## 一、总体要求\n', '# 一、总体要求\n', '# 一、', '一级标题', 'error'],
    ['numbering keeps its level', '标题层级', '## 一、甲\n\n### （一）乙\n\n## 二、丙\n', '## 一、甲\n\n### （一）乙\n\n### 二、丙\n', '### 二、', '层级须一致', 'error'],
    ['numbering goes 一、 → （一） → 1. → （1）', '标题层级', '## （一）甲\n\n### 1.乙\n', '## 1.甲\n\n### （一）乙\n', '### （一）', '序号层次不对', 'error'],
    ['《》 balanced', '成对标点', '印发《工作要点》。\n', '印发《工作要点。\n', '《工作要点。', '书名号“《”没有对应的“》”', 'warning'],
    ['“” balanced', '成对标点', '“双转移”战略。\n', '双转移”战略。\n', '双转移”', '引号“””前面没有对应的““”', 'warning'],
    ['（） balanced', '成对标点', '技工学校（分校）。\n', '技工学校（分校。\n', '技工学校（', '括号“（”没有对应的“）”', 'warning'],
    ['〔〕 balanced', '成对标点', '粤经信园区〔2012〕68号。\n', '粤经信园区〔2012 68号。\n', '〔2012 68', '六角括号“〔”没有对应的“〕”', 'warning'],
    ['() balanced', '成对标点', '深汕(尾)特别合作区。\n', '(联系人:张三,电话:123\n', '(联系人', '半角括号“(”没有对应的“)”', 'warning'],
    ['brackets of one width', '成对标点', '顺德（英德）。\n', '顺德（英德)。\n', '顺德', '全角半角不一致', 'warning'],
    ['links inside the site resolve', '站内链接', '见[通知](/notices/yue-jingxin-yuanqu-2012-68/)。\n', '见[通知](/notices/yue-jingxin-yuanqu-2012-86/)。\n', '见[通知]', '内容不存在', 'error'],
    ['links keep the trailing slash', '站内链接', '见[通知列表](/notices/)。\n', '见[通知列表](/notices)。\n', '见[通知列表]', '缺少结尾的斜杠', 'error'],
    ['anchors exist on the target page', '站内链接', '见[工作思路](/notices/yue-jingxin-yuanqu-2012-68/#一工作思路)。\n', '见[工作思路](/notices/yue-jingxin-yuanqu-2012-68/#工作思路)。\n', '见[工作思路]', '锚点“#工作思路”', 'error'],
    ['static pages resolve', '站内链接', '见[发文字号索引](/notices/numbers/)。\n', '见[发文字号索引](/notices/number/)。\n', '见[发文字号索引]', '不存在', 'error'],
    ['no element that embeds another site', 'HTML 标签', '见<a href="https://evil.example/">原网页</a>。\n', '正文。\n\n<iframe src="https://evil.example"></iframe>\n', '<iframe', '不能使用 <iframe>', 'error'],
    ['no script element', 'HTML 标签', '<p class="doc-contact">联系人</p>\n', '正文。\n\n<script>alert(5)</script>\n', '<script', '运行脚本', 'error'],
    ['no element outside the list', 'HTML 标签', '<span>甲</span>\n', '正文。\n\n<marquee>甲</marquee>\n', '<marquee', '正文可用的 HTML 标签只有', 'error'],
    ['no image from another origin (JSX)', '链接地址', '<img src="/favicon.svg" alt="标志" />\n', '正文。\n\n<img src="https://tracker.example/x.png" alt="x" />\n', '<img', '来自其他网站（tracker.example）', 'error'],
    ['no image from another origin (Markdown)', '链接地址', '![标志](/favicon.svg)\n', '正文。\n\n![标志](//cdn.example/x.png)\n', '![标志]', '来自其他网站（cdn.example）', 'error'],
    ['no image from another origin (reference)', '链接地址', '![标志][logo]\n\n[logo]: /favicon.svg\n', '正文。\n\n![标志][logo]\n\n[logo]: https://cdn.example/x.png\n', '[logo]:', '来自其他网站', 'error'],
    ['no javascript: link (Markdown)', '链接地址', '[国务院](https://www.gov.cn/)\n', '正文。\n\n[点我](javascript:alert(1))\n', '[点我]', '以 javascript: 开头', 'error'],
    ['no javascript: link (JSX, hidden by a character reference)', '链接地址', '<a href="/notices/">通知</a>\n', '正文。\n\n<a href="jav&#x61;script:alert(1)">点我</a>\n', '<a href', '以 javascript: 开头', 'error'],
    ['no data: image', '链接地址', '![标志](/favicon.svg)\n', '正文。\n\n![标志](data:image/png;base64,AAAA)\n', '![标志]', '以 data: 开头', 'error'],
    ['no inline style', '行内样式', '<div class="doc-signature">\n\n落款\n\n</div>\n', '正文。\n\n<div style="color:red">\n\n红字\n\n</div>\n', '<div style', '不能写 style', 'error'],
    ['no event handler', '脚本', '<a href="https://www.gov.cn/">国务院</a>\n', '正文。\n\n<a href="https://www.gov.cn/" onclick="alert(1)">国务院</a>\n', '<a href', '不能写 onclick', 'error'],
    ['no code in a {…} expression', '脚本', '{/* 注释 */}\n\n正文{"{"}甲}。\n', '正文。\n\n{<iframe src="https://evil.example" />}\n', '{<iframe', '程序表达式', 'error'],
    ['the body parses as MDX', 'MDX 写法', '<div class="doc-signature">\n\n落款\n\n</div>\n', '正文：\n\n<div class="doc-signature">\n\n落款\n', '<div', '没有闭合', 'error'],
  ])('%s', (_rule, label, good, bad, marker, fragment, severity) => {
    expect(check(good).problems).toEqual([]);
    const { problems, source } = check(bad);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ label, severity });
    expect(problem!.message).toContain(fragment);
    expect(problem!.line).toBe(lineOf(source, marker));
  });

  it('points at the column of the unbalanced mark', () => {
    const { problems } = check('第一行。\n\n印发《工作要点。\n');
    expect(problems[0]).toMatchObject({ column: 3 });
  });

  it('suggests the corrected heading and link where it can', () => {
    expect(check('## 附件\n\n#### 一、总体要求\n').problems[0]!.suggestion).toBe('### 一、总体要求');
    expect(check('见[列表](/notices)。\n').problems[0]!.suggestion).toBe('/notices/');
    expect(check('见[工作思路](/notices/yue-jingxin-yuanqu-2012-68/#工作思路)。\n').problems[0]!.suggestion).toBe('/notices/yue-jingxin-yuanqu-2012-68/#一工作思路');
  });

  it('accepts links outside the site and to dynamic pages it cannot list', () => {
    expect(check('见[国务院](https://www.gov.cn/)、[邮件](mailto:a@example.invalid)和[本页](#附件)。\n\n## 附件\n').problems).toEqual([]);
  });

  it('lets a warning pass the check while an error fails it', () => {
    expect(check('印发《工作要点。\n').problems.every((p) => p.severity === 'warning')).toBe(true);
  });
});

describe('marking a slip in the original as intentional', () => {
  const slip = '六)在激励督促上狠下功夫\n';
  it.each([
    ['unmarked', '', 1],
    ['quoted in an editorial note', 'editorialNotes:\n  - original: 六)在激励督促\n    reading: 应为“(六)”，原文缺左括号。\n', 0],
    ['listed in keepAsIs', 'keepAsIs:\n  - 六)在激励督促上狠下功夫\n', 0],
    ['listed in keepAsIs, but for another passage', 'keepAsIs:\n  - 狠下功夫\n', 1],
  ])('%s', (_name, extra, warnings) => {
    expect(check(slip, extra).problems.filter((p) => p.label === '成对标点')).toHaveLength(warnings);
  });

  it('rejects a keepAsIs passage the body does not contain, at its line', () => {
    const { problems, source } = check(slip, 'keepAsIs:\n  - 七)在激励督促\n');
    expect(problems).toHaveLength(2);
    const missing = problems.find((p) => p.field === 'keepAsIs.0')!;
    expect(missing.severity).toBe('error');
    expect(missing.line).toBe(lineOf(source, '- 七)'));
  });

  it('the real circular passes every rule, its two known slips marked by its editorial notes', () => {
    expect(checkSources(root, [real])).toEqual([]);
    const unmarked = real.source.replace(/ {2}- original: 六\)[^\n]*\n[^\n]*\n/u, '').replace(/ {2}- original: \(联系人[^\n]*\n[^\n]*\n/u, '');
    const problems = checkSources(root, [{ ...real, source: unmarked }]);
    expect(problems.map((p) => [p.severity, p.label])).toEqual([
      ['warning', '成对标点'],
      ['warning', '成对标点'],
    ]);
    expect(problems.map((p) => unmarked.split('\n')[p.line - 1]!.slice(p.column - 1, p.column + 3))).toEqual(['(联系人', ')在激励']);
  });
});

describe('the reported line points at the offending frontmatter key', () => {
  // [what is wrong, the line replaced, its replacement, key whose line is reported, message fragment]
  it.each([
    ['发文字号 with [] brackets', 'docNumber: 粤经信园区〔2012〕90号', 'docNumber: 粤经信园区[2012]90号', 'docNumber:', '六角括号'],
    ['发文字号 year ≠ 成文日期 year', 'docNumber: 粤经信园区〔2012〕90号', 'docNumber: 粤经信园区〔2011〕90号', 'docNumber:', '不一致'],
    ['发文字号 already used', 'docNumber: 粤经信园区〔2012〕90号', 'docNumber: 粤经信园区〔2012〕68号', 'docNumber:', '已被'],
    ['impossible 成文日期', 'signedOn: 2012-03-01', 'signedOn: 2012-02-30', 'signedOn:', '2012年2月只有29天'],
    ['printed date differs', 'signedOnPrinted: 二○一二年三月一日', 'signedOnPrinted: 二○一二年三月二日', 'signedOnPrinted:', '不一致'],
    ['published before signed', 'publishedAt: 2012-03-02 09:00', 'publishedAt: 2012-02-02 09:00', 'publishedAt:', '早于成文日期'],
    ['bad time', 'publishedAt: 2012-03-02 09:00', 'publishedAt: 2012-03-02 25:00', 'publishedAt:', '无效'],
    ['empty title', 'title: 关于测试内容检查规则的通知', 'title: ""', 'title:', '不能为空'],
    ['addressee blank', '  - 各地级以上市经济和信息化主管部门', '  - " "', '  - " "', '不能为空'],
    ['sample not true/false', 'sample: true', 'sample: 是', 'sample:', '类型不对'],
    ['nested: contact phone blank', 'sample: true', 'sample: true\ncontact:\n  name: 张三\n  phone: ""', '  phone:', '不能为空'],
    ['nested: 已修订 without replacedBy', 'sample: true', 'sample: true\nvalidity:\n  state: 已修订', 'validity:', 'replacedBy'],
    ['attachment without its heading', 'sample: true', 'sample: true\nattachments:\n  - title: 工作要点\n    anchor: 工作要点', '    anchor:', '没有锚点'],
    ['editorial note quoting nothing in the body', 'sample: true', 'sample: true\neditorialNotes:\n  - original: 不存在的原文\n    reading: 说明', '  - original:', '找不到'],
  ])('%s', (_name, line, replacement, key, fragment) => {
    const { problems, source } = check('正文。\n');
    expect(problems).toEqual([]);
    const broken = source.replace(line, replacement);
    expect(broken).not.toBe(source);
    const found = checkSources(root, [real, { collection: 'notices', file: 'content/notices/zz-test.mdx', relative: 'zz-test.mdx', source: broken }]).filter(
      (p) => p.file === 'content/notices/zz-test.mdx',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(fragment);
    expect(found[0]!.line).toBe(lineOf(broken, key));
  });
});

describe('punctuationSlips', () => {
  it.each([
    ['印发《工作要点》。', []],
    ['“双转移”和《“三结合”指导意见》', []],
    ['深汕(尾)与顺德（英德）', []],
    ['印发《工作要点。', [[2, '没有对应的“》”']]],
    ['六)在激励', [[1, '前面没有对应的“(”']]],
    ['《甲“乙》', [[2, '没有对应的“””']]],
    ['（甲)', [[2, '全角半角不一致']]],
  ] as [string, [number, string][]][])('%s', (text, expected) => {
    const slips = punctuationSlips(text);
    expect(slips.map((s) => s.index)).toEqual(expected.map((e) => e[0]));
    expected.forEach(([, fragment], i) => expect(slips[i]!.message).toContain(fragment));
  });
});

describe('headingProblems and numberingRank', () => {
  it.each([
    ['一、工作思路', 0],
    ['（一）加强统筹', 1],
    ['(一)加强统筹', 1],
    ['1.编制规划', 2],
    ['（1）组织培训', 3],
    ['一是强化业务培训', undefined],
    ['2012年产业转移工作要点', undefined],
    ['六)在激励督促上狠下功夫', undefined],
  ])('%s has rank %s', (text, rank) => {
    expect(numberingRank(text)).toBe(rank);
  });

  it.each([
    ['the circular’s own order', [[2, '附件'], [3, '一、工作思路'], [4, '(一)以…为纲'], [5, '一是…'], [3, '二、主要目标'], [4, '(二)…']], []],
    ['a skip, reported once', [[2, '附件'], [4, '一、甲'], [3, '二、乙'], [4, '(一)丙']], [1]],
    ['numbering out of order', [[2, '(一)甲'], [3, '一、乙']], [1]],
    ['numbering that changes level', [[2, '一、甲'], [3, '(一)乙'], [3, '二、丙']], [2]],
  ] as [string, [number, string][], number[]][])('%s', (_name, headings, indexes) => {
    expect(headingProblems(headings.map(([depth, text]) => ({ depth, text }))).map((p) => p.index)).toEqual(indexes);
  });
});

describe('the fixture the build cannot compile', () => {
  it('passes the content check, so the build itself has to fail on it', () => {
    const file = path.join(fixtures, 'broken-mdx/notices/failing-component.mdx');
    const problems = checkSources(root, [{ collection: 'notices', file, relative: 'failing-component.mdx', source: readFileSync(file, 'utf8') }]);
    expect(problems).toEqual([]);
  });
});

describe('data files (one YAML entry per file)', () => {
  it('are parsed with the position of every key', async () => {
    const { parseDataFile } = await import('../../src/lib/content-check/frontmatter.ts');
    const parsed = parseDataFile('# 注释\ntitle: 甲\nchart:\n  type: bar\n  description: ""\n');
    expect(parsed.locate(['chart', 'description'])).toEqual({ line: 5, column: 3 });
    expect(parsed.data).toMatchObject({ title: '甲', chart: { type: 'bar' } });
  });

  it.each([
    ['**/*.mdx', ['.mdx', '.md']],
    ['**/*.{yaml,yml}', ['.mdx', '.md', '.yaml', '.yml']],
    ['**/*.json', ['.mdx', '.md', '.json']],
  ])('a collection with pattern %s is read from %j', async (pattern, extensions) => {
    const { extensionsOf } = await import('../../src/lib/content-check/check-content.ts');
    expect(extensionsOf(pattern)).toEqual(extensions);
  });

  it('a dataset’s chart without its finding (description) is an error at its key', async () => {
    const { chartDescriptions } = await import('../../src/lib/content-check/rules/chart-descriptions.ts');
    const { parseDataFile } = await import('../../src/lib/content-check/frontmatter.ts');
    const make = (source: string, id = 'x') => {
      const parsed = parseDataFile(source);
      return { collection: 'datasets' as const, file: `content/datasets/${id}.yaml`, id, parsed, data: parsed.data };
    };
    expect(chartDescriptions([make('title: 甲\nchart:\n  type: bar\n  finding: 东翼增速最高。\n')])).toEqual([]);
    const problems = chartDescriptions([make('title: 甲\ncharts:\n  - type: bar\n    finding: 有\n  - type: line\n')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'charts.1.finding', line: 5, severity: 'error' });
    // A chart element showing a dataset whose chart is described needs no description of its own.
    const { parseBody } = await import('../../src/lib/content-check/body/parse-body.ts');
    const { parseFrontmatter } = await import('../../src/lib/content-check/frontmatter.ts');
    const article = (id: string) => {
      const parsed = parseFrontmatter(`---\ntitle: 乙\n---\n<DatasetChart id="${id}" />\n`);
      return { collection: 'notices' as const, file: 'content/notices/y.mdx', id: 'y', parsed, data: parsed.data, body: parseBody(parsed.body) };
    };
    const described = make('title: 甲\nchart:\n  type: bar\n  finding: 东翼增速最高。\n');
    expect(chartDescriptions([described, article('x')])).toEqual([]);
    // One whose dataset states no finding needs its own; an unknown dataset is left to dataset-chart-ids.
    const undescribed = make('title: 丙\nchart:\n  type: bar\n', 'other');
    expect(chartDescriptions([described, undescribed, article('other')]).filter((p) => p.file.endsWith('y.mdx'))).toMatchObject([
      { file: 'content/notices/y.mdx', line: 4, label: '图表说明' },
    ]);
    expect(chartDescriptions([described, article('no-such-dataset')])).toEqual([]);
  });
});
