import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { siteBaseLinks } from '../../src/lib/markdown/site-base-links.ts';

const render = async (markdown: string, base: string) => (await markdownToHtml(markdown, { hastPlugins: [siteBaseLinks(base)] })).html;

describe('siteBaseLinks', () => {
  it.each([
    ['[通知](/notices/a/)', '/szy/', 'href="/szy/notices/a/"'],
    ['[标题](/notices/a/#一工作思路)', '/szy/', 'href="/szy/notices/a/#一工作思路"'],
    ['![图](/favicon.svg)', '/szy/', 'src="/szy/favicon.svg"'],
    ['[通知](/notices/a/)', '/', 'href="/notices/a/"'],
    ['[已带前缀](/szy/notices/a/)', '/szy/', 'href="/szy/notices/a/"'],
    ['[外站](https://www.gov.cn/)', '/szy/', 'href="https://www.gov.cn/"'],
    ['[协议相对](//cdn.example.invalid/a.png)', '/szy/', 'href="//cdn.example.invalid/a.png"'],
    ['[本页](#附件)', '/szy/', 'href="#附件"'],
  ])('%s under %s', async (markdown, base, expected) => {
    expect(decodeURI(await render(markdown, base))).toContain(expected);
  });
});
