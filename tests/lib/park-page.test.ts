import { describe, expect, it } from 'vitest';
import { buildLinkIndex, findCrossRefs } from '../../src/lib/crossref/match.ts';
import { parkPage, sourceDate, type ParkInput, type SiteText } from '../../src/lib/parks/park-page.ts';

const texts: SiteText[] = [
  { key: 'notices/rending', title: '关于认定示例园的通知', path: '/notices/rending/', label: '通知', docNumber: '示例经信〔2013〕1号', sample: true, text: '同意认定示例园。' },
  { key: 'notices/other', title: '另一份通知', path: '/notices/other/', label: '通知', docNumber: '示例经信〔2013〕2号', sample: true, text: '示例园继续建设。' },
  { key: 'bulletins/2013-02#见闻', title: '见闻（2013年第2期）', path: '/bulletins/2013-02/见闻/', label: '专刊文章', sample: true, text: '## 见闻\n\n示例园(乙)是虚构的。' },
  { key: 'datasets/d', title: '示例数据', path: '/data/d/', label: '数据', sample: true, text: '[{"park":"示例园"}]' },
  { key: 'datasets/e', title: '无关数据', path: '/data/e/', label: '数据', sample: true, text: '[{"park":"别的园"}]' },
];

const park = (mentionedIn: ParkInput['mentionedIn']): ParkInput => ({ id: 'shili', name: '示例园', kind: '示例', transferOut: { city: 'a' }, host: { city: 'b' }, mentionedIn });

describe('parkPage', () => {
  it('lists the circular that recognised the park under 认定文件, in any bracket style of its 发文字号', () => {
    const page = parkPage(park([{ docNumber: '示例经信[2013]1号', quote: '同意认定示例园', recognises: true }]), texts);
    expect(page.recognisedBy).toEqual([
      { kind: 'site', title: '关于认定示例园的通知', path: '/notices/rending/', label: '通知', docNumber: '示例经信〔2013〕1号', quote: '同意认定示例园', sample: true, recognises: true },
    ]);
  });

  it('keeps sources in their order, an article by its own page and an outside source in words with its date', () => {
    const page = parkPage(park([{ ref: 'bulletins/2013-02', article: '见闻', quote: '示例园(乙)是虚构的' }, { source: '示例日报的报道', date: '2013' }]), texts);
    expect(page.recognisedBy).toEqual([]);
    expect(page.sources.map((s) => (s.kind === 'site' ? s.path : s.source))).toEqual(['/bulletins/2013-02/见闻/', '示例日报的报道']);
  });

  it('lists the other texts naming the park, circulars first, not those already among its sources', () => {
    const page = parkPage(park([{ ref: 'bulletins/2013-02', article: '见闻' }]), texts);
    expect(page.namedIn.map((t) => t.path)).toEqual(['/notices/other/', '/notices/rending/', '/data/d/']);
  });

  it('finds a name however its brackets are written', () => {
    const named = parkPage({ ...park([{ source: 's', date: '2013' }]), name: '示例园（乙）' }, texts).namedIn;
    expect(named.map((t) => t.path)).toEqual(['/bulletins/2013-02/见闻/']);
  });

  it.each([
    ['2013', '2013年（月、日不详）'],
    ['2013-03', '2013年3月（日不详）'],
    ['2013-03-05', '2013年3月5日'],
  ])('shows an outside source dated %s as %s', (date, shown) => {
    expect(sourceDate(date)).toBe(shown);
  });
});

describe('a park’s name in prose', () => {
  const index = buildLinkIndex([
    { key: 'notices/x', path: '/notices/x/', titles: ['关于示例园的通知'] },
    { key: 'parks/jia', path: '/parks/jia/', titles: [], names: ['示例园'] },
    { key: 'parks/jia-er', path: '/parks/jia-er/', titles: [], names: ['示例园二期'] },
  ]);

  it('links each occurrence, the longest name first, and never inside a linked title', () => {
    const text = '《关于示例园的通知》要求示例园和示例园二期加快建设。';
    expect(findCrossRefs(text, index).map((r) => [text.slice(r.start, r.end), r.target.path])).toEqual([
      ['《关于示例园的通知》', '/notices/x/'],
      ['示例园', '/parks/jia/'],
      ['示例园二期', '/parks/jia-er/'],
    ]);
  });
});
