import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.ts';

/**
 * src/lib/README.md maps the folders of src/lib and what each may import. This test reads that
 * table and holds every file of src/lib to it, so the map and the code cannot drift apart.
 */
const lib = path.join(root, 'src/lib');
const LOOSE = '(loose)';

interface Row { layer: number; mayImport: string[] }

/** The README's table: `| \`folder/\` | layer | holds | may import |`. */
export function parseLayerTable(markdown: string): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = /^`([^`]+)`$/u.exec(cells[1] ?? '')?.[1];
    if (!name || !/^\d+$/u.test(cells[2] ?? '')) continue;
    const mayImport = [...(cells[4] ?? '').matchAll(/`([^`]+)`/gu)].map((m) => m[1]!);
    rows.set(name, { layer: Number(cells[2]), mayImport });
  }
  return rows;
}

/** The concern a file of src/lib belongs to: its top folder (`notices/`), or `(loose)`. */
function concernOf(relative: string): string {
  const first = relative.split('/')[0]!;
  return relative.includes('/') ? `${first}/` : LOOSE;
}

function libFiles(dir = lib): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? libFiles(path.join(dir, d.name)) : /\.(ts|mjs|js)$/u.test(d.name) ? [path.join(dir, d.name)] : [],
  );
}

/** Every relative import of a file that lands in src/lib, as [specifier, concern]. */
function libImports(file: string): [string, string][] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/gu)].map((m) => m[1]!);
  return specifiers.flatMap((specifier): [string, string][] => {
    const target = path.relative(lib, path.resolve(path.dirname(file), specifier));
    return target.startsWith('..') ? [] : [[specifier, concernOf(target)]];
  });
}

const table = parseLayerTable(readFileSync(path.join(lib, 'README.md'), 'utf8'));

describe('src/lib/README.md', () => {
  it('has a row for every folder of src/lib', () => {
    const folders = readdirSync(lib, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${d.name}/`);
    expect(folders.filter((folder) => !table.has(folder))).toEqual([]);
    expect([...table.keys()].filter((name) => name !== LOOSE && !folders.includes(name))).toEqual([]);
  });

  it('lets each folder import only its own layer or a lower one', () => {
    const upward = [...table].flatMap(([name, row]) =>
      row.mayImport.filter((other) => (table.get(other)?.layer ?? Infinity) > row.layer).map((other) => `${name} → ${other}`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps at most 8 loose files at the top of src/lib', () => {
    expect(readdirSync(lib).filter((name) => name.endsWith('.ts')).length).toBeLessThanOrEqual(8);
  });
});

describe('imports within src/lib', () => {
  it.each(libFiles().map((file) => [path.relative(lib, file)]))('%s imports only what its folder may', (relative) => {
    const own = concernOf(relative);
    const allowed = new Set([own, ...(table.get(own)?.mayImport ?? [])]);
    const refused = libImports(path.join(lib, relative)).filter(([, concern]) => !allowed.has(concern));
    expect(refused.map(([specifier, concern]) => `${specifier} (${concern})`)).toEqual([]);
  });
});
