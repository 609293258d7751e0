/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A table-of-contents entry with the entries nested below it. */
export interface TocItem extends Heading {
  children: TocItem[];
}

/**
 * Nests the headings between minDepth and maxDepth into a tree. A heading that
 * skips a level is attached to the nearest shallower one.
 * @example buildToc([{depth:3,…},{depth:4,…}], 3, 4) // [{depth:3, children:[{depth:4,…}]}]
 */
export function buildToc(headings: readonly Heading[], minDepth: number, maxDepth: number): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: TocItem = { ...heading, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= item.depth) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : root).push(item);
    stack.push(item);
  }
  return root;
}
