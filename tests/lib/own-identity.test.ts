/**
 * Issue 22, point 6: one slip in a circular's own 发文字号 is reported once, first, with 改为,
 * and the entries that cite the circular are not reported while its 发文字号 is in doubt.
 * Holds for any valid content: the slip is made in a copy of content/.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { sortProblems } from '../../src/lib/content-check/problem.ts';
import { root } from '../helpers/paths.ts';

function withSlip(slip: (docNumber: string) => string): { problems: ReturnType<typeof checkContent>; file: string; docNumber: string } {
  const dir = mkdtempSync(path.join(root, 'node_modules/.cache/szy-own-identity-'));
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  const name = readdirSync(path.join(dir, 'notices')).filter((f) => f.endsWith('.mdx')).sort()[0]!;
  const file = path.join(dir, 'notices', name);
  const source = readFileSync(file, 'utf8');
  const docNumber = /^docNumber: (.+)$/mu.exec(source)![1]!.trim();
  writeFileSync(file, source.replace(/^docNumber: .+$/mu, `docNumber: ${slip(docNumber)}`));
  const problems = sortProblems(checkContent({ root, contentDir: dir }).filter((p) => p.severity === 'error'));
  return { problems, file: path.relative(root, file).split(path.sep).join('/'), docNumber };
}

describe('a slip in a circular’s own 发文字号', () => {
  it.each([
    ['its year (≠ 成文日期)', (d: string) => d.replace(/〔(\d{4})〕/u, (_m, y: string) => `〔${Number(y) - 1}〕`)],
    ['its brackets', (d: string) => d.replace('〔', '[').replace('〕', ']')],
  ])('%s: its own error comes first, with 改为, and at most 3 problems in all', (_name, slip) => {
    const { problems, file, docNumber } = withSlip(slip);
    expect(problems.length, problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')).toBeLessThanOrEqual(3);
    expect(problems[0]).toMatchObject({ file, field: 'docNumber', suggestion: docNumber });
  });
});
