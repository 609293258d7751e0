import { describe, expect, it } from 'vitest';
import { formatState, pagefindFilters, parseState } from '../../src/lib/search/url-state.ts';
import { searchFilters } from '../../src/lib/search/filters.ts';

describe('search state in the URL', () => {
  it.each([
    ['', { q: '', filters: {}, sort: '' }],
    ['?q=%E8%85%BE%E7%AC%BC', { q: '腾笼', filters: {}, sort: '' }],
    ['?q=%E5%9B%AD&type=%E9%80%9A%E7%9F%A5&year=2012&year=2013&sort=date-desc', { q: '园', filters: { type: ['通知'], year: ['2012', '2013'] }, sort: 'date-desc' }],
    ['?q=+%E7%A8%8E+&sort=sideways&colour=red&year=', { q: '税', filters: {}, sort: '' }],
    ['?year=2012&year=2012', { q: '', filters: { year: ['2012'] }, sort: '' }],
  ])('parses %s', (search, state) => {
    expect(parseState(search)).toEqual(state);
  });

  it.each([
    '?q=%E8%85%BE%E7%AC%BC%E6%8D%A2%E9%B8%9F',
    '?q=%E5%9B%AD&type=%E9%80%9A%E7%9F%A5&year=2012&sort=date-asc',
    '?type=%E5%85%B8%E5%9E%8B%E6%A1%88%E4%BE%8B&city=%E6%B8%85%E8%BF%9C%E5%B8%82',
    '',
  ])('writes back %s unchanged', (search) => {
    expect(formatState(parseState(search))).toBe(search);
  });

  it('hands the filters to Pagefind as alternatives', () => {
    expect(pagefindFilters(parseState('?type=通知&year=2012&year=2013'))).toEqual({ type: { any: ['通知'] }, year: { any: ['2012', '2013'] } });
  });
});

describe('searchFilters', () => {
  it('gives type and year first, then the rest in the conventional order', () => {
    expect(
      searchFilters({ type: '典型案例', title: '示例', date: '2013-05-01', cities: ['清远市'], themes: ['园区建设', ' '], regions: ['粤北'], parks: ['示例园'], issuer: '示例局' }),
    ).toEqual([['type', '典型案例'], ['year', '2013'], ['region', '粤北'], ['city', '清远市'], ['theme', '园区建设'], ['park', '示例园'], ['issuer', '示例局']]);
  });

  it('gives a circular’s body status as the filter 正文', () => {
    expect(searchFilters({ type: '通知', title: 't', date: '2012-02-06', bodyStatus: '编者摘要' })).toEqual([['type', '通知'], ['year', '2012'], ['body', '编者摘要']]);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => searchFilters({ type: '通知', title: 't', date: '2012年2月6日' })).toThrow('应写作 YYYY-MM-DD');
  });
});
