import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRefusedPages, partAt } from '../../src/lib/build/check-pages.ts';
import { pageSources } from '../../src/lib/build/page-sources.ts';

describe('partAt', () => {
  it.each([
    ['a line inside the second document a compilation prints', '<p>编者按</p>\n<section id="doc-1">\n<p>甲</p>\n<section id="doc-2">\n<p>乙</p>', 5, 'doc-2'],
    ['a line before any document', '<p>编者按</p>\n<section id="doc-1">', 1, undefined],
    ['a page that prints none', '<h1>通知</h1>\n<p>正文</p>', 2, undefined],
  ])('%s', (_, html, line, part) => {
    expect(partAt(html, line)).toBe(part);
  });
});

describe('the publish gate names the file a refused line comes from', () => {
  // A content folder of two made-up circulars and a compilation that prints them in that order.
  const root = mkdtempSync(path.join(os.tmpdir(), 'szy-gate-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write('content/notices/jia.mdx', '---\ntitle: 甲\n---\n正文\n');
  write('content/notices/yi.mdx', '---\ntitle: 乙\n---\n正文\n');
  write('content/compilations/huibian.mdx', '---\ntitle: 汇编\nsections:\n  - title: 一\n    documents:\n      - notices/jia\n      - notices/yi\n---\n编者按\n');
  const sourceOf = pageSources(root);

  it('maps each document a compilation prints to its own file, numbered straight through', () => {
    expect(sourceOf('compilations/huibian/index.html')).toBe('content/compilations/huibian.mdx');
    expect(sourceOf('compilations/huibian/index.html', 'doc-2')).toBe('content/notices/yi.mdx');
  });

  it('names the circular, not only the compilation, for a violation inside it', () => {
    const report = formatRefusedPages([{ page: 'compilations/huibian/index.html', violations: [{ line: 40, message: '不能使用 <script>', part: 'doc-2' }] }], sourceOf);
    expect(report).toContain('来自：content/compilations/huibian.mdx');
    expect(report).toContain('第 40 行：不能使用 <script>（出自本页全文收录的 content/notices/yi.mdx）');
  });
});
