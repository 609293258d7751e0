import { articleHeadings } from '../../bulletins/articles.ts';
import { articleAnchor } from '../../bulletins/article-anchor.ts';
import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

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
    // An issue lists each entry once: two cards of one entry would be two landmarks of one name.
    for (const { at: i, first, key: ref } of repeats(items, (item) => (item as { ref?: string }).ref)) {
      problems.push({
        file: entry.file,
        ...entry.parsed.locate(['items', i, 'ref']),
        field: `items.${i}.ref`,
        label: '目录',
        message: `本期目录第 ${i + 1} 项与第 ${first + 1} 项都是 ${ref}：同一条目在一期中只列一次，请删去其中一项（说明可写在保留的一项的 note 中）。`,
        severity: 'error',
      });
    }
    const address = (item: { article?: string }) => (item.article === undefined ? undefined : ((item as { slug?: string }).slug ?? articleAnchor(item.article)));
    for (const { at: i, first, key } of repeats(items, address)) {
      problems.push({
        file: entry.file,
        ...entry.parsed.locate(['items', i]),
        field: `items.${i}.slug`,
        label: '文章地址',
        message: `本期第 ${i + 1} 项与第 ${first + 1} 项的文章地址都是“${key}”；每篇文章的地址（slug，未写时为 article）在本期中须唯一。`,
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

/** Each item whose key (when it has one) an earlier item already has: its index, the first one's, and the key. */
function repeats<T>(items: readonly T[], keyOf: (item: T) => string | undefined): { at: number; first: number; key: string }[] {
  const seen = new Map<string, number>();
  return items.flatMap((item, at) => {
    const key = keyOf(item);
    if (key === undefined) return [];
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, at);
      return [];
    }
    return [{ at, first, key }];
  });
}
