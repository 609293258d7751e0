/**
 * The schematic tile map of Guangdong (网格示意图): each of the 21 cities is one
 * square placed by its `tile` in cities.yaml (column west→east, row north→south).
 * It shows rough relative position only, not boundaries — no boundary data is
 * used, so no surveying data and no 审图号 are involved.
 */

export interface MapTile {
  id: string;
  name: string;
  /** The city's name without 市, as printed on the tile. */
  label: string;
  regionId: string;
  count: number;
  x: number;
  y: number;
}

export interface TileMap {
  width: number;
  height: number;
  size: number;
  tiles: MapTile[];
}

/** Lays out one square per city; `counts` gives each city's number of cases (missing → 0). */
export function layoutTileMap(
  cities: readonly { id: string; name: string; region: string; tile: { col: number; row: number } }[],
  counts: ReadonlyMap<string, number>,
  { size = 84, gap = 6 }: { size?: number; gap?: number } = {},
): TileMap {
  const step = size + gap;
  const cols = Math.max(...cities.map((c) => c.tile.col)) + 1;
  const rows = Math.max(...cities.map((c) => c.tile.row)) + 1;
  return {
    width: cols * step - gap,
    height: rows * step - gap,
    size,
    tiles: cities.map((c) => ({
      id: c.id,
      name: c.name,
      label: c.name.replace(/市$/u, ''),
      regionId: c.region,
      count: counts.get(c.id) ?? 0,
      x: c.tile.col * step,
      y: c.tile.row * step,
    })),
  };
}
