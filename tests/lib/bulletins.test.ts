import { describe, expect, it } from 'vitest';
import { adjacentIssues, issueLabel, issuesByYear, latestIssue, placeRefs, sortIssues, type ContentsItem } from '../../src/lib/bulletins/bulletins.ts';
import { numberDocuments } from '../../src/lib/compilations/compilations.ts';

const issue = (id: string, date: string, number: number, serial: number) => ({ id, title: id, date, number, serial });
const issues = [issue('c', '2013-01-15', 1, 3), issue('a', '2012-03-15', 1, 1), issue('b', '2012-06-15', 2, 2)];

describe('issueLabel', () => {
  it.each([
    [issue('a', '2012-03-15', 1, 1), '2012年第1期（总第1期）'],
    [issue('c', '2013-01-15', 1, 3), '2013年第1期（总第3期）'],
    [issue('d', '2013-12-30', 12, 40), '2013年第12期（总第40期）'],
  ])('labels %o as %s', (input, label) => {
    expect(issueLabel(input)).toBe(label);
  });
});

describe('issue order', () => {
  it('sorts by running number', () => {
    expect(sortIssues(issues).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['a', undefined, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', undefined],
  ])('finds the neighbours of %s', (id, previous, next) => {
    const found = adjacentIssues(issues, id);
    expect([found.previous?.id, found.next?.id]).toEqual([previous, next]);
  });

  it('has no neighbours for an unknown issue', () => {
    expect(adjacentIssues(issues, 'x')).toEqual({});
  });

  it('takes the highest running number as the latest', () => {
    expect(latestIssue(issues)?.id).toBe('c');
    expect(latestIssue([])).toBeUndefined();
  });

  it('archives by year, newest first', () => {
    expect(issuesByYear(issues).map((y) => [y.year, y.issues.map((i) => i.id)])).toEqual([
      [2013, ['c']],
      [2012, ['b', 'a']],
    ]);
  });
});

describe('placeRefs', () => {
  type Item = ContentsItem<{ name: string }>;
  const art = (anchor: string): Item => ({ kind: 'article', anchor, title: anchor });
  const ref = (anchor: string): Item => ({ kind: 'ref', anchor, name: anchor });

  it.each<[string, Item[], Record<string, string[]>, string[]]>([
    ['refs between articles go before the next article', [art('a'), ref('r1'), ref('r2'), art('b')], { b: ['r1', 'r2'] }, []],
    ['refs at the start go before the first article', [ref('r1'), art('a')], { a: ['r1'] }, []],
    ['refs at the end go after the last article', [art('a'), ref('r1')], {}, ['r1']],
    ['an issue of references only puts them all after', [ref('r1'), ref('r2')], {}, ['r1', 'r2']],
  ])('%s', (_name, items, before, after) => {
    const placed = placeRefs(items);
    expect(Object.fromEntries(Object.entries(placed.before).map(([k, v]) => [k, v.map((r) => r.anchor)]))).toEqual(before);
    expect(placed.after.map((r) => r.anchor)).toEqual(after);
  });
});

describe('numberDocuments', () => {
  it('numbers documents straight through the sections', () => {
    const numbered = numberDocuments([{ refs: ['a', 'b'] }, { refs: ['c'] }]);
    expect(numbered.map((s) => s.docs.map((d) => `${d.position}${d.doc}`))).toEqual([['1a', '2b'], ['3c']]);
  });
});
