import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARE_ENV, Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { pngCacheDir, prunePngCache } from '../lib/png/png-cache.ts';

/**
 * The PNG cache (Open Graph images and chart PNGs kept between builds, src/lib/png/png-cache.ts):
 * - as a build starts, a worker thread (src/lib/og/prewarm-worker.ts) renders the pages' Open
 *   Graph images into the cache while Astro's main thread checks and loads content and renders
 *   HTML, so a cold build's second core does that work (docs/benchmarks.md). Astro still renders
 *   any image it asks for first; a failure in the worker only leaves the work to Astro.
 * - after a complete build, the images that build did not use are deleted.
 */
export default function pngCache(options: { contentDir?: string } = {}): AstroIntegration {
  let start = new Date();
  let worker: Worker | undefined;
  return {
    name: 'szy:png-cache',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        try {
          // sharp and its fontconfig load here, on the main thread, first: only the main thread
          // sets the real environment (FONTCONFIG_FILE, the project's fonts only) that the
          // worker shares; a worker's own process.env is a copy that fontconfig never reads.
          await import('../lib/png/svg-to-png.ts');
          worker = new Worker(path.join(root, 'src/lib/og/prewarm-worker.ts'), {
            workerData: { root, contentDir: path.resolve(root, options.contentDir ?? 'content') },
            env: SHARE_ENV,
          });
          worker.unref();
          worker.on('error', () => undefined);
        } catch {
          worker = undefined;
        }
      },
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
}
