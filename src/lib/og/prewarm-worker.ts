/**
 * A worker thread that renders the Open Graph images of a build into the PNG cache, one at a
 * time, last page first (src/integrations/png-cache.ts starts it as the build starts). Its own
 * thread, so it keeps going while Astro's main thread checks and loads content and renders
 * HTML; Astro's image endpoint then finds most images already in the cache.
 *
 * It reads only what an image needs (each entry's id and title) straight from the content
 * folder, without the content check: a title it reads differently from Astro's only costs a
 * cache miss, and Astro renders that image itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { parse } from 'yaml';
import { entryId } from '../content-id.ts';
import { collections } from '../../schemas/index.ts';
import { svgToPngCached } from '../png/svg-to-png.ts';
import { ogSvg } from './og-svg.ts';
import { ogCollections, ogPages } from './pages.ts';

const { contentDir } = workerData as { contentDir: string };

/** An entry's data: a data file whole, or an MDX file's frontmatter. */
function readData(file: string): Record<string, unknown> {
  const source = readFileSync(file, 'utf8');
  const yaml = file.endsWith('.mdx') ? (/^---\r?\n([\s\S]*?)\r?\n---/u.exec(source)?.[1] ?? '') : source;
  return (parse(yaml) as Record<string, unknown> | null) ?? {};
}

const entries: Record<string, { id: string; title: string }[]> = {};
for (const { collection } of ogCollections) {
  const { dir, pattern } = collections[collection];
  const folder = path.join(contentDir, dir);
  const extension = pattern.slice(pattern.lastIndexOf('.'));
  let files: string[];
  try {
    files = (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith(extension));
  } catch {
    continue;
  }
  for (const relative of files) {
    try {
      const data = readData(path.join(folder, relative));
      if (typeof data.title === 'string') (entries[collection] ??= []).push({ id: entryId(relative, data), title: data.title.trim() });
    } catch {
      // Astro reports the file; its image, if any, is left to the endpoint.
    }
  }
}

for (const page of ogPages(entries).reverse()) await svgToPngCached(ogSvg(page), 1);
