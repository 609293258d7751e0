import type { Notice } from '../../schemas/notices.ts';
import { issuerNote, type RecognisedIssuer } from './issuers.ts';
import { unknownFactNotes } from './unknown-facts.ts';

/**
 * A circular's 编者注 as its page lists them: the facts declared unknown with the editor's
 * reasons, a printed issuer's name that differs from the body's, then the editors' own notes.
 */
export function noticeNotes(notice: Pick<Notice, 'unknown' | 'editorialNotes'>, issuer: RecognisedIssuer): { original?: string; reading: string }[] {
  const slip = issuerNote(issuer);
  return [...unknownFactNotes(notice.unknown), ...(slip ? [slip] : []), ...notice.editorialNotes];
}
