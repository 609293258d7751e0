import { describe, expect, it } from 'vitest';
import { contentDigests, metadataPart, pageCacheKey, type ContentFile } from '../../src/lib/build/cache-key.ts';

const notice = (title: string, body: string): ContentFile => ({ path: 'notices/a.mdx', text: `---\ntitle: ${title}\ndocNumber: 粤测〔2012〕1号\n---\n${body}` });
const site = (a: ContentFile, ...rest: ContentFile[]) => [a, { path: 'cases/b.mdx', text: '---\ntitle: 案例\n---\n正文' }, { path: 'cities.yaml', text: '- id: x\n  name: 甲市\n' }, ...rest];

describe('metadataPart', () => {
  it.each([
    ['an MDX file: its frontmatter only', { path: 'notices/a.mdx', text: '---\ntitle: 甲\n---\n正文' }, '---\ntitle: 甲\n---\n'],
    ['a Markdown file with CRLF line ends', { path: 'x.md', text: '---\r\ntitle: 甲\r\n---\r\n正文' }, '---\r\ntitle: 甲\r\n---\r\n'],
    ['an MDX file without frontmatter: all of it', { path: 'a.mdx', text: '正文' }, '正文'],
    ['a YAML file: all of it', { path: 'documents/d.yaml', text: 'title: 甲\ncitations: []\n' }, 'title: 甲\ncitations: []\n'],
  ])('of %s', (_what, file, expected) => {
    expect(metadataPart(file)).toBe(expected);
  });
});

describe('contentDigests', () => {
  const before = contentDigests(site(notice('甲', '正文一')));

  it.each([
    // what an editor changed, whether every page's key must change (meta), whether pages printing full texts must (all)
    ['one circular’s body', site(notice('甲', '正文二')), false, true],
    ['a circular’s title (cross-references and lists show it)', site(notice('乙', '正文一')), true, true],
    ['a reference list (cities.yaml)', site(notice('甲', '正文一')).map((f) => (f.path === 'cities.yaml' ? { ...f, text: '- id: x\n  name: 乙市\n' } : f)), true, true],
    ['nothing: files listed in another order', [...site(notice('甲', '正文一'))].reverse(), false, false],
    ['a new entry', site(notice('甲', '正文一'), { path: 'notices/c.mdx', text: '---\ntitle: 丙\n---\n' }), true, true],
    ['a file renamed', site(notice('甲', '正文一')).map((f) => (f.path === 'cases/b.mdx' ? { ...f, path: 'cases/b2.mdx' } : f)), true, true],
  ])('after an edit to %s: metadata digest changes %s, whole digest %s', (_what, files, metaChanges, allChanges) => {
    const after = contentDigests(files);
    expect(after.meta !== before.meta).toBe(metaChanges);
    expect(after.all !== before.all).toBe(allChanges);
  });

  it('does not confuse a file’s name with its text', () => {
    expect(contentDigests([{ path: 'a', text: 'b\0c' }]).all).not.toBe(contentDigests([{ path: 'a\0b', text: 'c' }]).all);
  });
});

describe('pageCacheKey', () => {
  it.each([
    [['notices', 'm1', 'd1'], ['notices', 'm1', 'd1'], true],
    [['notices', 'm1', 'd1'], ['notices', 'm2', 'd1'], false],
    [['notices', 'm1', 'd1'], ['cases', 'm1', 'd1'], false],
    [['a', 'bc'], ['ab', 'c'], false],
    [['a', undefined], ['a', 'null'], false],
  ] as const)('%j and %j are equal: %s', (a, b, equal) => {
    expect(pageCacheKey(a) === pageCacheKey(b)).toBe(equal);
  });
});
