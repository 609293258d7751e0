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
 * Collections whose every entry gets an Open Graph image. To give another
 * collection images, add one line here: its name, the path of an entry's page,
 * and the kicker shown above the title.
 */
export const ogCollections = [
  { collection: 'notices', path: (id: string) => `/notices/${id}/`, kicker: '通知公告' },
  { collection: 'cases', path: (id: string) => `/cases/${id}/`, kicker: '典型案例' },
  { collection: 'bulletins', path: (id: string) => `/bulletins/${id}/`, kicker: site.bulletinName },
  { collection: 'compilations', path: (id: string) => `/compilations/${id}/`, kicker: '政策汇编' },
  { collection: 'documents', path: (id: string) => `/documents/${id}/`, kicker: '政策文件目录' },
  { collection: 'datasets', path: (id: string) => `/data/${id}/`, kicker: '统计数据' },
] as const;

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

/** Every page that gets an image: the static pages, then each listed collection's entries by id. */
export function ogPages(entries: Partial<Record<(typeof ogCollections)[number]['collection'], readonly { id: string; title: string }[]>>): OgPage[] {
  const pages = [
    ...ogStaticPages,
    ...ogCollections.flatMap((c) => [...(entries[c.collection] ?? [])].sort((a, b) => a.id.localeCompare(b.id)).map((e) => ({ path: c.path(e.id), title: e.title, kicker: c.kicker }))),
  ];
  return pages.map((p) => ({ ...p, slug: ogSlug(p.path) }));
}
