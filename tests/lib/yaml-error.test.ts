import { describe, expect, it } from 'vitest';
import { parseDataFile, parseFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { parseYamlList } from '../../src/lib/content-check/data-files.ts';

/** A frontmatter whose lines are given; the YAML starts on line 2 of the file. */
const file = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n正文\n`;

describe('YAML syntax errors are said in Chinese, at line:column, with what to do', () => {
  it.each([
    // [what, frontmatter lines, line, column, fragment of the message]
    ['an unclosed double quote, at its opening quote', ['title: "关于印发工作要点的通知', 'issuer: 广东省经济和信息化委员会'], 2, 8, '引号没有闭合'],
    ["an unclosed single quote", ["title: '关于印发工作要点的通知", 'issuer: 广东省经济和信息化委员会'], 2, 8, "补上 '"],
    ['a tab as indentation', ['addressees:', '\t- 各地级以上市经济和信息化主管部门'], 3, 1, '制表符（Tab）'],
    ['a field out of line', ['contact:', '  name: 张会洋', ' phone: "83135877"'], 4, 1, '缩进不齐'],
    ['a field written twice', ['title: 甲', 'title: 乙'], 3, 1, '字段“title”写了两次'],
    ['a half-width colon in a value', ['title: 关于: 某事', 'issuer: 乙'], 2, 8, '用英文双引号括起'],
    // An unclosed bracket is located where it opens, not on the next line (issue 22, point 8).
    ['an unclosed [ list', ['subjects: [产业转移, 工业园区', 'issuer: 乙'], 2, 11, '方括号 [ 没有闭合'],
    ['an unclosed { map', ['contact: { name: 张会洋', 'issuer: 乙'], 2, 10, '花括号 { 没有闭合'],
    ['a value starting with a reserved character', ['title: @某事'], 2, 8, '不能以“@”开头'],
    ['a line without a colon', ['title', 'issuer: 乙'], 2, 1, '缺少冒号'],
    ['an invalid escape in double quotes', ['title: "a\\q"'], 2, 10, '反斜杠'],
  ])('%s', (_what, lines, line, column, fragment) => {
    const { syntaxError } = parseFrontmatter(file(...lines));
    expect(syntaxError).toBeDefined();
    expect(syntaxError!.message).toContain('元数据的 YAML 写法有误：');
    expect(syntaxError!.message).toContain(fragment);
    // Never the parser's English.
    expect(syntaxError!.message).not.toMatch(/\b(?:Missing|must|allowed|Nested|Implicit|Unexpected|cannot|Invalid|Tabs|Flow|keys)\b/u);
    expect([syntaxError!.line, syntaxError!.column]).toEqual([line, column]);
  });

  it('says the same for a data file and a reference-data list, at the line in the file', () => {
    expect(parseDataFile('title: 甲\nsource: "粤经信园区〔2012〕68号\n').syntaxError).toMatchObject({ line: 2, column: 9, message: expect.stringContaining('引号没有闭合') });
    expect(parseYamlList('- { id: guangzhou, name: "广州市, region: zhusanjiao }\n- { id: shenzhen, name: 深圳市 }\n').error).toMatchObject({
      line: 1,
      column: 26,
      message: expect.stringContaining('引号没有闭合'),
    });
  });
});
