import path from 'node:path';
import { SHARE_ENV, Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { CheckedEntry } from '../lib/content-check/entry.ts';
import { ogCollections, ogPages } from '../lib/og/pages.ts';
import { pngCacheDir, prunePngCache } from '../lib/png/png-cache.ts';

/**
 * The PNG cache (Open Graph images and chart PNGs kept between builds, src/lib/png/png-cache.ts):
 * - `prewarm(entries, root)`: given the entries the content check read, renders the pages' Open
 *   Graph images one at a time in a worker thread (src/lib/og/prewarm-worker.ts) while Astro
 *   loads content, bundles and renders HTML on its main thread; the images reach the cache
 *   before Astro asks for them, so a cold build's second core does that work
 *   (docs/benchmarks.md). Astro still renders any image it asks for first, and a failure here
 *   only leaves the work to Astro.
 * - after a complete build, deletes the images that build did not use.
 */
export default function pngCache(): { integration: AstroIntegration; prewarm: (entries: CheckedEntry[], root: string) => void } {
  let start = new Date();
  let worker: Worker | undefined;
  const prewarm = (entries: CheckedEntry[], root: string) => {
    const byCollection: Record<string, { id: string; title: string }[]> = {};
    for (const entry of entries) {
      const title = entry.data?.title;
      if (typeof title !== 'string' || !ogCollections.some((c) => c.collection === entry.collection)) continue;
      (byCollection[entry.collection] ??= []).push({ id: entry.id, title });
    }
    // Last first: Astro asks for them first to last, so the two meet once, near the end.
    const pages = ogPages(byCollection).reverse();
    void (async () => {
      // sharp and its fontconfig load here, on the main thread, first: only the main thread
      // sets the real environment (FONTCONFIG_FILE, the project's fonts only) that the
      // worker shares; a worker's own process.env is a copy that fontconfig never reads.
      await import('../lib/png/svg-to-png.ts');
      worker = new Worker(path.join(root, 'src/lib/og/prewarm-worker.ts'), { workerData: pages, env: SHARE_ENV });
      worker.unref();
      // A failure only leaves the work to Astro's own rendering of each image.
      worker.on('error', () => undefined);
    })().catch(() => undefined);
  };
  const integration: AstroIntegration = {
    name: 'szy:png-cache',
    hooks: {
      'astro:build:start': () => {
        // A second's margin: file times and the clock may round differently.
        start = new Date(Date.now() - 1000);
      },
      'astro:build:done': async ({ logger }) => {
        await worker?.terminate();
        const removed = prunePngCache(pngCacheDir(), start);
        if (removed > 0) logger.info(`已从图片缓存删除 ${removed} 张不再使用的图片。`);
      },
    },
  };
  return { integration, prewarm };
}
