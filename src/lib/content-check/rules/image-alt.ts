import { jsxAttribute, walk } from '../body/parse-body.ts';
import { bodyPosition, type CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

/** JSX elements that show an image and need alt text: HTML's img and Astro's image components. */
export const IMAGE_ELEMENTS = new Set(['img', 'Image', 'Picture']);

/**
 * Every image has alt text: a short description of what it shows, for readers
 * who cannot see it (screen readers, images that fail to load).
 */
export function imageAlt(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const tree = entry.body?.tree;
    if (!tree) continue;
    walk(tree, (node) => {
      let missing = false;
      let src = '';
      if (node.type === 'image' || node.type === 'imageReference') {
        missing = !node.alt || node.alt.trim() === '';
        src = node.url ?? '';
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && IMAGE_ELEMENTS.has(node.name ?? '')) {
        missing = jsxAttribute(node, 'alt') === '' || jsxAttribute(node, 'alt') === undefined;
        const value = jsxAttribute(node, 'src');
        src = typeof value === 'string' ? value : '';
      }
      if (!missing) return;
      problems.push({
        file: entry.file,
        ...bodyPosition(entry, node.position?.start),
        field: '',
        label: '图片说明',
        message: `图片${src ? `“${src}”` : ''}缺少替代文字（alt）。请用一句话写明图片内容，如 ![2011年园区产值对比图](${src || '图片地址'}) 或 <img src="…" alt="…" />。`,
        severity: 'error',
      });
    });
  }
  return problems;
}
