import { articleAnchor } from './article-anchor.ts';
import type { ContentsItem } from './bulletins.ts';

/** A heading of the issue's body, as Astro's render() reports it. */
interface BodyHeading {
  slug: string;
  text: string;
}

/** An issue's contents entry as written: a reference to another entry, or an article of its body. */
export interface IssueItemSource {
  ref?: string;
  note?: string;
  article?: string;
  author?: string;
}

/**
 * An issue's contents, ready to render: a referenced entry is resolved (and anchored
 * item-N by its place in the list); an article takes its title from its heading in the
 * body, or its anchor when the body has no such heading.
 * @example issueContents([{ article: 'a' }], [{ slug: 'a', text: '标题' }], resolve)
 * // [{ kind: 'article', anchor: 'a', title: '标题', author: undefined }]
 */
export async function issueContents<R>(
  items: readonly IssueItemSource[],
  headings: readonly BodyHeading[],
  resolve: (ref: string) => Promise<R>,
): Promise<ContentsItem<{ ref: R; note?: string }>[]> {
  return Promise.all(
    items.map(async (item, i): Promise<ContentsItem<{ ref: R; note?: string }>> =>
      item.ref !== undefined
        ? { kind: 'ref', anchor: `item-${i + 1}`, ref: await resolve(item.ref), note: item.note }
        : { kind: 'article', anchor: articleAnchor(item.article!), title: headings.find((h) => h.slug === articleAnchor(item.article!))?.text ?? item.article!, author: item.author },
    ),
  );
}

/**
 * The issue's parts as its JSON-LD lists them: an article by its own page (`articlePaths`, by
 * anchor), else by its anchor on the issue's page; a referenced entry by its own page.
 * `absolute` turns a site path into a full URL.
 */
export function issueParts(
  items: readonly ContentsItem<{ ref: { title: string; path: string } }>[],
  pageUrl: string,
  absolute: (path: string) => string,
  articlePaths: Readonly<Record<string, string>> = {},
): { name: string; url: string }[] {
  return items.map((item) =>
    item.kind === 'article'
      ? { name: item.title, url: articlePaths[item.anchor] ? absolute(articlePaths[item.anchor]!) : `${pageUrl}#${encodeURIComponent(item.anchor)}` }
      : { name: item.ref.title, url: absolute(item.ref.path) },
  );
}
