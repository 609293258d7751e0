import { describe, expect, it } from 'vitest';
import { issueContents, issueParts } from '../../src/lib/bulletins/issue-page.ts';

const resolve = async (ref: string) => ({ title: `标题：${ref}`, path: `/${ref}/` });

describe('issueContents', () => {
  it('anchors a referenced entry by its place in the list and an article by its heading', async () => {
    const items = await issueContents(
      [{ ref: 'notices/a', note: '全文转载' }, { article: 'kai-pian', author: '本刊编辑部' }, { ref: 'cases/b' }],
      [{ slug: 'kai-pian', text: '“双转移”开篇' }],
      resolve,
    );
    expect(items).toEqual([
      { kind: 'ref', anchor: 'item-1', ref: { title: '标题：notices/a', path: '/notices/a/' }, note: '全文转载' },
      { kind: 'article', anchor: 'kai-pian', title: '“双转移”开篇', author: '本刊编辑部' },
      { kind: 'ref', anchor: 'item-3', ref: { title: '标题：cases/b', path: '/cases/b/' }, note: undefined },
    ]);
  });

  it('titles an article whose heading is not in the body by its anchor', async () => {
    const [item] = await issueContents([{ article: 'wu-biao-ti' }], [], resolve);
    expect(item).toMatchObject({ kind: 'article', title: 'wu-biao-ti' });
  });
});

describe('issueParts', () => {
  it('addresses an article on the issue page by its encoded anchor and a reference by its own page', () => {
    const parts = issueParts(
      [
        { kind: 'article', anchor: '开篇', title: '开篇' },
        { kind: 'ref', anchor: 'item-2', ref: { title: '某通知', path: '/notices/a/' } },
      ],
      'https://example.gov.cn/bulletins/2026-01/',
      (path) => `https://example.gov.cn${path}`,
    );
    expect(parts).toEqual([
      { name: '开篇', url: 'https://example.gov.cn/bulletins/2026-01/#%E5%BC%80%E7%AF%87' },
      { name: '某通知', url: 'https://example.gov.cn/notices/a/' },
    ]);
  });
});
