import { decodeEntities, hostOf, isOtherOrigin, isScriptUrl, LOADING_ATTRIBUTES, URL_ATTRIBUTES, urlScheme, urlsOf } from './urls.ts';

/** One way a built page breaks the site's promises, located by line. */
export interface PageViolation {
  /** 1-based line in the HTML file. */
  line: number;
  /** What is wrong, in Chinese, naming the element and the offending value. */
  message: string;
}

export interface PageRules {
  /** Whether the page may run script (only from a same-origin file, never inline). */
  allowScript: boolean;
}

/**
 * The pages that run script, as paths in the built site: the search page and the case
 * finder. Every other page, every content page above all, carries none.
 */
export const PAGES_WITH_SCRIPT: readonly string[] = ['search/index.html', 'cases/index.html'];

/**
 * The one script every page may load: the site's own reading preferences (text size, contrast,
 * 打印本页), an external file from the site's origin (public/scripts/reading.js), under any base.
 */
export const READING_SCRIPT = /^(?:\/[^:?#]*)?\/scripts\/reading\.js$/u;
/** `<script>` types that browsers never run (so CSP does not apply to them): structured data only. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json']);
/** Link relations that load nothing (a canonical or alternate URL may be absolute). */
const NON_LOADING_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'me', 'next', 'prev']);
/** Elements whose content is raw text: skipped up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
/** Elements that embed plugins or change where every relative URL loads from (CSP object-src 'none', base-uri 'self'). */
const EMBEDDING = new Set(['object', 'embed', 'applet', 'base']);
/** Elements checked whatever their attributes. */
const SPECIAL = new Set(['script', 'style', 'link', ...EMBEDDING]);

// A tag with its attributes (quoted values may hold '>'), or a comment. The attribute part is an
// unrolled loop, so a tag without its '>' fails in linear time.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>/gu;
const MAY_VIOLATE = /[\s"'/]on|style|[:&\\]|\/\//iu;
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'giu')]));
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gu;

function lineAt(html: string, index: number): number {
  let line = 1;
  for (let i = html.indexOf('\n'); i !== -1 && i < index; i = html.indexOf('\n', i + 1)) line++;
  return line;
}

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  if (text.trim() === '' || text.trim() === '/') return attributes;
  for (const m of text.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

/**
 * Checks one built HTML page against the site's promises, scanning its tags (no DOM is
 * built, so it stays fast over every page of a large site): no script unless the page may
 * run it, and then only from a file; no `<style>`, `style=` or `on…=` handler (the
 * Content-Security-Policy forbids them); no `javascript:`/`data:` URL; no plugin or
 * `<base>`; nothing loaded from another origin. Links to other sites stay allowed.
 */
export function pageViolations(html: string, rules: PageRules): PageViolation[] {
  const found: { index: number; message: string }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    if (m[2] === undefined || m[1] === '/') continue;
    const index = m.index;
    const name = m[2].toLowerCase();
    // Most tags hold nothing that could break a rule: no handler or style attribute, no scheme,
    // no `//` or `\\` (another host), no character reference that could hide one. Those are not parsed.
    const special = SPECIAL.has(name) || RAW_TEXT.has(name);
    if (!special && !MAY_VIOLATE.test(m[3]!)) continue;
    const attributes = attributesOf(m[3]!);
    const report = (message: string) => found.push({ index, message });

    if (name === 'script') {
      const type = (attributes.get('type') ?? '').trim().toLowerCase();
      if (!DATA_SCRIPT_TYPES.has(type) && !READING_SCRIPT.test(attributes.get('src') ?? '')) {
        if (!rules.allowScript) report('<script>：本页不应运行脚本（只有搜索页和典型筛选页可以）。');
        else if (!attributes.get('src')) report('<script> 写在页面里（行内脚本）：脚本只能从站内文件加载。');
      }
    } else if (name === 'style') report('<style> 元素：网站的安全策略（CSP）禁止行内样式，样式须放在样式表文件中。');
    else if (EMBEDDING.has(name)) report(`<${name}> 元素：网站不嵌入插件，也不改变页面的基准地址。`);

    for (const [attribute, value] of attributes) {
      if (attribute === 'style') report(`<${name} style="${value}">：网站的安全策略（CSP）禁止行内样式。`);
      else if (attribute.startsWith('on')) report(`<${name} ${attribute}>：事件属性会运行脚本，网站的安全策略（CSP）禁止。`);
      if (!URL_ATTRIBUTES.has(attribute)) continue;
      for (const url of urlsOf(attribute, value)) {
        if (isScriptUrl(url)) report(`<${name} ${attribute}="${url}">：${urlScheme(url)}: 地址会运行脚本或内嵌文档，不能使用。`);
        else if (loads(name, attribute, attributes) && isOtherOrigin(url)) {
          report(`<${name} ${attribute}="${url}">：从其他网站（${hostOf(url)}）加载内容；网站只加载本站的文件。`);
        }
      }
    }
    if (RAW_TEXT.has(name)) {
      const close = RAW_TEXT_END.get(name)!;
      close.lastIndex = TOKEN.lastIndex;
      TOKEN.lastIndex = close.exec(html)?.index ?? html.length;
    }
  }
  return found.map(({ index, message }) => ({ line: lineAt(html, index), message }));
}

/** Whether an attribute makes the browser fetch its URL when the page opens (a link's href does not). */
function loads(element: string, attribute: string, attributes: Map<string, string>): boolean {
  if (LOADING_ATTRIBUTES.has(attribute)) return true;
  if (attribute === 'href' && element === 'link') {
    const rels = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/u).filter(Boolean);
    return !rels.every((rel) => NON_LOADING_RELS.has(rel));
  }
  return false;
}
