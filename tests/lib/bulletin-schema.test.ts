import { describe, expect, it } from 'vitest';
import { bulletinSchema } from '../../src/schemas/bulletins.ts';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const issue = (items: unknown[]) => ({ title: 't', number: 1, serial: 1, date: '2012-03-15', editor: 'e', items });

describe('bulletinSchema items', () => {
  it.each([
    [[{ article: '卷首语', author: '编辑部' }]],
    [[{ ref: 'notices/x', note: '全文转发' }]],
  ])('accepts %o', (items) => {
    expect(bulletinSchema.safeParse(issue(items)).success).toBe(true);
  });

  it.each([
    [[{ artcle: '卷首语' }], '不认识的字段：artcle'],
    [[{ author: '编辑部' }], '须写 article（本期文章的锚点）或 ref（站内引用）二者之一'],
    [[{ article: '卷首语', ref: 'notices/x' }], '二者之一'],
    [[{ ref: 'yue-jingxin-yuanqu-2012-68' }], '集合名/文件名'],
    [[], '目录至少要有一项'],
  ])('rejects %o with a message in Chinese', (items, fragment) => {
    const result = bulletinSchema.safeParse(issue(items));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join('\n')).toContain(fragment);
  });
});

describe('the content check on a bulletin', () => {
  it('requires the articles in items and the ## headings of the body to agree, in order', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-bulletin-'));
    mkdirSync(path.join(dir, 'bulletins'));
    writeFileSync(
      path.join(dir, 'bulletins', 'x.mdx'),
      ['---', 'title: t', 'number: 1', 'serial: 1', 'date: 2012-03-15', 'editor: e', 'items:', '  - article: 乙', '  - article: 甲', '  - article: 丙', '---', '', '## 甲', '', '## 乙', ''].join('\n'),
    );
    const problems = checkContent({ root: dir, contentDir: '.' });
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['items.2.article', 10],
      ['items', 7],
    ]);
    expect(problems[0]!.message).toContain('没有锚点为“丙”的二级标题');
    expect(problems[1]!.message).toContain('次序与正文不一致：正文依次为 甲、乙');
  });
});
