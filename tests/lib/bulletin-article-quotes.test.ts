/**
 * Issue 22, point 10: a contents entry names its article by the heading as written (quotes
 * and all) or by the heading's id; either way the check links them, once.
 */
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/lib/content-check/check-content.ts';
import { articleAnchor } from '../../src/lib/bulletins/article-anchor.ts';
import { root } from '../helpers/paths.ts';

const bulletin = (article: string, heading: string) => `---
title: 测试专刊
sample: true
number: 9
serial: 99
date: 2012-12-31
editor: 测试编辑部
items:
  - article: ${article}
---

## ${heading}

测试专刊正文。
`;
const check = (article: string, heading: string) =>
  checkSources(root, [{ collection: 'bulletins', file: 'content/bulletins/2012-09.mdx', relative: '2012-09.mdx', source: bulletin(article, heading) }]).filter((p) => p.severity === 'error');

describe('a bulletin article whose heading has quotes', () => {
  it.each([
    ['the heading as written', '“双转移”工作'],
    ['the heading’s id', '双转移工作'],
  ])('listed by %s passes', (_name, article) => {
    expect(check(article, '“双转移”工作')).toEqual([]);
  });

  it('listed under another heading is one error, naming the article as written', () => {
    const problems = check('“双转移”总结', '“双转移”工作');
    expect(problems.filter((p) => p.field === 'items.0.article').map((p) => p.message)).toEqual([expect.stringContaining('“双转移”总结')]);
  });

  it('the page’s anchor is the heading’s id', () => {
    expect(articleAnchor('“双转移”工作')).toBe('双转移工作');
    expect(articleAnchor('卷首语')).toBe('卷首语');
  });
});
