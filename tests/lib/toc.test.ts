import { expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc.ts';

const h = (depth: number, text: string) => ({ depth, text, slug: text });

it('nests headings within the depth range and drops the others', () => {
  const toc = buildToc([h(2, 'A'), h(3, 'A1'), h(4, 'A1a'), h(5, 'skip'), h(3, 'A2'), h(2, 'B')], 2, 4);
  expect(toc.map((i) => [i.text, i.children.map((c) => [c.text, c.children.map((g) => g.text)])])).toEqual([
    ['A', [['A1', ['A1a']], ['A2', []]]],
    ['B', []],
  ]);
});

it('attaches a heading that skips a level to the nearest shallower one', () => {
  const toc = buildToc([h(2, 'A'), h(4, 'deep'), h(3, 'B')], 2, 4);
  expect(toc[0]!.children.map((c) => c.text)).toEqual(['deep', 'B']);
});
