import path from 'node:path';
import { collectionRoutes } from '../content-check/routes.ts';
import { entryId } from '../content-id.ts';
import { parseSource, sourceFiles } from '../content-check/check-content.ts';

/**
 * Which content file each entry's page is made from, as a lookup from a built page's path
 * (notices/x/index.html) to the file (content/notices/x.mdx, relative to `root`). Pages
 * that no single entry makes (lists, the home page) have none.
 */
export function pageSources(root: string, contentDir = 'content'): (page: string) => string | undefined {
  const byPage = new Map<string, string>();
  for (const source of sourceFiles(root, path.resolve(root, contentDir))) {
    const route = collectionRoutes[source.collection];
    if (!route) continue;
    const id = entryId(source.relative, parseSource(source.file, source.source).data);
    byPage.set(`${route(id).replace(/^\//u, '')}index.html`, source.file);
  }
  return (page) => byPage.get(page) ?? byPage.get(decodeURIComponent(page));
}
