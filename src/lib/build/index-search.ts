import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index of a built site into <siteDir>/pagefind/.
 * Returns the problems Pagefind reported (empty when all went well) and the page count.
 */
export async function indexSearch(siteDir: string): Promise<{ errors: string[]; pages: number }> {
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
