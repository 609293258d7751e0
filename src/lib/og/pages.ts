import { site } from '../../site.ts';

/** One page that gets an Open Graph image. */
export interface OgPage {
  /** The page's URL path (before withBase), e.g. /notices/x/. */
  path: string;
  /** The image's slug under /og/, e.g. notices/x (the home page is "index"). */
  slug: string;
  /** The title drawn large on the image. */
  title: string;
  /** The small line above it: the section the page belongs to. */
  kicker: string;
}

/** Pages that are not collection entries. */
export const ogStaticPages: readonly Omit<OgPage, 'slug'>[] = [
  { path: '/', title: site.name, kicker: site.tagline },
  { path: '/notices/', title: '通知公告', kicker: site.name },
  { path: '/notices/numbers/', title: '发文字号索引', kicker: site.name },
  { path: '/cases/', title: '典型案例', kicker: site.name },
  { path: '/bulletins/', title: site.bulletinName, kicker: site.name },
  { path: '/compilations/', title: '政策汇编', kicker: site.name },
  { path: '/documents/', title: '政策文件目录', kicker: site.name },
  { path: '/data/', title: '统计数据', kicker: site.name },
  { path: '/search/', title: '搜索', kicker: site.name },
];

/**
 * The collections with entry pages, and whose image an entry page shows: its own (`perEntry`:
 * a 1200×630 PNG of its title, about 50 kB) or its section's (`section`, one image for all).
 *
 * Per-entry images are kept for the bounded collections, where a preview card showing the
 * case, the issue or the dataset earns its bytes: a programme has tens of cases, a few
 * bulletins a year, a handful of compilations and datasets. Circulars and the document
 * register can grow to thousands of pages (the benchmark's 2,000 circulars made 100 MiB of
 * PNGs, 80 % of dist/); a link preview already prints the page's og:title and description
 * beside the image, so a circular's own image would only repeat its title in a picture.
 * They share their section's image. To give a collection images of its own, set perEntry.
 */
export const ogCollections = [
  { collection: 'notices', path: (id: string) => `/notices/${id}/`, kicker: '通知公告', perEntry: false, section: '/notices/' },
  { collection: 'cases', path: (id: string) => `/cases/${id}/`, kicker: '典型案例', perEntry: true, section: '/cases/' },
  { collection: 'bulletins', path: (id: string) => `/bulletins/${id}/`, kicker: site.bulletinName, perEntry: true, section: '/bulletins/' },
  { collection: 'compilations', path: (id: string) => `/compilations/${id}/`, kicker: '政策汇编', perEntry: true, section: '/compilations/' },
  { collection: 'documents', path: (id: string) => `/documents/${id}/`, kicker: '政策文件目录', perEntry: false, section: '/documents/' },
  { collection: 'datasets', path: (id: string) => `/data/${id}/`, kicker: '统计数据', perEntry: true, section: '/data/' },
] as const;

type OgCollection = (typeof ogCollections)[number]['collection'];

/** The collections whose every entry gets an image of its own. */
export const ogEntryCollections = ogCollections.filter((c) => c.perEntry);

/**
 * The image an entry's page shows: its own, or its section's (see ogCollections).
 * @example entryOgImage('notices', 'x') // '/og/notices.png'
 * @example entryOgImage('cases', 'y') // '/og/cases/y.png'
 */
export function entryOgImage(collection: OgCollection, id: string): string {
  const c = ogCollections.find((x) => x.collection === collection)!;
  return ogImagePath(c.perEntry ? c.path(id) : c.section);
}

/**
 * The image path of a page, e.g. /data/firms-2011/ → /og/data/firms-2011.png.
 * @example ogImagePath('/') // '/og/index.png'
 */
export function ogImagePath(pagePath: string): string {
  return `/og/${ogSlug(pagePath)}.png`;
}

function ogSlug(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/gu, '');
  return trimmed === '' ? 'index' : trimmed;
}

/** Every page that gets an image of its own: the static pages, then the entries of each per-entry collection, by id. */
export function ogPages(entries: Partial<Record<OgCollection, readonly { id: string; title: string }[]>>): OgPage[] {
  const pages = [
    ...ogStaticPages,
    ...ogEntryCollections.flatMap((c) => [...(entries[c.collection] ?? [])].sort((a, b) => a.id.localeCompare(b.id)).map((e) => ({ path: c.path(e.id), title: e.title, kicker: c.kicker }))),
  ];
  return pages.map((p) => ({ ...p, slug: ogSlug(p.path) }));
}
