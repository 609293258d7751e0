import * as pagefind from 'pagefind';

/**
 * The size Pagefind aims its index chunks at, through its undocumented environment variable
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (Pagefind PR #996; its default gives the same chunks as
 * 20,000). A first search fetches the whole chunk of each word it looks up, and in Chinese many
 * words share a chunk: at 2,000 synthetic circulars, 10,000 halves the chunks (120 → 221 files)
 * and the query set's first searches fall from a median of 248 to 202 kB and a 90th percentile
 * of 370 to 295 kB, 53 of 58 under 300 kB instead of 41 (docs/benchmarks.md). Being "unstable",
 * a later Pagefind may drop it; `npm run bench -- --search-variants` shows whether it still helps.
 */
export const INDEX_CHUNK_SIZE = 10_000;

/**
 * Builds the Pagefind search index of a built site into <siteDir>/pagefind/.
 * Returns the problems Pagefind reported (empty when all went well) and the page count.
 */
export async function indexSearch(siteDir: string): Promise<{ errors: string[]; pages: number }> {
  // Read by Pagefind's service process, which inherits this environment; one set outside wins.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  try {
    const { errors, index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) return { errors, pages: 0 };
    const added = await index.addDirectory({ path: siteDir });
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    return { errors: [...errors, ...added.errors, ...written.errors], pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
