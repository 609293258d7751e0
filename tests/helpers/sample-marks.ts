import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDataFile, parseFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { entryPath } from '../../src/lib/routes.ts';
import { collections } from '../../src/schemas/index.ts';
import { htmlFiles, readPage } from './site.ts';

/** The page paths of every entry marked `sample: true` in a content folder, read from the files. */
export function samplePaths(contentDir: string): string[] {
  const paths: string[] = [];
  for (const [name, { dir }] of Object.entries(collections)) {
    const folder = path.join(contentDir, dir);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[]) {
      const ext = path.extname(file);
      if (!['.mdx', '.md', '.yaml', '.yml'].includes(ext)) continue;
      const source = readFileSync(path.join(folder, file), 'utf8');
      const data = ext === '.yaml' || ext === '.yml' ? parseDataFile(source).data : parseFrontmatter(source).data;
      if (data.sample === true) paths.push(entryPath(name, file.slice(0, -ext.length)));
    }
  }
  return paths;
}

/** Where a list item of a link stands: its row, list item or card. */
const ITEM = 'li, tr, article, .card';

/**
 * Every place a built site lists a sample entry without marking it 示例: on each page that is
 * not the entry's own, a link to the entry inside a list item (li, table row, card) whose text
 * has no 示例. Returns 'page → entry' lines, empty when every listing is marked.
 */
export function unmarkedSampleListings(outDir: string, contentDir: string): string[] {
  const samples = new Set(samplePaths(contentDir));
  const found: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const page = `/${file.replace(/index\.html$/u, '')}`;
    const $ = readPage(file, outDir);
    $('main a[href]').each((_, a) => {
      const target = $(a).attr('href')!.split('#')[0]!;
      if (!samples.has(target) || target === page) return;
      const item = $(a).closest(ITEM);
      if (item.length === 0) return;
      if (!item.text().includes('示例')) found.push(`${page} → ${target}`);
    });
  }
  return found;
}
