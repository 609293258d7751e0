/**
 * Search weight of variants of our Pagefind index over the same built site (bytes only, so the
 * machine's load does not matter): as built; with Pagefind's undocumented
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (its PR #996) at several sizes; and without our
 * index-only terms (the hidden 发文字号 forms and synonyms of SearchMeta.astro), to see what
 * they cost. Each variant is indexed into a folder of its own and searched with the query
 * set as a first search, as the benchmark does for the site itself.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { filesUnder } from './measure.ts';
import { firstSearchSizes, measureSearchBytes, spreadOf, type FirstSearchSpread } from '../lib/search-bytes.ts';

export interface SearchVariant {
  name: string;
  /** Bytes of the variant's pagefind/ folder, and its index chunks. */
  indexBytes: number;
  chunks: number;
  spread: FirstSearchSpread;
  /** Wall time Pagefind took to index the site in this variant (not measured for the site as built: see the build's stages). */
  indexMs?: number;
}

/** The hidden index-only terms our pages carry (SearchMeta.astro), removed for the "without" variant. */
export function withoutIndexOnlyTerms(html: string): string {
  return html.replace(/<p class="search-terms"[^>]*>[\s\S]*?<\/p>/gu, '').replace(/<span data-pagefind-meta="terms">[\s\S]*?<\/span>/gu, '');
}

async function indexInto(siteDir: string, outDir: string, chunkSize?: number): Promise<void> {
  if (chunkSize === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(errors.join('\n'));
    await index.addDirectory({ path: siteDir });
    await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  } finally {
    await pagefind.close();
    delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  }
}

async function measure(name: string, dir: string, queries: string[], limit: number): Promise<SearchVariant> {
  const files = filesUnder(path.join(dir, 'pagefind'));
  const spread = spreadOf(await firstSearchSizes(queries, async (q) => (await measureSearchBytes(dir, [q]))[0]!.bytes), limit);
  return {
    name,
    indexBytes: files.reduce((n, f) => n + readFileSync(f).length, 0),
    chunks: files.filter((f) => f.endsWith('.pf_index')).length,
    spread,
  };
}

/** Indexes `dist` (a built site of ours) in each variant under `work` and measures the query set on each. */
export async function searchVariants(dist: string, work: string, queries: string[], limit: number, chunkSizes: number[], log: (line: string) => void): Promise<SearchVariant[]> {
  const out: SearchVariant[] = [await measure('as built (src/lib/build/index-search.ts)', dist, queries, limit)];
  for (const size of chunkSizes) {
    const dir = path.join(work, `variant-chunk-${size}`);
    log(`search variant: PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=${size}…`);
    const start = performance.now();
    await indexInto(dist, dir, size);
    const indexMs = performance.now() - start;
    out.push({ ...(await measure(`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=${size}${size === 20_000 ? " (Pagefind's default chunks)" : ''}`, dir, queries, limit)), indexMs });
    rmSync(dir, { recursive: true, force: true });
  }
  // Without the index-only terms: a copy of the HTML with them removed, indexed as built.
  const site = path.join(work, 'variant-no-terms-site');
  const dir = path.join(work, 'variant-no-terms');
  log('search variant: without the index-only terms…');
  for (const file of filesUnder(dist).filter((f) => f.endsWith('.html'))) {
    const target = path.join(site, path.relative(dist, file));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, withoutIndexOnlyTerms(readFileSync(file, 'utf8')));
  }
  const start = performance.now();
  await indexInto(site, dir);
  const indexMs = performance.now() - start;
  // The search loads pagefind.js and the rest from the variant's own folder.
  cpSync(path.join(dir, 'pagefind'), path.join(site, 'pagefind'), { recursive: true });
  out.push({ ...(await measure('without the index-only terms', site, queries, limit)), indexMs });
  rmSync(site, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  return out;
}
