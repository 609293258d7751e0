import GithubSlugger from 'github-slugger';
import { articleAnchor } from '../../bulletins/article-anchor.ts';
import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

/** The ids of the level-2 headings (## …) of a body, in order, as Astro makes them. */
export function articleHeadingIds(body: string): string[] {
  return articleHeadings(body).map((h) => h.id);
}

/** The level-2 headings of a body with their ids and 0-based line numbers. */
export function articleHeadings(body: string): { id: string; line: number }[] {
  const slugger = new GithubSlugger();
  const ids: { id: string; line: number }[] = [];
  let fenced = false;
  for (const [n, line] of body.split('\n').entries()) {
    if (/^\s*(```|~~~)/u.test(line)) fenced = !fenced;
    const m = !fenced && /^(#{1,6})\s+(.+?)\s*#*\s*$/u.exec(line);
    if (!m) continue;
    const id = slugger.slug(m[2]!);
    if (m[1] === '##') ids.push({ id, line: n });
  }
  return ids;
}

/**
 * A bulletin's contents list is its `items`: every article item must have its
 * ## heading in the body, every ## heading must be listed, and in the same order.
 */
export function bulletinArticles(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'bulletins' || !entry.data) continue;
    const items = entry.data.items as { article?: string }[];
    const located = articleHeadings(entry.parsed.body);
    const headings = located.map((h) => h.id);
    // An item names its article by the heading's id or by the heading as written (quotes and all).
    const listed = items
      .map((item, i) => ({ written: item.article, anchor: item.article === undefined ? undefined : articleAnchor(item.article), i }))
      .filter((a): a is { written: string; anchor: string; i: number } => a.anchor !== undefined);
    for (const { written, anchor, i } of listed) {
      if (headings.includes(anchor)) continue;
      problems.push({
        file: entry.file,
        ...entry.parsed.locate(['items', i, 'article']),
        field: `items.${i}.article`,
        label: '文章锚点',
        message: `正文中没有锚点为“${written}”的二级标题。本期文章须在正文中以 ## ${written} 开始。`,
        suggestion: headings.find((h) => h.includes(anchor) || anchor.includes(h)),
        severity: 'error',
      });
    }
    const anchors = listed.map((a) => a.anchor);
    for (const { id: heading, line } of located.filter((h) => !anchors.includes(h.id))) {
      problems.push({
        file: entry.file,
        line: entry.parsed.bodyLine + line,
        column: 1,
        field: 'items',
        label: '目录',
        message: `正文中的二级标题“${heading}”不在目录（items）中；每篇文章都要列入目录：- article: ${heading}`,
        severity: 'error',
      });
    }
    const inBody = headings.filter((h) => anchors.includes(h));
    const inItems = anchors.filter((a) => headings.includes(a));
    if (inBody.join('\n') !== inItems.join('\n')) {
      problems.push({
        file: entry.file,
        ...entry.parsed.locate(['items']),
        field: 'items',
        label: '目录',
        message: `目录中文章的次序与正文不一致：正文依次为 ${inBody.join('、')}。`,
        severity: 'error',
      });
    }
  }
  return problems;
}
