import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckedEntry } from './entry.ts';
import type { SiteRoutes } from './rules/internal-links.ts';
import { headingIds } from './rules/attachment-anchors.ts';

/**
 * The page each collection's entries get, by collection name, as src/pages
 * publishes them (datasets at /data/<id>/).
 */
export const collectionRoutes: Record<string, (id: string) => string> = {
  notices: (id) => `/notices/${id}/`,
  cases: (id) => `/cases/${id}/`,
  bulletins: (id) => `/bulletins/${id}/`,
  compilations: (id) => `/compilations/${id}/`,
  documents: (id) => `/documents/${id}/`,
  datasets: (id) => `/data/${id}/`,
};

function listTree(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'));
  } catch {
    return [];
  }
}

/** The URL path of a file in src/pages, e.g. notices/index.astro → /notices/, rss.xml.ts → /rss.xml. */
export function pageRoute(file: string): string | undefined {
  const endpoint = /^(.*)\.(?:ts|js)$/u.exec(file);
  if (endpoint) return /\.[a-z0-9]+$/iu.test(endpoint[1]!) ? `/${endpoint[1]}` : undefined;
  const page = /^(.*)\.(?:astro|md|mdx)$/u.exec(file);
  if (!page) return undefined;
  const route = page[1]!.replace(/(^|\/)index$/u, '');
  return route === '' ? '/' : `/${route}/`;
}

/** A regular expression for a dynamic route, e.g. /notices/[id]/ or /cases/[...slug]/. */
function routePattern(route: string): RegExp {
  const source = route
    .split(/(\[[^\]]+\])/u)
    .map((part) => (part.startsWith('[...') ? '.+' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/gu, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'u');
}

/**
 * What the site will build, worked out before it is built: the static pages in
 * src/pages, a page per entry of each collection with a route (with the ids of
 * its headings), the files in public/, and the dynamic routes that cannot be
 * enumerated here (links into them are accepted).
 */
export function siteRoutes(root: string, entries: CheckedEntry[]): SiteRoutes {
  const pages = new Map<string, Set<string>>();
  const fixed = new Map<string, string>();
  const templates: string[] = [];
  const dynamic: RegExp[] = [];
  const layoutIds = new Set<string>();
  const srcFiles = ['pages', 'components', 'layouts'].flatMap((d) => listTree(path.join(root, 'src', d)).map((f) => path.join(root, 'src', d, f)));
  for (const file of srcFiles.filter((f) => f.endsWith('.astro'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bid="([^"{}]+)"/gu)) layoutIds.add(m[1]!);
  }
  for (const file of listTree(path.join(root, 'src/pages'))) {
    const route = pageRoute(file);
    if (!route) continue;
    if (route.includes('[')) templates.push(route);
    else fixed.set(route, `src/pages/${file}`);
    if (route === '/404/') continue;
    if (route.includes('[')) dynamic.push(routePattern(route));
    else pages.set(route, new Set());
  }
  const enumerated: RegExp[] = [];
  for (const [collection, toRoute] of Object.entries(collectionRoutes)) {
    const template = routePattern(toRoute('[id]'));
    const members = entries.filter((e) => e.collection === collection && e.id);
    if (members.length > 0 || dynamic.some((d) => d.source === template.source)) enumerated.push(template);
    for (const entry of members) pages.set(toRoute(entry.id!), new Set(headingIds(entry.parsed.body)));
  }
  const owned = Object.keys(collectionRoutes).flatMap((collection) => entryAddresses(collection, '[id]', templates)).map(routePattern);
  const publicFiles = new Set(listTree(path.join(root, 'public')).map((f) => `/${f}`));
  const builtFiles = new Set([...fixed.keys()].filter((route) => !route.endsWith('/')));
  for (const entry of entries) {
    if (entry.id) for (const address of entryAddresses(entry.collection, entry.id, templates)) if (!address.endsWith('/')) builtFiles.add(address);
  }
  return {
    pages,
    fixed,
    templates,
    layoutIds,
    publicFiles,
    builtFiles,
    // Routes an entry's id fills in (/data/[id].csv) are known exactly: each entry's are in builtFiles.
    dynamic: dynamic.filter((d) => !enumerated.some((e) => e.source === d.source) && !owned.some((o) => o.source === d.source)),
    enumerated,
    routeOf: (entry) => (entry.id && collectionRoutes[entry.collection] ? collectionRoutes[entry.collection]!(entry.id) : undefined),
  };
}

/**
 * Every address an entry's id makes: its page and the files beside it, from the dynamic routes
 * of src/pages in its collection's folder (a dataset's /data/<id>/, /data/<id>.csv, …).
 */
export function entryAddresses(collection: string, id: string, templates: readonly string[]): string[] {
  const toRoute = collectionRoutes[collection];
  if (!toRoute) return [];
  const folder = toRoute('[id]').replace(/\[id\].*$/u, '');
  const own = templates.filter((t) => t.startsWith(`${folder}[id]`) && !t.slice(folder.length + 4).includes('['));
  return [...new Set([toRoute(id), ...own.map((t) => t.replace('[id]', id))])];
}
