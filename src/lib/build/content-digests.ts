import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDigests, pageCacheKey, type ContentFile } from './cache-key.ts';

let cached: { dir: string; digests: { meta: string; all: string } } | undefined;

/**
 * The content folder's digests (see cache-key.ts), read once per build and process: every file
 * under CONTENT_DIR (default ./content), as the content loaders and the pages read it.
 */
export function siteContentDigests(contentDir: string = process.env.CONTENT_DIR ?? './content'): { meta: string; all: string } {
  const dir = path.resolve(contentDir);
  if (cached?.dir !== dir) {
    const files: ContentFile[] = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => {
        const absolute = path.join(d.parentPath, d.name);
        return { path: path.relative(dir, absolute).split(path.sep).join('/'), text: readFileSync(absolute, 'utf8') };
      });
    cached = { dir, digests: contentDigests(files) };
  }
  return cached.digests;
}

/**
 * The cacheKey of a page that shows one entry and other entries' metadata (see cache-key.ts):
 * the route, the content folder's metadata digest and the entry's own digest.
 */
export function entryCacheKey(route: string, digest: string | number | undefined): string {
  return pageCacheKey([route, siteContentDigests().meta, digest]);
}

/** The cacheKey of a page that may print any entry's full text: changes with any content file. */
export function wholeContentCacheKey(route: string, id: string): string {
  return pageCacheKey([route, siteContentDigests().all, id]);
}
