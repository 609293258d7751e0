import { citeDocument } from '../refs/cite.ts';
import { noticePath } from '../notices/notices.ts';

/** A link to a circular on the site, written as the citation convention has it. */
export interface DocumentLink {
  /** The circular's page, before withBase. */
  path: string;
  /** 《标题》（发文字号）. */
  text: string;
}

/** One of a case's sources as its page lists it: linked where the circular is on the site. */
export interface CaseSourceView {
  title: string;
  link?: DocumentLink;
  quote?: string;
  note?: string;
}

/** What a case page needs of the circulars it names: by 发文字号. */
export interface NoticeRef {
  id: string;
  data: { title: string; docNumber?: string };
}

/**
 * A case's 相关文件 and 来源, resolved against the circulars on the site. The content check
 * has made sure every related 发文字号 is a circular here; a source's may be outside the site.
 * @example caseDocuments({ relatedNotices: [], sources: [{ title: '某文件' }] }, []).sources
 * // [{ title: '某文件', link: undefined, quote: undefined, note: undefined }]
 */
export function caseDocuments(
  c: { relatedNotices: readonly string[]; sources: readonly { title: string; docNumber?: string; quote?: string; note?: string }[] },
  notices: readonly NoticeRef[],
): { related: DocumentLink[]; sources: CaseSourceView[] } {
  // A circular whose 发文字号 is declared unknown cannot be named by one.
  const byNumber = new Map(notices.flatMap((n) => (n.data.docNumber === undefined ? [] : [[n.data.docNumber, n] as const])));
  const link = (n: NoticeRef, title: string): DocumentLink => ({ path: noticePath(n.id), text: citeDocument(title, n.data.docNumber) });
  return {
    related: c.relatedNotices.map((number) => {
      const n = byNumber.get(number);
      if (!n) throw new Error(`Unresolved 发文字号 ${number}: the content check should have reported it.`);
      return link(n, n.data.title);
    }),
    sources: c.sources.map((s) => {
      const n = s.docNumber ? byNumber.get(s.docNumber) : undefined;
      return { title: s.title, link: n && link(n, s.title), quote: s.quote, note: s.note };
    }),
  };
}
