import { expect, it } from 'vitest';
import { groupByYear, sortNewestFirst } from '../../src/lib/notices/notices.ts';
import { sortByDocNumber } from '../../src/lib/notices/doc-number-index.ts';
import { citeDocument } from '../../src/lib/refs/cite.ts';
import { withBase } from '../../src/lib/url.ts';

const n = (id: string, publishedAt: string, docNumber = `粤经信园区〔${publishedAt.slice(0, 4)}〕1号`) => ({
  id,
  title: id,
  docNumber,
  signedOn: publishedAt.slice(0, 10),
  publishedAt,
});

it('sorts newest first, by time within a day', () => {
  const list = [n('a', '2011-05-01 09:00'), n('b', '2012-02-06 15:30'), n('c', '2012-02-06 09:00')];
  expect(sortNewestFirst(list).map((x) => x.id)).toEqual(['b', 'c', 'a']);
});

it('groups by year, newest year first', () => {
  const list = [n('a', '2011-05-01 09:00'), n('b', '2012-02-06 15:30'), n('c', '2012-12-01 09:00'), n('d', '2010-01-01 00:00')];
  expect(groupByYear(list).map((g) => [g.year, g.notices.map((x) => x.id)])).toEqual([
    [2012, ['c', 'b']],
    [2011, ['a']],
    [2010, ['d']],
  ]);
});

it('orders a 发文字号 register by agency, year, then sequence as a number', () => {
  const list = [
    n('x', '2012-01-01 00:00', '粤经信园区〔2012〕102号'),
    n('y', '2012-01-01 00:00', '粤经信园区〔2012〕68号'),
    n('z', '2012-01-01 00:00', '粤经信园区〔2011〕200号'),
  ];
  expect(sortByDocNumber(list).map((x) => x.docNumber)).toEqual(['粤经信园区〔2011〕200号', '粤经信园区〔2012〕68号', '粤经信园区〔2012〕102号']);
});

it('cites a document as 《标题》（发文字号）', () => {
  expect(citeDocument('关于印发2012年产业转移工作要点的通知', '粤经信园区〔2012〕68号')).toBe(
    '《关于印发2012年产业转移工作要点的通知》（粤经信园区〔2012〕68号）',
  );
  expect(citeDocument('2011年推进产业转移行动计划')).toBe('《2011年推进产业转移行动计划》');
});

it.each([
  ['/notices/', '/', '/notices/'],
  ['/notices/', '/szy/', '/szy/notices/'],
  ['notices/', '/szy', '/szy/notices/'],
  ['/', '/szy/', '/szy/'],
])('withBase(%s, %s) is %s', (p, base, expected) => {
  expect(withBase(p, base)).toBe(expected);
});
