import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { fixtures } from '../helpers/paths.ts';

describe('a build over a bulletin that refers to a missing document', () => {
  const result = runBuild({ CONTENT_DIR: path.join(fixtures, 'broken-refs') });

  it('fails before Astro renders anything', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('构建已停止：内容有错误');
  });

  it('names the file, line, field and the missing id', () => {
    expect(result.output).toContain('✖ 错误  tests/fixtures/broken-refs/bulletins/missing-ref.mdx:11:5');
    expect(result.output).toContain('字段：items.2.ref（引用）');
    expect(result.output).toContain('notices/yue-jingxin-yuanqu-2012-69');
    expect(result.output).toContain('改为：ref: notices/yue-jingxin-yuanqu-2012-68');
  });

  it('leads with the problems, not a stack trace', () => {
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/mu);
    expect(result.output).not.toMatch(/Error:/u);
  });
});
