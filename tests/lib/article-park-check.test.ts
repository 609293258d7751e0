import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { bulletinSchema } from '../../src/schemas/bulletins.ts';
import { parkSchema } from '../../src/schemas/parks.ts';

/**
 * The content check's messages for articles with their own sources and for parks from any
 * source: each bad input, the field it is reported at and the words that tell the editor what to do.
 */

const issue = (over: Record<string, unknown>) => ({ title: 't', number: 1, serial: 1, date: '2013-03', editor: 'e', items: [{ article: '甲' }], ...over });

describe('bulletinSchema: dates and article fields', () => {
  it.each([
    ['an issue dated by month', issue({})],
    ['an issue dated by day', issue({ date: '2013-03-15' })],
    ['an article with a source known to the year', issue({ items: [{ article: '甲', sample: false, source: { name: '示例日报', date: 2013 } }] })],
    ['an article with a source known to the month, page and address', issue({ items: [{ article: '甲', slug: 'jia', source: { name: '示例日报', date: '2013-03', page: '第2版', url: 'https://example.invalid/a' } }] })],
  ])('accepts %s', (_what, data) => {
    expect(bulletinSchema.safeParse(data).error?.issues).toBeUndefined();
  });

  it.each([
    ['an issue dated by year only', issue({ date: '2013' }), 'date', '年-月（如 2013-01）'],
    ['a month that does not exist', issue({ date: '2013-13' }), 'date', '日期“2013-13”无效'],
    ['a day that does not exist', issue({ items: [{ article: '甲', source: { name: '示例日报', date: '2013-02-30' } }] }), 'items.0.source.date', '只写已知的部分'],
    ['a source without its date', issue({ items: [{ article: '甲', source: { name: '示例日报' } }] }), 'items.0.source.date', ''],
    ['a source with an unknown field', issue({ items: [{ article: '甲', source: { name: '示例日报', date: '2013', day: 5 } }] }), 'items.0.source', 'day'],
    ['a slug in capitals', issue({ items: [{ article: '甲', slug: 'Jia' }] }), 'items.0.slug', '文章地址只能用小写字母'],
    ['a sample flag on a reference', issue({ items: [{ ref: 'notices/x', sample: true }] }), 'items.0.sample', '只用于本期文章'],
    ['a source on a reference', issue({ items: [{ ref: 'notices/x', source: { name: '示例日报', date: '2013' } }] }), 'items.0.source', '只用于本期文章'],
    ['an address that is not http(s)', issue({ items: [{ article: '甲', source: { name: '示例日报', date: '2013', url: 'ftp://example.invalid/a' } }] }), 'items.0.source.url', '网址须以 http:// 或 https:// 开头'],
  ])('rejects %s, at its field, saying what to write', (_what, data, field, words) => {
    const issues = bulletinSchema.safeParse(data).error?.issues ?? [];
    const at = issues.find((i) => i.path.join('.') === field);
    expect(at, JSON.stringify(issues)).toBeDefined();
    expect(at!.message).toContain(words);
  });
});

const park = (mentionedIn: unknown[]) => ({ id: 'shili', name: '示例园', kind: '示例', transferOut: { city: 'a' }, host: { city: 'b' }, mentionedIn });

describe('parkSchema: a source of any kind', () => {
  it.each([
    ['a circular on the site', [{ docNumber: '示例经信〔2013〕1号', quote: '示例园', recognises: true }]],
    ['an entry on the site', [{ ref: 'documents/x' }]],
    ['a bulletin article', [{ ref: 'bulletins/2013-02', article: '甲', quote: '示例园' }]],
    ['an outside source stated in words with its year', [{ source: '示例日报（虚构）的报道', date: 2013 }]],
  ])('accepts %s', (_what, mentionedIn) => {
    expect(parkSchema.safeParse(park(mentionedIn)).error?.issues).toBeUndefined();
  });

  it.each([
    ['a source without its date', [{ source: '示例日报' }]],
    ['a quote alone', [{ quote: '示例园' }]],
    ['an outside source given a 发文字号 too', [{ source: '示例日报', date: '2013', docNumber: '示例经信〔2013〕1号' }]],
  ])('rejects %s, naming the three ways to write a source', (_what, mentionedIn) => {
    const messages = (parkSchema.safeParse(park(mentionedIn)).error?.issues ?? []).map((i) => i.message).join('\n');
    expect(messages).toContain('docNumber 与 quote（本站通知）；ref（本站任一条目，专刊文章另加 article）；source 与 date');
  });
});

