import { jsxAttribute, walk, type BodyNode } from '../body/parse-body.ts';
import { bodyPosition, type CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

/** The pages the site will have, as the link rule needs them. */
export interface SiteRoutes {
  /** Each page's path (with trailing slash) and the ids of its body headings. */
  pages: Map<string, Set<string>>;
  /** Ids the page templates give every page (main, doc-title…). */
  layoutIds: Set<string>;
  /** Files served from public/, as /path. */
  publicFiles: Set<string>;
  /** Files the build writes that can be known before it: fixed endpoints (/rss.xml) and each entry's downloads (/data/<id>.csv). */
  builtFiles: Set<string>;
  /** Dynamic routes whose pages cannot be listed before the build: links into them are accepted. */
  dynamic: RegExp[];
  /** Routes whose pages are exactly the entries of a collection: a link to an unknown id is an error. */
  enumerated: RegExp[];
  /** The fixed pages and files of src/pages (no entry's), each with the file that makes it, e.g. /notices/numbers/ → src/pages/notices/numbers.astro. */
  fixed: Map<string, string>;
  /** Every dynamic route of src/pages, e.g. /data/[id].csv, for the addresses an entry's id makes. */
  templates: string[];
  /** The path of an entry's own page. */
  routeOf(entry: CheckedEntry): string | undefined;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu;
/** Files other tools write after Astro: the search index and the sitemap. */
const GENERATED = /^\/(?:pagefind\/|sitemap-[\w-]+\.xml$)/u;

/** The address a node leads to or loads (a link, a definition, an image, a JSX <a href> or <img src>), and what to call it. */
function hrefOf(node: BodyNode): { href: string; what: string } | undefined {
  if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') return { href: node.url, what: '站内链接' };
  if (node.type === 'image' && typeof node.url === 'string') return { href: node.url, what: '图片地址' };
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const attribute = node.name === 'a' ? 'href' : node.name === 'img' ? 'src' : undefined;
    const href = attribute ? jsxAttribute(node, attribute) : undefined;
    return typeof href === 'string' ? { href, what: attribute === 'src' ? '图片地址' : '站内链接' } : undefined;
  }
  return undefined;
}

function closest(target: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  return list.find((c) => c.includes(target) || target.includes(c)) ?? list.find((c) => c.toLowerCase() === target.toLowerCase());
}

/**
 * Links inside the site must lead to a page the site builds (and to a heading
 * that exists on it, where the heading ids can be known before the build).
 * Paths are written from the site root, e.g. /notices/yue-jingxin-yuanqu-2012-68/#一工作思路.
 */
export function checkLink(href: string, self: string | undefined, routes: SiteRoutes, what = '站内链接'): { message: string; suggestion?: string } | undefined {
  if (EXTERNAL.test(href) || href.trim() === '') return undefined;
  const [withoutHash, rawHash] = href.split('#', 2) as [string, string | undefined];
  const pathPart = withoutHash.split('?')[0]!;
  const hash = rawHash === undefined ? undefined : safeDecode(rawHash);
  let target: string;
  if (pathPart === '') {
    if (!self) return undefined;
    target = self;
  } else {
    target = safeDecode(new URL(pathPart, `https://site.invalid${self ?? '/'}`).pathname);
  }
  if (/\.[a-z0-9]+$/iu.test(target)) {
    if (routes.publicFiles.has(target) || routes.builtFiles.has(target) || GENERATED.test(target)) return undefined;
    if (routes.dynamic.some((d) => d.test(target))) return undefined;
    const guess = closest(target.split('/').pop()!, [...routes.publicFiles, ...routes.builtFiles].map((f) => f.split('/').pop()!));
    return {
      message: `${what}“${href}”指向的文件 ${target} 不存在：站内文件须放在 public/ 文件夹中（如 public${target}），地址从网站根目录写起，不含 public。`,
      suggestion: guess ? [...routes.publicFiles, ...routes.builtFiles].find((f) => f.endsWith(`/${guess}`)) : undefined,
    };
  }
  const page = routes.pages.get(target);
  if (!page) {
    if (!target.endsWith('/') && routes.pages.has(`${target}/`)) {
      return { message: `站内链接“${href}”缺少结尾的斜杠“/”：本站的网址都以 / 结尾。`, suggestion: href.replace(withoutHash, `${withoutHash}/`) };
    }
    if (routes.dynamic.some((d) => d.test(target) || d.test(`${target}/`))) return undefined;
    const inCollection = routes.enumerated.some((d) => d.test(target) || d.test(`${target}/`));
    const guess = closest(target.replace(/\/$/u, '').split('/').pop() ?? '', [...routes.pages.keys()].map((p) => p.replace(/\/$/u, '').split('/').pop() ?? ''));
    const suggestion = guess ? [...routes.pages.keys()].find((p) => p.endsWith(`/${guess}/`)) : undefined;
    return {
      message: inCollection
        ? `站内链接“${href}”指向的内容不存在：没有 id 为“${target.replace(/\/$/u, '').split('/').pop()}”的条目。请核对文件名（id 即 content/ 中的文件名，不含扩展名）。`
        : `站内链接“${href}”指向的页面“${target}”不存在。站内链接请从网站根目录写起，如 /notices/文件id/。`,
      suggestion,
    };
  }
  if (hash === undefined || hash === '' || page.has(hash) || routes.layoutIds.has(hash) || page.size === 0) return undefined;
  const guess = closest(hash, page);
  return {
    message: `站内链接“${href}”中的锚点“#${hash}”在页面 ${target} 上找不到：锚点须是该页某个标题的 id。`,
    suggestion: guess ? `${withoutHash}#${guess}` : undefined,
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Every link and image inside the site, in every body, resolves to a page or a file the site will have. */
export function internalLinks(entries: CheckedEntry[], routes: SiteRoutes): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const tree = entry.body?.tree;
    if (!tree) continue;
    walk(tree, (node) => {
      const found = hrefOf(node);
      if (found === undefined) return;
      const result = checkLink(found.href, routes.routeOf(entry), routes, found.what);
      if (!result) return;
      problems.push({ file: entry.file, ...bodyPosition(entry, node.position?.start), field: '', label: '站内链接', severity: 'error', ...result });
    });
  }
  return problems;
}
