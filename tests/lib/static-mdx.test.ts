import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticMdxBody } from '../../src/lib/content/static-mdx.ts';

describe('staticMdxBody', () => {
  it.each([
    ['plain Markdown', '正文第一段。\n\n## 标题\n\n- 一\n- 二\n', '正文第一段。\n\n## 标题\n\n- 一\n- 二\n'],
    ['an MDX comment, which is dropped', '{/* 编者说明 */}\n\n正文', '\n\n正文'],
    ['lower-case HTML with plain attributes', '<div class="doc-signature">\n\n落款\n\n</div>', '<div class="doc-signature">\n\n落款\n\n</div>'],
    ['a tag with plain text beside it', '<p class="doc-contact">(联系人:张三,电话:123</p>', '<p class="doc-contact">(联系人:张三,电话:123</p>'],
    ['braces and tags inside fenced code', '```\nconst a = { b: 1 };\n<X />\n```', '```\nconst a = { b: 1 };\n<X />\n```'],
  ])('keeps %s', (_name, body, expected) => {
    expect(staticMdxBody(body)).toBe(expected);
  });

  it.each([
    ['an import', "import X from './x.ts';\n\n正文"],
    ['an export', 'export const a = 1;\n\n正文'],
    ['a component', '正文\n\n<DatasetChart id="firms-2011" description="说明" />'],
    ['an expression', '共 {1 + 1} 项'],
    ['an attribute expression', '<div class={cls}>\n\n正文\n\n</div>'],
    ['an indented line (code in Markdown, a paragraph in MDX)', '正文\n\n    缩进的一段'],
    ['Markdown syntax beside a tag on one line', '<p class="x">**加粗**</p>'],
    ['a 书名号 beside a tag (MDX would link it)', '<p class="x">见《某文件》</p>'],
    ['a body that starts like frontmatter', '---\n\n正文'],
    ['an unclosed code fence', '```\ncode'],
  ])('leaves to MDX a body with %s', (_name, body) => {
    expect(staticMdxBody(body)).toBeUndefined();
  });

  it('finds every circular and case in content/ static, so each is rendered early', () => {
    for (const collection of ['notices', 'cases']) {
      const dir = path.resolve('content', collection);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
        // The body as Astro's glob loader hands it over: after the frontmatter, trimmed.
        const body = readFileSync(path.join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '').trim();
        expect(staticMdxBody(body), `${collection}/${file}`).toBeDefined();
      }
    }
  });
});
