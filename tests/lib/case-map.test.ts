import { describe, expect, it } from 'vitest';
import { layoutTileMap } from '../../src/lib/cases/case-map.ts';

const cities = [
  { id: 'a', name: '甲市', region: 'r1', tile: { col: 0, row: 0 } },
  { id: 'b', name: '乙市', region: 'r2', tile: { col: 2, row: 1 } },
];

describe('layoutTileMap', () => {
  const map = layoutTileMap(cities, new Map([['b', 3]]), { size: 10, gap: 2 });

  it('sizes the drawing to the grid', () => {
    expect([map.width, map.height]).toEqual([3 * 12 - 2, 2 * 12 - 2]);
  });

  it.each([
    ['a', 0, 0, 0, '甲'],
    ['b', 24, 12, 3, '乙'],
  ])('places %s at (%i, %i) with %i cases, labelled %s', (id, x, y, count, label) => {
    expect(map.tiles.find((t) => t.id === id)).toMatchObject({ x, y, count, label });
  });
});
