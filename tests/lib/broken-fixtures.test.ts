/**
 * One mistake, one error: every broken fixture yields only the problems of its own
 * deliberate mistakes (as its README lists them), the real problem first, and none in the
 * files that merely depend on a broken one.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { sortProblems } from '../../src/lib/content-check/problem.ts';
import { fixtures, root } from '../helpers/paths.ts';

/** Per fixture: errors, warnings, and the file and message fragment of the first problem (none when it passes). */
const expected: Record<string, { errors: number; warnings: number; first?: [string, string] }> = {
  'broken-cases': { errors: 1, warnings: 0, first: ['cases/unknown-city.mdx', '没有 id 为“汕尾”的城市'] },
  // duplicate-a/-b share one 发文字号: one mistake, reported in both files, each naming the other.
  // A circular's own 发文字号 that fails its schema comes first (issue 22, point 6).
  'broken-content': { errors: 5, warnings: 0, first: ['notices/wrong-brackets.mdx', '应写作“粤经信园区〔2012〕71号”'] },
  'broken-datasets': { errors: 3, warnings: 0, first: ['datasets/bad-cell.yaml', '不要把单位写进数值'] },
  'broken-doc-number': { errors: 1, warnings: 0, first: ['notices/yue-jingxin-yuanqu-2012-68.mdx', '“[]”'] },
  'broken-file-name': { errors: 1, warnings: 0, first: ['notices/通知 2012.mdx', '文件名“通知 2012”'] },
  'broken-html': { errors: 5, warnings: 0, first: ['notices/iframe.mdx', '<iframe>'] },
  'broken-refs': { errors: 5, warnings: 0, first: ['bulletins/missing-ref.mdx', 'yue-jingxin-yuanqu-2012-69'] },
  'broken-yaml': { errors: 1, warnings: 0, first: ['cities.yaml', '引号没有闭合'] },
  // These two pass the check: Astro (an import that does not exist) or the build's page check
  // (a component that loads from another origin) stops them.
  'broken-component': { errors: 0, warnings: 0 },
  'broken-mdx': { errors: 0, warnings: 0 },
};

describe('each broken fixture yields only its own problems', () => {
  it('covers every broken fixture', () => {
    const dirs = readdirSync(fixtures).filter((d) => d.startsWith('broken-'));
    expect(Object.keys(expected).sort()).toEqual(dirs.sort());
  });

  it.each(Object.entries(expected))('%s', (fixture, { errors, warnings, first }) => {
    const problems = sortProblems(checkContent({ root, contentDir: path.join(fixtures, fixture) }));
    const report = problems.map((p) => `${p.severity} ${p.file}:${p.line} ${p.message}`).join('\n');
    expect(problems.filter((p) => p.severity === 'error'), report).toHaveLength(errors);
    expect(problems.filter((p) => p.severity === 'warning'), report).toHaveLength(warnings);
    if (!first) return;
    expect(problems[0]!.file).toBe(`tests/fixtures/${fixture}/${first[0]}`);
    expect(problems[0]!.message).toContain(first[1]);
  });
});
