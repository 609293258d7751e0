import { describe, expect, it } from 'vitest';
import {
  buildFacets,
  casePath,
  facetPath,
  filterValue,
  matches,
  publicFigures,
  resolveCase,
  similarCases,
  type CaseInput,
  type Reference,
} from '../../src/lib/cases/cases.ts';

const ref: Reference = {
  regions: [
    { id: 'zhusanjiao', name: '珠三角', fullName: '珠江三角洲地区', order: 1 },
    { id: 'yuedong', name: '粤东', fullName: '粤东地区（东翼）', alias: '东翼', order: 2 },
  ],
  cities: [
    { id: 'shenzhen', name: '深圳市', region: 'zhusanjiao', tile: { col: 1, row: 0 } },
    { id: 'shanwei', name: '汕尾市', region: 'yuedong', tile: { col: 2, row: 0 } },
    { id: 'shantou', name: '汕头市', region: 'yuedong', tile: { col: 3, row: 0 } },
  ],
  parks: [{ id: 'shenshan', name: '深汕(尾)特别合作区', kind: '特别合作区', transferOut: { city: 'shenzhen' }, host: { city: 'shanwei' } }],
  themes: [
    { id: 'b', name: '乙', kind: '做法', order: 2, summary: '', quote: '', quoteFrom: '' },
    { id: 'a', name: '甲', kind: '工作', order: 1, summary: '', quote: '', quoteFrom: '' },
  ],
};

const input = (id: string, city: string, themes: string[], extra: Partial<CaseInput> = {}): CaseInput => ({
  id, title: id, summary: '', sample: true, city, themes, year: 2011, ...extra,
});
const cases = [
  input('sw', 'shanwei', ['a'], { park: 'shenshan' }),
  input('sz', 'shenzhen', ['a', 'b'], { park: 'shenshan', year: 2012 }),
  input('st', 'shantou', ['b']),
];
const views = cases.map((c) => resolveCase(c, ref));
const facets = buildFacets(views, ref);

describe('resolveCase', () => {
  it.each([
    ['sw', 'yuedong'],
    ['sz', 'zhusanjiao'],
    ['st', 'yuedong'],
  ])('derives the region of %s from its city: %s', (id, region) => {
    expect(views.find((v) => v.id === id)!.region.id).toBe(region);
  });

  it('orders themes as themes.yaml orders them', () => {
    expect(views.find((v) => v.id === 'sz')!.themes.map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('refuses an id the content check would have reported', () => {
    expect(() => resolveCase(input('x', 'nowhere', ['a']), ref)).toThrow(/nowhere/u);
  });
});

describe('buildFacets', () => {
  it.each([
    ['region', 'zhusanjiao', ['sz']],
    ['region', 'yuedong', ['sw', 'st']],
    ['city', 'shantou', ['st']],
    ['city', 'shenzhen', ['sz']],
    ['park', 'shenshan', ['sz', 'sw']],
    ['theme', 'a', ['sz', 'sw']],
    ['theme', 'b', ['sz', 'st']],
    ['year', '2011', ['sw', 'st']],
    ['year', '2012', ['sz']],
  ] as const)('%s %s lists %j in list order (region, then city order)', (kind, id, expected) => {
    expect(facets[kind].find((v) => v.id === id)!.cases.map((c) => c.id)).toEqual(expected);
  });

  it('lists every city, with or without cases, and only the years that have cases, newest first', () => {
    expect(facets.city.map((v) => [v.id, v.cases.length])).toEqual([['shenzhen', 1], ['shanwei', 1], ['shantou', 1]]);
    expect(facets.year.map((v) => v.name)).toEqual(['2012年', '2011年']);
    expect(facets.theme.map((v) => v.id)).toEqual(['a', 'b']);
  });

  it('agrees with matches() for every facet value', () => {
    for (const values of Object.values(facets)) {
      for (const value of values) expect(value.cases).toEqual(views.filter((v) => matches(v, value.kind, value.id)).sort((a, b) => value.cases.indexOf(a) - value.cases.indexOf(b)));
    }
  });
});

describe('similarCases', () => {
  it.each([
    // sz shares theme a with sw (2) + park (1) = 3; theme b with st (2).
    ['sz', ['sw', 'st']],
    // sw: sz shares a (2) + park (1) = 3; st shares the region (1).
    ['sw', ['sz', 'st']],
    // st: sz shares b (2); sw shares the region (1).
    ['st', ['sz', 'sw']],
  ])('ranks the cases similar to %s: %j', (id, expected) => {
    const view = views.find((v) => v.id === id)!;
    expect(similarCases(view, views, ref).map((v) => v.id)).toEqual(expected);
  });

  it('offers nothing that shares neither theme nor region', () => {
    const lone = resolveCase(input('lone', 'shenzhen', ['b']), ref);
    const other = resolveCase(input('other', 'shanwei', ['a']), ref);
    expect(similarCases(lone, [lone, other], ref)).toEqual([]);
  });
});

describe('publicFigures', () => {
  it('keeps the figures of real cases and drops every figure of a sample case', () => {
    const figure = { label: '入园企业', value: 12, unit: '家', source: '某文件' };
    const figures = publicFigures([
      input('real', 'shanwei', ['a'], { sample: false, results: [figure] }),
      input('sample', 'shanwei', ['a'], { sample: true, results: [{ ...figure, value: 99 }] }),
    ]);
    expect(figures).toEqual([{ caseId: 'real', ...figure }]);
  });
});

describe('paths and filter values', () => {
  it.each([
    [casePath('sw'), '/cases/sw/'],
    [facetPath('city', 'shanwei'), '/cases/city/shanwei/'],
    [facetPath('year', '2011'), '/cases/year/2011/'],
    [filterValue({ kind: 'year', id: '2011', name: '2011年' }), '2011'],
    [filterValue({ kind: 'city', id: 'shanwei', name: '汕尾市' }), '汕尾市'],
  ])('%s → %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
