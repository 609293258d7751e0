import path from 'node:path';
import { collectionRoutes } from '../content-check/routes.ts';
import { entryId } from '../content-id.ts';
import { parseSource, sourceFiles } from '../content-check/check-content.ts';

/**
 * Which content file each entry's page is made from, as a lookup from a built page's path
 * (notices/x/index.html) to the file (content/notices/x.mdx, relative to `root`). Pages
 * that no single entry makes (lists, the home page) have none. With a `part` (doc-N), the
 * file of the N-th document a compilation's page prints whole, numbered straight through its
 * sections as the page numbers them.
 */
export function pageSources(root: string, contentDir = 'content'): (page: string, part?: string) => string | undefined {
  const byPage = new Map<string, string>();
  const byKey = new Map<string, string>();
  const compilations: { page: string; data: Record<string, unknown> }[] = [];
  for (const source of sourceFiles(root, path.resolve(root, contentDir))) {
    const route = collectionRoutes[source.collection];
    if (!route) continue;
    const data = parseSource(source.file, source.source).data;
    const id = entryId(source.relative, data);
    const page = `${route(id).replace(/^\//u, '')}index.html`;
    byPage.set(page, source.file);
    byKey.set(`${source.collection}/${id}`, source.file);
    if (source.collection === 'compilations') compilations.push({ page, data });
  }
  for (const { page, data } of compilations) {
    const refs = ((data.sections ?? []) as { documents?: unknown[] }[]).flatMap((s) => (Array.isArray(s.documents) ? s.documents : []));
    refs.forEach((ref, i) => {
      const file = typeof ref === 'string' ? byKey.get(ref) : undefined;
      if (file) byPage.set(`${page}#doc-${i + 1}`, file);
    });
  }
  return (page, part) => {
    const key = part ? `${page}#${part}` : page;
    return byPage.get(key) ?? byPage.get(part ? `${decodeURIComponent(page)}#${part}` : decodeURIComponent(page));
  };
}