/** A content folder with one issue (a sample article naming a park) and the given parks.yaml. */
function site(parks: string, issueText?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-article-park-'));
  mkdirSync(path.join(dir, 'bulletins'));
  writeFileSync(path.join(dir, 'regions.yaml'), '- { id: r, name: 示例区域, fullName: 示例区域, order: 1 }\n');
  writeFileSync(path.join(dir, 'cities.yaml'), '- { id: a, name: 甲市, region: r, tile: { col: 0, row: 0 } }\n');
  writeFileSync(
    path.join(dir, 'bulletins/2013-02.mdx'),
    issueText ??
      ['---', 'title: t', 'number: 2', 'serial: 2', 'date: 2013-03', 'editor: e', 'items:', '  - article: 见闻', '    sample: true', '---', '', '## 见闻', '', '示例园是虚构的园区。', ''].join('\n'),
  );
  writeFileSync(path.join(dir, 'parks.yaml'), parks);
  return dir;
}
const parkWith = (mention: string) => ['- id: shili', '  name: 示例园', '  kind: 示例', '  transferOut: { city: a }', '  host: { city: a }', '  mentionedIn:', `    - ${mention}`, ''].join('\n');
const problems = (dir: string) => checkContent({ root: dir, contentDir: '.' }).filter((p) => p.severity === 'error');

describe('the content check on a park’s sources and an issue’s articles', () => {
  it('passes a park known from an article whose text quotes it', () => {
    expect(problems(site(parkWith('{ ref: bulletins/2013-02, article: 见闻, quote: 示例园是虚构的园区 }')))).toEqual([]);
  });

  it.each([
    ['an entry that does not exist', '{ ref: bulletins/2013-09 }', '[0].mentionedIn.0.ref', '2013-09'],
    ['an article the issue does not have', '{ ref: bulletins/2013-02, article: 乙 }', '[0].mentionedIn.0.article', '没有锚点为“乙”的文章'],
    ['a quote the article does not hold', '{ ref: bulletins/2013-02, article: 见闻, quote: 示例园是真实的园区 }', '[0].mentionedIn.0.quote', '须逐字照录正文中的一段'],
    ['a 发文字号 no circular on the site has', '{ docNumber: 示例经信〔2013〕9号, quote: 示例园 }', '[0].mentionedIn.0.docNumber', '本站没有发文字号为“示例经信〔2013〕9号”的文件'],
  ])('reports %s at its field, in Chinese', (_what, mention, field, words) => {
    const found = problems(site(parkWith(mention)));
    expect(found.map((p) => p.field)).toEqual([field]);
    expect(found[0]!.file).toMatch(/parks\.yaml$/u);
    expect(found[0]!.line).toBeGreaterThan(0);
    expect(found[0]!.message).toContain(words);
  });

  it('reports two articles of an issue at the same address', () => {
    const text = ['---', 'title: t', 'number: 2', 'serial: 2', 'date: 2013-03', 'editor: e', 'items:', '  - article: 甲', '    slug: same', '  - article: 乙', '    slug: same', '---', '', '## 甲', '', '## 乙', ''].join('\n');
    const found = problems(site(parkWith('{ source: 示例日报, date: 2013 }'), text));
    expect(found.map((p) => [p.field, p.line])).toEqual([['items.1.slug', 10]]);
    expect(found[0]!.message).toContain('文章地址都是“same”');
  });

  it('reports an entry listed twice in one issue, at the repeat (found by the generated site of TEST_SEED=1593779183)', () => {
    const text = ['---', 'title: t', 'number: 2', 'serial: 2', 'date: 2013-03', 'editor: e', 'items:', '  - article: 甲', '  - ref: bulletins/2013-02', '  - ref: bulletins/2013-02', '---', '', '## 甲', ''].join('\n');
    const found = problems(site(parkWith('{ source: 示例日报, date: 2013 }'), text));
    expect(found.map((p) => [p.field, p.line])).toEqual([['items.2.ref', 10]]);
    expect(found[0]!.message).toContain('第 3 项与第 2 项都是 bulletins/2013-02');
  });
});
