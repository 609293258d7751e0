import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { fixtures, root } from '../helpers/paths.ts';

describe('checkContent over broken references', () => {
  const problems = checkContent({ root, contentDir: path.join(fixtures, 'broken-refs') });
  const summary = problems.map((p) => [path.basename(p.file), `${p.line}`, p.field]);

  it('reports each broken reference at its line, and nothing for the good ones', () => {
    expect(summary).toEqual(
      expect.arrayContaining([
        ['missing-ref.mdx', '11', 'items.2.ref'],
        ['missing-ref.mdx', '12', 'items.3.ref'],
        ['missing-ref.mdx', '19', 'items'],
        ['bad-section.mdx', '10', 'sections.0.documents.1'],
        ['sanjiehe.yaml', '4', 'citations.0.passage'],
      ]),
    );
    expect(problems).toHaveLength(5);
    expect(problems.some((p) => p.field === 'items.1.ref' || p.field === 'sections.0.documents.0')).toBe(false);
  });

  it.each([
    ['items.2.ref', '“notices/yue-jingxin-yuanqu-2012-69”不存在'],
    ['items.3.ref', '集合“reports”不存在'],
    ['sections.0.documents.1', '“documents/no-such-document”不存在'],
    ['items', '“未列入目录的文章”不在目录'],
  ])('says what is wrong with %s', (field, fragment) => {
    expect(problems.find((p) => p.field === field)?.message).toContain(fragment);
  });

  it('suggests the nearest existing entry', () => {
    expect(problems.find((p) => p.field === 'items.2.ref')?.suggestion).toBe('notices/yue-jingxin-yuanqu-2012-68');
  });
});
