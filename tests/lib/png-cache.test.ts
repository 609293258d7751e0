import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPngCache, prunePngCache } from '../../src/lib/png/png-cache.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-png-cache-'));
  dirs.push(dir);
  return dir;
}
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'));

describe('PNG cache', () => {
  it('renders an SVG once and serves the same bytes to the next build', async () => {
    const dir = tempDir();
    let renders = 0;
    const render = async () => (renders++, Buffer.from(`png-${renders}`));
    const first = await openPngCache(dir, 'env').get('<svg>a</svg>', 1, render);
    // A later build opens the store afresh and finds the image.
    const second = await openPngCache(dir, 'env').get('<svg>a</svg>', 1, render);
    expect(renders).toBe(1);
    expect(second.equals(first)).toBe(true);
    expect(files(dir)).toHaveLength(1);
  });

  it('renders again when the SVG, the scale or the renderer changes', async () => {
    const dir = tempDir();
    let renders = 0;
    const render = async () => (renders++, Buffer.from(String(renders)));
    await openPngCache(dir, 'sharp 1').get('<svg>a</svg>', 1, render);
    await openPngCache(dir, 'sharp 1').get('<svg>b</svg>', 1, render);
    await openPngCache(dir, 'sharp 1').get('<svg>a</svg>', 2, render);
    await openPngCache(dir, 'sharp 2').get('<svg>a</svg>', 1, render);
    expect(renders).toBe(4);
    expect(files(dir)).toHaveLength(4);
  });

  it('prunes the images no build has used since a given time, and keeps the rest', async () => {
    const dir = tempDir();
    const cache = openPngCache(dir, 'env');
    const render = async () => Buffer.from('x');
    await cache.get('<svg>old</svg>', 1, render);
    await cache.get('<svg>kept</svg>', 1, render);
    // Both files were written an hour ago; this build starts now and uses only one.
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of files(dir)) utimesSync(path.join(dir, f), hourAgo, hourAgo);
    const buildStart = new Date(Date.now() - 1000);
    await cache.get('<svg>kept</svg>', 1, async () => {
      throw new Error('a cached image must not be rendered again');
    });
    expect(prunePngCache(dir, buildStart)).toBe(1);
    expect(files(dir)).toHaveLength(1);
    let renders = 0;
    await cache.get('<svg>kept</svg>', 1, async () => (renders++, Buffer.from('x')));
    expect(renders).toBe(0);
  });

  it('prunes nothing in a store that does not exist yet', () => {
    expect(prunePngCache(path.join(tempDir(), 'missing'), new Date())).toBe(0);
  });
});
