import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { fixtures } from '../helpers/paths.ts';

describe('a build over malformed circulars', () => {
  const result = runBuild({ CONTENT_DIR: path.join(fixtures, 'broken-content') });
  const problemBlocks = result.output.split('\n\n').filter((b) => b.includes('✖ 错误'));
  const block = (file: string) => problemBlocks.filter((b) => b.includes(`notices/${file}:`));

  it('fails', () => {
    expect(result.status).not.toBe(0);
  });

  it('reports one problem per mistake, all at once', () => {
    // The shared 发文字号 of duplicate-a/-b is reported in both files, each naming the other.
    expect(problemBlocks).toHaveLength(5);
    expect(result.output).toContain('内容检查发现 5 处错误');
  });

  it.each([
    ['wrong-brackets.mdx', 'docNumber（发文字号）', '改为：docNumber: 粤经信园区〔2012〕71号'],
    ['missing-signed-on.mdx', 'signedOn（成文日期）', '缺少成文日期 signedOn。请任选其一'],
    ['year-mismatch.mdx', 'docNumber（发文字号）', '与成文日期 2012-03-01 的年份 2012 不一致'],
    ['duplicate-a.mdx', 'docNumber（发文字号）', '已被 tests/fixtures/broken-content/notices/duplicate-b.mdx 使用'],
    ['duplicate-b.mdx', 'docNumber（发文字号）', '已被 tests/fixtures/broken-content/notices/duplicate-a.mdx 使用'],
  ])('names the file and field of %s', (file, field, fragment) => {
    const [text] = block(file);
    expect(text).toBeDefined();
    expect(text).toContain(`字段：${field}`);
    expect(text).toContain(fragment);
  });

  it('leads with the problems, not a stack trace', () => {
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/mu);
    expect(result.output).not.toMatch(/Error:/u);
    expect(result.output.trimStart().startsWith('✖') || result.output.indexOf('✖') < result.output.indexOf('[')).toBe(true);
  });
});
