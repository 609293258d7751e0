import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { parseFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { formatProblems, type Problem } from '../../src/lib/content-check/problem.ts';
import { fixtures, root } from '../helpers/paths.ts';
import { isNotSettingsReminder } from '../helpers/content.ts';

const brokenDir = path.join(fixtures, 'broken-content');
const lineOf = (file: string, key: string) =>
  readFileSync(path.join(root, file), 'utf8').split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1;

describe('checkContent over the published content', () => {
  it('finds no problem (beyond the reminder of what the site settings still lack)', () => {
    expect(formatProblems(checkContent({ root }).filter(isNotSettingsReminder))).toBe('内容检查通过，未发现问题。');
  });
});

describe('checkContent over broken circulars', () => {
  const problems = checkContent({ root, contentDir: brokenDir });
  const at = (name: string) => problems.filter((p) => p.file.endsWith(`/notices/${name}`));

  it('reports one problem per mistake, and nothing for the files without one', () => {
    expect(problems.map((p) => [path.basename(p.file), p.field])).toEqual(
      expect.arrayContaining([
        ['wrong-brackets.mdx', 'docNumber'],
        ['missing-signed-on.mdx', 'signedOn'],
        ['year-mismatch.mdx', 'docNumber'],
        ['duplicate-a.mdx', 'docNumber'],
        ['duplicate-b.mdx', 'docNumber'],
      ]),
    );
    // The shared 发文字号 is reported in both files, each naming the other.
    expect(problems).toHaveLength(5);
  });

  it('names both files that share a 发文字号, each pointing at the other', () => {
    expect(at('duplicate-a.mdx').map((p) => p.message)).toEqual([expect.stringContaining('已被 tests/fixtures/broken-content/notices/duplicate-b.mdx 使用')]);
    expect(at('duplicate-b.mdx').map((p) => p.message)).toEqual([expect.stringContaining('已被 tests/fixtures/broken-content/notices/duplicate-a.mdx 使用')]);
  });

  it.each([
    ['wrong-brackets.mdx', 'docNumber', '粤经信园区〔2012〕71号'],
    ['year-mismatch.mdx', 'docNumber', '〔2011〕'],
    ['duplicate-a.mdx', 'docNumber', 'duplicate-b.mdx'],
    ['duplicate-b.mdx', 'docNumber', 'duplicate-a.mdx'],
  ])('points at the line of the offending key in %s', (name, key, fragment) => {
    const [problem] = at(name);
    expect(problem).toBeDefined();
    expect(problem!.line).toBe(lineOf(problem!.file, key));
    expect(problem!.column).toBe(1);
    expect(`${problem!.message} ${problem!.suggestion ?? ''}`).toContain(fragment);
  });

  it('names a missing field, gives both ways out, and points at the frontmatter', () => {
    const [problem] = at('missing-signed-on.mdx');
    expect(problem!.message).toContain('缺少成文日期 signedOn。请任选其一');
    // Fill it in (made-up values), or declare it unknown with a reason: the exact lines to write.
    expect(problem!.message).toMatch(/signedOn: 2026-01-05[\s\S]*unknown:\n\s+signedOn: \S+/u);
    expect(problem!.line).toBe(1);
  });

  it('formats each problem with file:line:column, field and the corrected form', () => {
    const report = formatProblems(problems);
    expect(report).toContain(`tests/fixtures/broken-content/notices/wrong-brackets.mdx:${lineOf('tests/fixtures/broken-content/notices/wrong-brackets.mdx', 'docNumber')}:1`);
    expect(report).toContain('字段：docNumber（发文字号）');
    expect(report).toContain('改为：docNumber: 粤经信园区〔2012〕71号');
    expect(report).toContain('内容检查发现 5 处错误');
  });
});

describe('parseFrontmatter', () => {
  it('locates nested keys and list items', () => {
    const parsed = parseFrontmatter('---\ntitle: 甲\ncontact:\n  name: 张\n  phone: "1"\nlist:\n  - a\n  - b\n---\n正文\n');
    expect(parsed.locate(['contact', 'phone'])).toEqual({ line: 5, column: 3 });
    expect(parsed.locate(['list', 1])).toEqual({ line: 8, column: 5 });
    expect(parsed.locate(['missing'])).toEqual({ line: 1, column: 1 });
    expect(parsed.bodyLine).toBe(10);
    expect(parsed.body).toBe('正文\n');
  });

  it('reports a YAML syntax error with its line', () => {
    const parsed = parseFrontmatter('---\ntitle: 甲\ndocNumber: [oops\n---\n');
    expect(parsed.syntaxError?.message).toContain('YAML');
    expect(parsed.syntaxError?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a file without frontmatter', () => {
    expect(parseFrontmatter('正文').syntaxError?.message).toContain('frontmatter');
  });
});

describe('the summary line of a report', () => {
  const problem = (severity: 'error' | 'warning'): Problem => ({ severity, file: 'content/notices/x.mdx', line: 1, column: 1, field: '', message: '示例问题' });
  it.each([
    [[], '内容检查通过，未发现问题。'],
    [[problem('warning'), problem('warning')], '内容检查通过：没有错误，另有 2 处提醒，请逐条核对。'],
    [[problem('error'), problem('warning')], '内容检查发现 1 处错误、1 处提醒。请逐条修改后重新构建。'],
  ] as const)('%#: says the check passed exactly when there is no error', (problems, summary) => {
    expect(formatProblems([...problems]).split('\n\n').at(-1)).toBe(summary);
  });
});
