import GithubSlugger from 'github-slugger';
import { parseHTML } from 'linkedom';
import { entryPath } from '../routes.ts';
import { articleAnchor } from './article-anchor.ts';

/**
 * The articles of a 双转移专刊 issue as entries of their own: each is written in its
 * issue's body (from its ## heading to the next) and listed in the issue's `items`;
 * each has a page, /bulletins/<issue>/<slug>/, its own sample flag and its own source.
 * The issue page keeps every article under its old anchor (#<anchor>).
 */

/** A level-2 heading of a body: its id as Astro makes it, its text and its 0-based line. */
export interface BodyHeading {
  id: string;
  text: string;
  line: number;
}

/** The level-2 headings (## …) of a Markdown/MDX body, in order, with the ids Astro gives them. */
export function articleHeadings(body: string): BodyHeading[] {
  const slugger = new GithubSlugger();
  const found: BodyHeading[] = [];
  let fenced = false;
  for (const [n, line] of body.split('\n').entries()) {
    if (/^\s*(```|~~~)/u.test(line)) fenced = !fenced;
    const m = !fenced && /^(#{1,6})\s+(.+?)\s*#*\s*$/u.exec(line);
    if (!m) continue;
    const id = slugger.slug(m[2]!);
    if (m[1] === '##') found.push({ id, text: m[2]!, line: n });
  }
  return found;
}

/** The text of one article of an issue's body: from its ## heading to the next, or undefined when there is none. */
export function articleSection(body: string, anchor: string): string | undefined {
  const located = articleHeadings(body);
  const at = located.findIndex((h) => h.id === anchor);
  if (at < 0) return undefined;
  const lines = body.split('\n');
  return lines.slice(located[at]!.line, located[at + 1]?.line ?? lines.length).join('\n');
}

/** Where an article was first published. */
export interface ArticleSource {
  name: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: as far as the date is known. */
  date: string;
  page?: string;
  url?: string;
}

/** An article item of an issue's `items`, as written. */
export interface ArticleItem {
  article?: string;
  author?: string;
  slug?: string;
  sample?: boolean;
  source?: ArticleSource;
}

/** An article of an issue, ready for its page, lists, feeds and the site map. */
export interface IssueArticle {
  issueId: string;
  /** Its anchor on the issue's page (the id of its ## heading). */
  anchor: string;
  /** The last part of its address. */
  slug: string;
  /** Its page, without the base: /bulletins/<issue>/<slug>/. */
  path: string;
  title: string;
  author?: string;
  /** The article's own sample flag, else the issue's. */
  sample: boolean;
  source?: ArticleSource;
  /** Its position among the issue's articles, from 1. */
  position: number;
}

/** The page of an article: /bulletins/<issue>/<slug>/. */
export function articlePath(issueId: string, slug: string): string {
  return `${entryPath('bulletins', issueId)}${slug}/`;
}

/**
 * The articles of an issue, in order. The title is the text of the article's ## heading in
 * the body (the anchor when the body has no such heading: the content check reports it).
 * @example issueArticles('2013-02', { sample: false, items: [{ article: 'a', sample: true }] }, '## 甲')
 * // [{ issueId: '2013-02', anchor: 'a', slug: 'a', path: '/bulletins/2013-02/a/', title: 'a', sample: true, position: 1 }]
 */
export function issueArticles(issueId: string, issue: { sample: boolean; items: readonly ArticleItem[] }, body: string): IssueArticle[] {
  const headings = articleHeadings(body);
  return issue.items
    .filter((item): item is ArticleItem & { article: string } => item.article !== undefined)
    .map((item, i) => {
      // An item may name its article by the heading's id or by the heading as written (quotes and all).
      const anchor = articleAnchor(item.article);
      const slug = item.slug ?? anchor;
      return {
        issueId,
        anchor,
        slug,
        path: articlePath(issueId, slug),
        title: headings.find((h) => h.id === anchor)?.text ?? item.article,
        ...(item.author === undefined ? {} : { author: item.author }),
        sample: item.sample ?? issue.sample,
        ...(item.source === undefined ? {} : { source: item.source }),
        position: i + 1,
      };
    });
}

/**
 * How much of an issue is sample content: all of it (the issue is a sample and so is every
 * article), some (a mixed issue), or none.
 */
export function issueSampleState(issueSample: boolean, articles: readonly Pick<IssueArticle, 'sample'>[]): 'all' | 'some' | 'none' {
  const samples = articles.filter((a) => a.sample).length;
  if (issueSample && samples === articles.length) return 'all';
  return samples > 0 || issueSample ? 'some' : 'none';
}

/**
 * Raises every heading in and under `element` one level (h3 → h2 …): on its own page an article's
 * title is the h1, so its sections, h3 in the issue, follow as h2 and no level is skipped.
 */
function promoteHeadings(element: Element, document: Document): Element {
  let top = element;
  const headings = [element, ...element.querySelectorAll('*')].filter((el) => /^H[3-6]$/u.test(el.nodeName));
  for (const heading of headings) {
    const raised = document.createElement(`h${Number(heading.nodeName[1]) - 1}`);
    for (const { name, value } of [...heading.attributes]) raised.setAttribute(name, value);
    raised.innerHTML = heading.innerHTML;
    heading.replaceWith(raised);
    if (heading === element) top = raised;
  }
  return top;
}

/**
 * One article cut out of its issue's rendered body: what follows its <h2 id="anchor"> up to the
 * next <h2> (the heading itself left out: the article's page prints the title as its h1, and the article's
 * own headings are raised a level to follow it).
 * Undefined when the body has no such heading.
 * @example articleHtml('<h2 id="a">甲</h2><p>一</p><h2 id="b">乙</h2>', 'a') // '<p>一</p>'
 */
export function articleHtml(issueHtml: string, anchor: string): string | undefined {
  const { document } = parseHTML(`<!doctype html><html><body>${issueHtml}</body></html>`);
  const nodes = [...document.body.childNodes];
  const at = nodes.findIndex((n) => n.nodeName === 'H2' && (n as unknown as Element).getAttribute('id') === anchor);
  if (at < 0) return undefined;
  const end = nodes.findIndex((n, i) => i > at && n.nodeName === 'H2');
  return nodes
    .slice(at + 1, end < 0 ? undefined : end)
    .map((node) => (node.nodeType === 1 ? promoteHeadings(node as unknown as Element, document as unknown as Document).outerHTML : node.nodeType === 3 ? (node.textContent ?? '') : ''))
    .join('')
    .trim();
}
