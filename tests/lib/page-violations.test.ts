import { describe, expect, it } from 'vitest';
import { pageViolations, PAGES_WITH_SCRIPT } from '../../src/lib/safe-html/page-violations.ts';
import { isOtherOrigin, isScriptUrl, urlScheme } from '../../src/lib/safe-html/urls.ts';
import { pageTypes } from '../fixtures/page-types.ts';

const page = (body: string, head = '') => `<!doctype html>\n<html lang="zh-CN">\n<head>\n<title>页</title>${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
const check = (html: string, allowScript = false) => pageViolations(html, { allowScript });

describe('pageViolations: what a built page may not carry', () => {
  it.each([
    // [what, body, fragment of the message]
    ['an image from another origin', '<img src="https://tracker.example/x.png" alt="x">', '其他网站（tracker.example）'],
    ['a protocol-relative image', '<img src="//cdn.example/x.png" alt="x">', '其他网站（cdn.example）'],
    ['a backslashed host', '<img src="\\\\cdn.example/x.png" alt="x">', '其他网站'],
    ['a srcset candidate from another origin', '<img src="/a.png" srcset="/a.png 1x, https://cdn.example/b.png 2x" alt="x">', '其他网站（cdn.example）'],
    ['an iframe of another site', '<iframe src="https://evil.example"></iframe>', '其他网站（evil.example）'],
    ['a video poster from another origin', '<video poster="https://cdn.example/p.jpg"></video>', '其他网站'],
    ['an object', '<object data="/x.swf"></object>', '<object>'],
    ['a stylesheet from another origin', '', '其他网站（fonts.example）', '<link rel="stylesheet" href="https://fonts.example/a.css">'],
    ['a script', '<script>alert(5)</script>', '不应运行脚本'],
    ['a script from a file, on a page without script', '<script src="/scripts/x.js"></script>', '不应运行脚本'],
    ['a style element', '<style>p{color:red}</style>', '<style>'],
    ['a style attribute', '<div style="color:red">红</div>', 'style="color:red"'],
    ['an event handler', '<a href="/" onclick="alert(1)">首页</a>', 'onclick'],
    ['an event handler after a quoted value, without a space', '<a href="/"onmouseover="alert(1)">首页</a>', 'onmouseover'],
    ['an upper-case handler', '<A HREF="/" ONCLICK="alert(1)">首页</A>', 'onclick'],
    ['a javascript: link', '<a href="javascript:alert(1)">点我</a>', 'javascript:'],
    ['a javascript: link hidden by character references', '<a href="&#106;ava&#x09;script&colon;alert(1)">点我</a>', 'javascript:'],
    ['a data: link', '<a href="data:text/html,<b>x</b>">点我</a>', 'data:'],
  ])('refuses %s, at its line', (_what, body, fragment, head = '') => {
    const html = page(body, head);
    const violations = check(html);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message).toContain(fragment);
    const line = html.split('\n').findIndex((l) => l.includes(body || head)) + 1;
    expect(violations[0]!.line).toBe(line);
  });

  it.each([
    ['a link to another site', '<a href="https://www.gov.cn/">中国政府网</a>'],
    ['a canonical and an alternate URL', '<link rel="canonical" href="https://example.gov.cn/x/"><link rel="alternate" type="application/rss+xml" href="https://example.gov.cn/rss.xml">'],
    ['structured data', '<script type="application/ld+json">{"@context":"https://schema.org","url":"https://example.gov.cn/<img src=https://x.example>"}</script>'],
    ['text that looks like markup', '<p>onclick="x" style="y" https://evil.example</p>'],
    ['a comment', '<!-- <script>alert(1)</script> <img src="https://x.example/a.png"> -->'],
    ['a site image and stylesheet', '<img src="/_astro/a.png" srcset="/_astro/a.png 1x, /_astro/b.png 2x" alt="x"><link rel="stylesheet" href="/_astro/a.css">'],
    ['a title holding markup-like text', '<title>a <script> b</title>'],
  ])('allows %s', (_what, body) => {
    expect(check(page(body))).toEqual([]);
  });

  it('allows script from a file only on the pages that run script', () => {
    const html = page('<script type="module" src="/scripts/search.js"></script>');
    expect(check(html, true)).toEqual([]);
    expect(check(html, false)).toHaveLength(1);
    expect(check(page('<script>alert(1)</script>'), true)[0]!.message).toContain('行内脚本');
  });

  it('names the same pages with script as the page types the dist tests visit', () => {
    const fileOf = (p: string) => `${p.replace(/^\//u, '').split(/[?#]/u)[0]}index.html`;
    expect([...PAGES_WITH_SCRIPT].sort()).toEqual([...new Set(pageTypes.filter((t) => t.script).map((t) => fileOf(t.path)))].sort());
  });
});

describe('reading URLs as a browser does', () => {
  it.each([
    ['javascript:alert(1)', 'javascript', true, false],
    [' JaVaScRiPt:alert(1)', 'javascript', true, false],
    ['java\tscript:alert(1)', 'javascript', true, false],
    ['&#x6A;avascript:alert(1)', 'javascript', true, false],
    ['data:image/png;base64,AAAA', 'data', true, false],
    ['https://evil.example/x', 'https', false, true],
    ['//evil.example/x', undefined, false, true],
    ['/notices/', undefined, false, false],
    ['#附件', undefined, false, false],
    ['mailto:a@example.invalid', 'mailto', false, false],
  ])('%j', (url, scheme, script, other) => {
    expect(urlScheme(url)).toBe(scheme);
    expect(isScriptUrl(url)).toBe(script);
    expect(isOtherOrigin(url)).toBe(other);
  });
});
