/**
 * Issue 22, point 8: the smaller gaps, each told in the editor's words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/lib/content-check/check-content.ts';
import { parseFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { checkRows } from '../../src/lib/datasets/check-rows.ts';
import { root } from '../helpers/paths.ts';

const noticeFile = 'content/notices/yue-jingxin-yuanqu-2012-68.mdx';
const notice = readFileSync(path.join(root, noticeFile), 'utf8');
const check = (noticeSource = notice) =>
  checkSources(root, [{ collection: 'notices', file: noticeFile, relative: 'yue-jingxin-yuanqu-2012-68.mdx', source: noticeSource }]).filter((p) => p.severity === 'error');

describe('the smaller gaps', () => {
  it('a link that opens a new window without rel="noopener noreferrer" is an error', () => {
    const problems = check(`${notice}\n<a href="https://www.gov.cn/" target="_blank">中国政府网</a>\n`);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('rel="noopener noreferrer"')]);
    expect(check(`${notice}\n<a href="https://www.gov.cn/" target="_blank" rel="noopener noreferrer">中国政府网</a>\n`)).toEqual([]);
  });

  it('a number in quotes is told to lose its quotes, not its unit', () => {
    const columns = [{ key: 'actual', label: '实际', type: 'number' as const, unit: '亿元', optional: false }];
    const [quoted] = checkRows(columns, [{ actual: '3468.31', cite: { actual: '3468.31亿元' } }]);
    expect(quoted).toMatchObject({ message: expect.stringContaining('去掉引号'), params: { suggestion: '3468.31' } });
    const [unit] = checkRows(columns, [{ actual: '3468.31亿元', cite: { actual: '3468.31亿元' } }]);
    expect(unit!.message).toContain('不要把单位写进数值');
  });

  it('a date that does not exist says why', () => {
    const problems = check(notice.replace(/^signedOn: .+$/mu, 'signedOn: 2012-02-30'));
    expect(problems.find((p) => p.field === 'signedOn')!.message).toContain('2012年2月只有29天');
  });

  it('an HTML comment is one Chinese error at its line, and hides no other problem', () => {
    const body = `${notice}\n<!-- 编辑备注 -->\n\n<iframe src="/x/"></iframe>\n`;
    const problems = check(body);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('{/* … */}'), expect.stringContaining('<iframe>')]);
    expect(problems[0]!.line).toBe(body.split('\n').indexOf('<!-- 编辑备注 -->') + 1);
    expect(problems[0]!.message).not.toMatch(/[a-z]{4,}/u);
  });

  it('an unclosed [ is located on its own line', () => {
    const parsed = parseFrontmatter('---\ntitle: 甲\nsubjects: [产业转移, 工业园区\nissuer: 乙\n---\n正文\n');
    expect(parsed.syntaxError).toMatchObject({ line: 3, message: expect.stringContaining('方括号 [ 没有闭合') });
  });

  it('an MDX syntax error is told without the parser’s English', () => {
    const problems = check(`${notice}\n数量 <5 家。\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('\\<');
    expect(problems[0]!.message).not.toMatch(/[A-Za-z]{4,}/u);
  });
});
