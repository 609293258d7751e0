import { mdxToMdast } from 'satteri';

/** A node of the body's syntax tree (mdast with MDX nodes), with its place in the body. */
export interface BodyNode {
  type: string;
  value?: string;
  depth?: number;
  url?: string;
  /** The label of a reference or definition, normalised: `![x][label]` ↔ `[label]: url`. */
  identifier?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  children?: BodyNode[];
}

/** The body of a content file, parsed, or the place where it could not be. */
export interface ParsedBody {
  tree?: BodyNode;
  /** The MDX syntax error, located in the body (1-based line and column). */
  error?: { line: number; column: number; message: string };
}

/**
 * Parses an MDX body into mdast with positions using Sätteri, the same parser
 * (and the same GFM and MDX grammar) that renders the pages, so the content
 * check and the build can never disagree about what a body says.
 */
export function parseBody(body: string): ParsedBody {
  try {
    return { tree: mdxToMdast(body, { position: true, features: { gfm: true, frontmatter: false } }) as unknown as BodyNode };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+):\s*(.*?)\s*(?:\(\d+:\d+\))?\s*(?:\(([\w:-]+)\))?$/u.exec(text);
    if (!m) return { error: { line: 1, column: 1, message: text } };
    return { error: { line: Number(m[1]), column: Number(m[2]), message: translateMdxError(m[3]!) } };
  }
}

/** Puts Sätteri's most common MDX syntax errors into Chinese; keeps the original for the rest. */
export function translateMdxError(message: string): string {
  const closing = /^Expected a closing tag for `<([^>]*)>`/u.exec(message);
  if (closing) return `标签 <${closing[1]}> 没有闭合：请在它的内容之后写上 </${closing[1]}>。`;
  const unexpectedClose = /^Unexpected closing (?:slash `\/` in tag|tag `<\/([^>]*)>`)/u.exec(message);
  if (unexpectedClose) return `多出一个闭合标签${unexpectedClose[1] ? ` </${unexpectedClose[1]}>` : ''}：它前面没有对应的开始标签。`;
  return `MDX 写法有误（${message}）。正文中的 < 和 { 有特殊含义：要照录这两个字符，请写成 \\< 和 \\{。`;
}

/** Calls `visit` on every node of the tree, depth first, with its ancestors. */
export function walk(node: BodyNode, visit: (node: BodyNode, ancestors: BodyNode[]) => void, ancestors: BodyNode[] = []): void {
  visit(node, ancestors);
  for (const child of node.children ?? []) walk(child, visit, [...ancestors, node]);
}

/** The plain text of a node (its text descendants joined). */
export function textOf(node: BodyNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** A JSX element's attribute: its string value, `true` for an expression, or undefined when absent. */
export function jsxAttribute(node: BodyNode, name: string): string | true | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return undefined;
  if (attribute.value === null || attribute.value === undefined) return '';
  if (typeof attribute.value === 'string') return attribute.value;
  const expression = (attribute.value as { value?: string }).value ?? '';
  return expression.trim() === '' || /^(['"`])\s*\1$/u.test(expression.trim()) ? '' : true;
}
