import { mdxToMdast } from 'satteri';
import { BODY_COMPONENTS, BODY_ELEMENTS, isBodyComponent } from '../../safe-html/body-elements.ts';

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
  /** Where the body has HTML comments (<!-- -->), which MDX cannot read; the rest of the body is still parsed. */
  htmlComments?: { line: number; column: number }[];
}

const HTML_COMMENT = /<!--([\s\S]*?)-->/gu;

/** The position (1-based line and column) of an offset in a text. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Parses an MDX body into mdast with positions using Sätteri, the same parser
 * (and the same GFM and MDX grammar) that renders the pages, so the content
 * check and the build can never disagree about what a body says.
 */
export function parseBody(body: string): ParsedBody {
  // An HTML comment is an error of its own; written as an MDX comment of the same length, the
  // rest of the body is still read, so one comment does not hide every other problem.
  const comments = [...body.matchAll(HTML_COMMENT)];
  if (comments.length > 0 && !comments.some((c) => c[1]!.includes('*/'))) {
    const parsed = parseBody(body.replace(HTML_COMMENT, (_m, inner: string) => `{/* ${inner}*/}`));
    return { ...parsed, htmlComments: comments.map((c) => positionOf(body, c.index)) };
  }
  try {
    return { tree: mdxToMdast(body, { position: true, features: { gfm: true, frontmatter: false } }) as unknown as BodyNode };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+):\s*(.*?)\s*(?:\(\d+:\d+\))?\s*(?:\(([\w:-]+)\))?$/u.exec(text);
    if (!m) return { error: { line: 1, column: 1, message: text } };
    const line = Number(m[1]);
    const column = Number(m[2]);
    return { error: { line, column, message: translateMdxError(m[3]!, tagBefore(body, line, column)) } };
  }
}

/** Elements that never have content: written `<img … />`, never closed with `</img>`. */
const VOID_ELEMENTS = new Set(['img', 'br', 'hr', 'wbr', 'col']);

/** How to write a tag that takes no content: the component's documented form, or `<name … />`. */
function selfClosing(name: string): string {
  return isBodyComponent(name) ? BODY_COMPONENTS[name] : `<${name} … />`;
}

/**
 * The name of the tag an MDX error stands in: the `<name` at the error's position, or the
 * last one before it on the lines above if no `>` ends it (an unfinished tag).
 */
export function tagBefore(body: string, line: number, column: number): string | undefined {
  const lines = body.split('\n');
  let offset = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
  offset = Math.min(offset, body.length);
  const here = /^<([A-Za-z][\w.-]*)/u.exec(body.slice(offset));
  if (here) return here[1];
  const open = body.lastIndexOf('<', offset);
  if (open < 0) return undefined;
  const tag = /^<([A-Za-z][\w.-]*)[^>]*$/u.exec(body.slice(open, offset));
  return tag?.[1];
}

/**
 * Puts Sätteri's most common MDX syntax errors into Chinese; keeps the original for the rest.
 * `tag` is the name of the tag the error stands in, when there is one: a known component or
 * an HTML element gets told to finish or close the tag, not to escape its `<`.
 */
export function translateMdxError(message: string, tag?: string): string {
  const closing = /^Expected a closing tag for `<([^>]*)>`/u.exec(message);
  if (closing) {
    const name = closing[1]!.split(/\s/u)[0]!;
    if (isBodyComponent(name) || VOID_ELEMENTS.has(name)) {
      return `标签 <${name}> 没有闭合：它不包含内容，请以 /> 结束，写成 ${selfClosing(name)}。`;
    }
    return `标签 <${closing[1]}> 没有闭合：请在它的内容之后写上 </${closing[1]}>。`;
  }
  if (tag && (isBodyComponent(tag) || BODY_ELEMENTS.has(tag.toLowerCase())) && /^Unexpected|^Expected/u.test(message)) {
    const end = isBodyComponent(tag) || VOID_ELEMENTS.has(tag) ? `/> 结束，写成 ${selfClosing(tag)}` : '> 结束';
    return `标签 <${tag} 没有写完：请以 ${end}；属性写成 名称="值"，值用英文双引号括起。`;
  }
  const unexpectedClose = /^Unexpected closing (?:slash `\/` in tag|tag `<\/([^>]*)>`)/u.exec(message);
  if (unexpectedClose) return `多出一个闭合标签${unexpectedClose[1] ? ` </${unexpectedClose[1]}>` : ''}：它前面没有对应的开始标签。`;
  // The parser's own words are English and name its grammar, not the fix: the editor is told where and what to look for.
  const near = /^Unexpected character `(.)`/u.exec(message)?.[1];
  const what = near ? `这里的“${near}”` : '这一处';
  return `MDX 无法读懂${what}。正文中的 < 和 { 有特殊含义（标签和注释）：要照录这两个字符，请写成 \\< 和 \\{；给编辑看的注释写成 {/* … */}。`;
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
