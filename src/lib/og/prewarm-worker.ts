/**
 * A worker thread that renders the Open Graph images of a build into the PNG cache, one at a
 * time, last page first (src/integrations/png-cache.ts starts it as the build starts). Its own
 * thread, so it keeps going while Astro's main thread checks and loads content and renders
 * HTML; Astro's image endpoint then finds most images already in the cache.
 *
 * It reads each entry's id and title with the content check's reader, but runs none of its
 * rules: a title it reads differently from Astro's only costs a cache miss, and Astro renders
 * that image itself.
 */
import { workerData } from 'node:worker_threads';
import { parseSource, sourceFiles } from '../content-check/check-content.ts';
import { entryId } from '../content-id.ts';
import { svgToPngCached } from '../png/svg-to-png.ts';
import { ogSvg } from './og-svg.ts';
import { ogEntryCollections, ogPages } from './pages.ts';

const { root, contentDir } = workerData as { root: string; contentDir: string };

const entries: Record<string, { id: string; title: string }[]> = {};
for (const { collection, file, relative, source } of sourceFiles(root, contentDir)) {
  if (!ogEntryCollections.some((c) => c.collection === collection)) continue;
  const { data } = parseSource(file, source);
  if (typeof data.title === 'string') (entries[collection] ??= []).push({ id: entryId(relative, data), title: data.title.trim() });
}

for (const page of ogPages(entries).reverse()) await svgToPngCached(ogSvg(page), 1);
