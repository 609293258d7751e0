import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { fixtures } from '../helpers/paths.ts';

describe('a build over a case whose city is not a city id', () => {
  const result = runBuild({ CONTENT_DIR: path.join(fixtures, 'broken-cases') });

  it('fails', () => {
    expect(result.status).not.toBe(0);
  });

  it('names the file, line and field, lists the valid ids and suggests the one meant', () => {
    expect(result.output).toContain('✖ 错误  tests/fixtures/broken-cases/cases/unknown-city.mdx:5:1');
    expect(result.output).toContain('字段：city（城市）');
    expect(result.output).toContain('没有 id 为“汕尾”的城市（见 tests/fixtures/broken-cases/cities.yaml）。可用的 id：shenzhen（深圳市）、shanwei（汕尾市）。');
    expect(result.output).toContain('改为：city: shanwei');
    expect(result.output).toContain('内容检查发现 1 处错误');
  });

  it('leads with the problem, not a stack trace', () => {
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/mu);
    expect(result.output).not.toMatch(/Error:/u);
  });
});
