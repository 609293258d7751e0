import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pageViolations, PAGES_WITH_SCRIPT, type PageViolation } from '../safe-html/page-violations.ts';

/** A built page that breaks the site's promises, with what it breaks. */
export interface RefusedPage {
  /** Path of the HTML file in the built site, e.g. notices/x/index.html. */
  page: string;
  /** Each violation, with the document of a compilation it stands in (`doc-N`), if any. */
  violations: (PageViolation & { part?: string })[];
}

/**
 * The part of a compilation a line of its page belongs to: the nearest `id="doc-N"` (a document it
 * prints whole, src/components/CompiledDocument.astro) at or above the line.
 * @example partAt('<section id="doc-2">\n<p>x', 2) // 'doc-2'
 */
export function partAt(html: string, line: number): string | undefined {
  const above = html.split('\n').slice(0, line).join('\n');
  return [...above.matchAll(/\bid="(doc-\d+)"/gu)].at(-1)?.[1];
}

/**
 * Scans every HTML file of a built site (`dir`) with `pageViolations`, the rules the dist
 * tests apply, and returns the pages that break them. The build runs it on the staging
 * folder before it replaces dist/, so a page that would load from another origin or run
 * script, by whatever route it got there (a body, a component, a layout), is never published.
 */
export function checkBuiltPages(dir: string): RefusedPage[] {
  const refused: RefusedPage[] = [];
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).sort();
  for (const file of files) {
    const page = file.split(path.sep).join('/');
    const html = readFileSync(path.join(dir, file), 'utf8');
    const violations = pageViolations(html, { allowScript: PAGES_WITH_SCRIPT.includes(page) });
    if (violations.length > 0) refused.push({ page, violations: violations.map((v) => ({ ...v, part: partAt(html, v.line) })) });
  }
  return refused;
}

/**
 * The report an editor or developer reads when the build refuses to publish: each page,
 * the content file it was made from where there is one (`sourceOf`), and each violation; a
 * violation inside a document a compilation prints whole names that document's file.
 */
export function formatRefusedPages(refused: readonly RefusedPage[], sourceOf: (page: string, part?: string) => string | undefined): string {
  const blocks = refused.map(({ page, violations }) => {
    const source = sourceOf(page);
    const lines = [`✖ 页面 ${page}`, source ? `  来自：${source}（正文或其中的组件）` : '  来自：网站模板或组件（src/），不是某个内容文件'];
    for (const v of violations) {
      const embedded = v.part ? sourceOf(page, v.part) : undefined;
      lines.push(`  第 ${v.line} 行：${v.message}${embedded && embedded !== source ? `（出自本页全文收录的 ${embedded}）` : ''}`);
    }
    return lines.join('\n');
  });
  return [
    ...blocks,
    `发布前检查发现 ${refused.length} 个页面违反网站的承诺（不从其他网站加载任何内容、内容页不运行脚本、没有行内样式和事件属性），网站不予发布。请修改上面列出的内容文件或组件后重新构建。`,
  ].join('\n\n');
}
