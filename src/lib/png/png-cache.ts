import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { astroCacheDir } from '../build/cache-dir.ts';

/**
 * A content-addressed store of rendered PNGs in Astro's cache folder, so an editor's
 * repeated build re-renders only the images whose SVG changed (one Open Graph image per
 * page made up most of the time a large site's build added over bare Astro; see
 * docs/benchmarks.md). The key covers everything the bytes depend on: the SVG, the scale,
 * the renderer's version and the fonts it may use. Same key → same bytes, so cached
 * output is identical to a fresh render.
 */
/** Where the site's rendered PNGs are kept between builds: inside Astro's cache folder. */
export const pngCacheDir = (): string => path.join(astroCacheDir(), 'szy-png');

export interface PngCache {
  /** The PNG for this SVG: from the store, or rendered by `render` and stored. */
  get(svg: string, scale: number, render: () => Promise<Buffer>): Promise<Buffer>;
}

/**
 * Deletes the stored images that no build asked for since `since` (a hit marks its file's
 * time), so the store holds what the current site uses, not every title it ever had.
 * Returns how many files were removed.
 */
export function prunePngCache(dir: string, since: Date): number {
  let removed = 0;
  let folders: string[];
  try {
    folders = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const folder of folders) {
    for (const name of readdirSync(path.join(dir, folder))) {
      const file = path.join(dir, folder, name);
      if (statSync(file).mtimeMs >= since.getTime()) continue;
      rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}

export function openPngCache(dir: string, environment: string): PngCache {
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.png`);
  return {
    async get(svg, scale, render) {
      const key = createHash('sha256').update(`${environment}\0${scale}\0${svg}`).digest('hex');
      const file = fileOf(key);
      try {
        const png = readFileSync(file);
        const now = new Date();
        utimesSync(file, now, now);
        return png;
      } catch {
        const png = await render();
        mkdirSync(path.dirname(file), { recursive: true });
        // Write then rename: a build, or the worker rendering ahead, never reads half a file.
        const partial = `${file}.${process.pid}.${threadId}.part`;
        writeFileSync(partial, png);
        renameSync(partial, file);
        return png;
      }
    },
  };
}
