import { entryPath } from '../routes.ts';

/** A document the site publishes, as a replacement may be found among them. */
export interface DocumentPage {
  collection: 'notices' | 'documents';
  id: string;
  title: string;
  docNumber?: string;
}

/** What the top of a withdrawn or amended circular's page says, and where the replacement is. */
export interface ValidityNotice {
  /** 本文件已废止 / 本文件已修订. */
  heading: string;
  /** The editors' note on the change (有效性说明), if any. */
  note?: string;
  /** The replacing document's 发文字号, as the editor wrote it. */
  replacedBy?: string;
  /** The replacing document's page on the site (without the base) and title, when the site has it. */
  replacement?: { path: string; title: string };
}

/**
 * The notice at the top of a circular that is no longer in force (有效性 已废止 or 已修订):
 * withdrawn is not deleted, the page stays and says so, linking what replaced it (a circular,
 * else a register document, with that 发文字号). Undefined for a document in force.
 */
export function validityNotice(validity: { state: string; replacedBy?: string; note?: string } | undefined, documents: readonly DocumentPage[]): ValidityNotice | undefined {
  if (!validity || validity.state === '有效') return undefined;
  const match = validity.replacedBy ? (documents.find((d) => d.collection === 'notices' && d.docNumber === validity.replacedBy) ?? documents.find((d) => d.docNumber === validity.replacedBy)) : undefined;
  return {
    heading: `本文件${validity.state}`,
    note: validity.note,
    replacedBy: validity.replacedBy,
    replacement: match ? { path: entryPath(match.collection, match.id), title: match.title } : undefined,
  };
}
