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

/** The href of a link node (Markdown link or definition, or a JSX <a>). */
function hrefOf(node: BodyNode): string | undefined {
  if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') return node.url;
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
    const href = jsxAttribute(node, 'href');
    return typeof href === 'string' ? href : undefined;
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
export function checkLink(href: string, self: string | undefined, routes: SiteRoutes): { message: string; suggestion?: string } | undefined {
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
    if (routes.publicFiles.has(target)) return undefined;
    return undefined; // Generated downloads (CSV, PNG…) cannot be listed before the build.
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

/** Every link inside the site, in every body, resolves. */
export function internalLinks(entries: CheckedEntry[], routes: SiteRoutes): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const tree = entry.body?.tree;
    if (!tree) continue;
    walk(tree, (node) => {
      const href = hrefOf(node);
      if (href === undefined) return;
      const result = checkLink(href, routes.routeOf(entry), routes);
      if (!result) return;
      problems.push({ file: entry.file, ...bodyPosition(entry, node.position?.start), field: '', label: '站内链接', severity: 'error', ...result });
    });
  }
  return problems;
}
