import { existsSync } from 'node:fs';
import path from 'node:path';
import { BODY_COMPONENTS, BODY_ELEMENTS, isBodyComponent, REFUSED_BECAUSE } from '../../safe-html/body-elements.ts';
import { hostOf, isOtherOrigin, isScriptUrl, LOADING_ATTRIBUTES, URL_ATTRIBUTES, urlScheme, urlsOf } from '../../safe-html/urls.ts';
import { jsxAttribute, walk, type BodyNode } from '../body/parse-body.ts';
import { bodyPosition, type CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';


const INSTEAD_OF_LOADING =
  '要指向其他网站的内容，请写普通链接，如 [标题](https://…)；图片请把文件放到 public/ 文件夹（如 public/images/x.png），写成 ![图片内容](/images/x.png)。';
const INSTEAD_OF_STYLE = '需要特别的版式时，请用网站已有的 class（如 <div class="doc-signature">），或请网站维护人员在样式表中增加。';
const SCHEME_WHY: Record<string, string> = {
  javascript: '点击时会在读者的浏览器中运行脚本',
  vbscript: '点击时会运行脚本',
  data: '会把整个文件或网页内嵌在地址中，绕过网站的检查',
};

function insteadOf(element: string): string {
  if (element === 'style') return INSTEAD_OF_STYLE;
  if (['script', 'noscript', 'template', 'canvas'].includes(element)) return '正文只写文字、表格和图片，不能含脚本；需要交互的功能请告知网站维护人员。';
  if (['form', 'input', 'button', 'select', 'textarea'].includes(element)) return '正文不能含表单。';
  if (element === 'h1') return '请改用 ## 标题。';
  if (element in REFUSED_BECAUSE) return INSTEAD_OF_LOADING;
  return `正文可用的 HTML 标签只有：${[...BODY_ELEMENTS].join('、')}；其余请用 Markdown 写法。`;
}

function urlProblem(url: string, what: string, loads: boolean): string | undefined {
  if (isScriptUrl(url)) {
    const scheme = urlScheme(url)!;
    const instead = loads ? INSTEAD_OF_LOADING : '请改为站内地址（如 /notices/文件id/）或其他网站网页的完整地址（https://…）。';
    return `${what}“${url}”以 ${scheme}: 开头，${SCHEME_WHY[scheme]}，不能使用。${instead}`;
  }
  if (loads && isOtherOrigin(url)) {
    return `${what}“${url}”来自其他网站（${hostOf(url)}）：网站只加载本站的文件，读者打开页面时不向其他网站发出任何请求。${INSTEAD_OF_LOADING}`;
  }
  return undefined;
}

/** A `{…}` that only comments or writes a literal: `{/* 注释 *\/}`, `{'{'}`, `{2012}`. */
function isInert(expression: string): boolean {
  const code = expression.replace(/\/\*[\s\S]*?\*\//gu, '').trim();
  return code === '' || /^(?:"[^"\\]*"|'[^'\\]*'|\d+(?:\.\d+)?)$/u.test(code);
}

/** The names a body's own `import` lines bring in (import X from …, import { A, B as C } from …). */
export function importedNames(tree: BodyNode): Set<string> {
  const names = new Set<string>();
  walk(tree, (node) => {
    if (node.type !== 'mdxjsEsm') return;
    for (const m of (node.value ?? '').matchAll(/\bimport\s+([^'"]+?)\s+from\b/gu)) {
      for (const part of m[1]!.replace(/[{}]/gu, ',').split(',')) {
        const name = /(?:\bas\s+)?([A-Za-z_$][\w$]*)\s*$/u.exec(part.trim())?.[1];
        if (name) names.add(name);
      }
    }
  });
  return names;
}

/**
 * A body's `import … from './file'` of a file that does not exist: the build would stop on it with
 * the bundler's English, so the check says it first (files are named relative to the project root,
 * where the check and the build run).
 */
function missingImports(code: string, file: string): { message: string; label: string }[] {
  return [...code.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gu)]
    .map((m) => m[1]!)
    .filter((spec) => !existsSync(path.resolve(path.dirname(path.resolve(file)), spec)))
    .map((spec) => ({ label: '组件', message: `导入的文件“${spec}”不存在：请改正路径，或删去这一行 import 和使用它的组件。正文可用的组件见编辑指南。` }));
}

/** The problems of one JSX element in a body: the element itself, then its attributes. */
function elementProblems(node: BodyNode, imported: Set<string>): { message: string; label: string }[] {
  const name = node.name;
  // Fragments, the body components (every page passes them on) and what the body imports itself.
  if (!name || isBodyComponent(name) || imported.has(name.split('.')[0]!)) return [];
  if (/^[A-Z]/u.test(name) || name.includes('.')) {
    const forms = Object.values(BODY_COMPONENTS).join('、');
    return [{ label: '组件', message: `正文中没有名为 <${name}> 的组件，构建时无法显示它。正文可用的组件只有：${forms}；HTML 标签请用小写字母（如 <div>）。` }];
  }
  const element = name.toLowerCase();
  if (!BODY_ELEMENTS.has(element)) {
    const why = REFUSED_BECAUSE[element];
    return [{ label: 'HTML 标签', message: `正文中不能使用 <${name}>：${why ? `它${why}` : '它不在正文可用的 HTML 标签之列'}。${insteadOf(element)}` }];
  }
  const problems: { message: string; label: string }[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push({ label: 'HTML 标签', message: `<${name}> 中的 {…} 展开写法无法检查：HTML 标签的属性请逐个写成 名称="值"。` });
      continue;
    }
    const key = attribute.name.toLowerCase();
    const value = attribute.value;
    if (key === 'style') {
      problems.push({ label: '行内样式', message: `<${name}> 中不能写 style（行内样式）：网站的安全策略禁止行内样式，浏览器不会显示它。${INSTEAD_OF_STYLE}` });
    } else if (key.startsWith('on')) {
      problems.push({ label: '脚本', message: `<${name}> 中不能写 ${attribute.name}：事件属性会在读者的浏览器中运行脚本。请删去它。` });
    } else if (key === 'target' && value === '_blank' && !/\bnoopener\b/u.test(String(jsxAttribute(node, 'rel') ?? ''))) {
      problems.push({ label: '链接地址', message: `<${name} target="_blank"> 在新窗口打开的链接须同时写 rel="noopener noreferrer"，否则新打开的网页能操纵本站页面。请加上 rel="noopener noreferrer"。` });
    } else if (key === 'srcdoc') {
      problems.push({ label: '脚本', message: `<${name}> 中不能写 srcdoc：它内嵌一整个网页。请删去它。` });
    } else if (value !== null && value !== undefined && typeof value !== 'string') {
      if (URL_ATTRIBUTES.has(key)) problems.push({ label: '链接地址', message: `<${name} ${attribute.name}={…}> 的地址是表达式，无法检查：请写成带引号的地址，如 ${attribute.name}="/notices/文件id/"。` });
    } else if (typeof value === 'string' && URL_ATTRIBUTES.has(key)) {
      for (const url of urlsOf(key, value)) {
        const message = urlProblem(url, `<${name}> 的 ${attribute.name} 地址`, LOADING_ATTRIBUTES.has(key));
        if (message) problems.push({ label: '链接地址', message });
      }
    }
  }
  return problems;
}

/**
 * Nothing in a body may load from another origin, run script, or carry inline style or
 * event handlers, so the site's promises (no third-party request, no script on content
 * pages, the Content-Security-Policy in public/_headers) hold for whatever an editor
 * writes: HTML elements only from a list, no `style=` or `on…=`, no `javascript:` or
 * `data:` address in a link or image, no image from another site. A plain link to
 * another site (`[标题](https://…)` or `<a href="https://…">`) stays allowed.
 */
export function bodyHtml(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const tree = entry.body?.tree;
    if (!tree) continue;
    const imageRefs = new Set<string>();
    walk(tree, (node) => {
      if (node.type === 'imageReference' && node.identifier) imageRefs.add(node.identifier);
    });
    const imported = importedNames(tree);
    walk(tree, (node) => {
      let found: { message: string; label: string }[] = [];
      if (node.type === 'mdxjsEsm') found = missingImports(node.value ?? '', entry.file);
      else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found = elementProblems(node, imported);
      else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isInert(node.value ?? '')) {
        found = [{ label: '脚本', message: `正文中的 {${(node.value ?? '').trim().slice(0, 30)}} 是程序表达式，构建时会运行，可以生成任何内容。正文中的花括号只用于注释 {/* … */}；要照录 { 字符，请写成 \\{。` }];
      }
      else if (node.type === 'link' || node.type === 'definition') {
        const image = node.type === 'definition' && imageRefs.has(node.identifier ?? '');
        const message = urlProblem(node.url ?? '', image ? '图片地址' : '链接地址', image);
        if (message) found = [{ label: '链接地址', message }];
      } else if (node.type === 'image') {
        const message = urlProblem(node.url ?? '', '图片地址', true);
        if (message) found = [{ label: '链接地址', message }];
      }
      for (const { message, label } of found) {
        problems.push({ file: entry.file, ...bodyPosition(entry, node.position?.start), field: '', label, message, severity: 'error' });
      }
    });
  }
  return problems;
}
