import { slug } from 'github-slugger';

/**
 * The anchor of a bulletin article listed in the contents (`items[].article`): the id its
 * ## heading gets. An editor may write the anchor (双转移工作) or the heading as it stands
 * (“双转移”工作): both name the same article, so the contents entry, the check and the page
 * agree however it is written.
 * @example articleAnchor('“双转移”工作') // '双转移工作'
 */
export function articleAnchor(article: string): string {
  return slug(article.trim());
}
