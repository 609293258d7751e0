import { pathToFileURL } from 'node:url';
import { mdxToJs, markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { buildLinkIndex } from '../../src/lib/crossref/match.ts';
import { crossRefPlugin, type CrossRefSource } from '../../src/lib/crossref/satteri-plugin.ts';

const source: CrossRefSource = {
  index: buildLinkIndex([
    { key: 'notices/a', path: '/notices/a/', titles: ['关于印发2012年产业转移工作要点的通知'], docNumber: '粤经信园区〔2012〕68号' },
    { key: 'documents/b', path: '/documents/b/', titles: ['广东省产业转移目标责任考核评价办法'] },
  ]),
  keyByFile: new Map([['/content/notices/a.mdx', 'notices/a']]),
};

function render(markdown: string, fileURL?: URL, load = () => source): string {
  // The plugin is synchronous, so the result is too.
  const result = markdownToHtml(markdown, { mdastPlugins: [crossRefPlugin(load, '/szy/')], fileURL }) as { html: string };
  return result.html;
}

describe('the Sätteri cross-reference plugin', () => {
  it('links titles and numbers in prose, under the base path', () => {
    expect(render('见《广东省产业转移目标责任考核评价办法》和粤经信园区（2012）68号。')).toBe(
      '<p>见<a href="/szy/documents/b/" class="xref">《广东省产业转移目标责任考核评价办法》</a>和<a href="/szy/notices/a/" class="xref">粤经信园区（2012）68号</a>。</p>\n',
    );
  });

  it.each([
    ['a heading', '## 《广东省产业转移目标责任考核评价办法》'],
    ['a link', '[《广东省产业转移目标责任考核评价办法》](https://example.invalid/)'],
    ['inline code', '`《广东省产业转移目标责任考核评价办法》`'],
    ['a code block', '```\n《广东省产业转移目标责任考核评价办法》\n```'],
    ['emphasis inside a link', '[见*《广东省产业转移目标责任考核评价办法》*](https://example.invalid/)'],
  ])('leaves %s alone', (_name, markdown) => {
    expect(render(markdown)).not.toContain('class="xref"');
  });

  it('links inside emphasis and list items', () => {
    expect(render('- *《广东省产业转移目标责任考核评价办法》*')).toContain('<em><a href="/szy/documents/b/" class="xref">');
  });

  it('does not link a document to itself', () => {
    const html = render('本文《关于印发2012年产业转移工作要点的通知》，另见《广东省产业转移目标责任考核评价办法》。', pathToFileURL('/content/notices/a.mdx'));
    expect(html.match(/class="xref"/gu)).toHaveLength(1);
    expect(html).toContain('/szy/documents/b/');
  });

  it('builds the list of linkable documents once, not once per page', () => {
    let loads = 0;
    const plugin = crossRefPlugin(() => {
      loads++;
      return source;
    }, '/');
    for (let i = 0; i < 3; i++) mdxToJs(`第${i}页：《广东省产业转移目标责任考核评价办法》`, { mdastPlugins: [plugin] });
    expect(loads).toBe(1);
  });
});
