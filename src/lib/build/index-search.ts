import * as pagefind from 'pagefind';

/**
 * The size Pagefind aims its index chunks at, through its undocumented environment variable
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (Pagefind PR #996; its default gives the same chunks as
 * 20,000). A first search fetches the whole chunk of each word it looks up, and in Chinese many
 * words share a chunk, so smaller chunks mean lighter first searches, up to the point where the
 * longer list of chunks in Pagefind's metadata (loaded by every search) costs more than it saves.
 * Measured over the 58-query set on the synthetic corpus (docs/benchmarks.md, 2026-11-30), median
 * first search and how many stay under 300 kB: at 2,000 documents, default chunks 246.9 kB and 41,
 * 10,000 bytes 200.9 kB and 51, 5,000 bytes 185.0 kB and 57; at 10,000 documents, default 392.9 kB
 * and 13, 10,000 bytes 343.6 kB and 19, 5,000 bytes 322.2 kB and 22, 2,500 bytes 341.2 kB and 20.
 * Indexing time does not grow (10,000 documents: 40.7 s at 5,000 bytes, 47.1 s with the default).
 * Being "unstable", a later Pagefind may drop it; `npm run bench -- --search-variants` shows
 * whether it still helps.
 */
export const INDEX_CHUNK_SIZE = 5_000;

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
