/**
 * Where in a Markdown tree a text may become a cross-reference: not inside a
 * heading, a link, or an MDX <a> element. (Code is no text node, so it is never
 * reached.) Shared by the page plugin and the backlink scan so both agree.
 */
export interface AncestorLike {
  type: string;
  name?: string | null;
}

const NO_LINK_TYPES = new Set(['heading', 'link', 'linkReference', 'definition', 'code', 'inlineCode']);

export function isLinkableContext(ancestors: readonly AncestorLike[]): boolean {
  return ancestors.every(
    (node) => !NO_LINK_TYPES.has(node.type) && !((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a'),
  );
}
