import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

/**
 * An editorial note (编者注) quotes the passage it corrects; the quote must occur
 * in the body exactly, or readers cannot find what the note is about.
 */
export function editorialNoteQuotes(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const notes = (entry.data?.editorialNotes ?? []) as { original?: string }[];
    notes.forEach((note, i) => {
      if (note.original === undefined || entry.parsed.body.includes(note.original)) return;
      problems.push({
        file: entry.file,
        ...entry.parsed.locate(['editorialNotes', i, 'original']),
        field: `editorialNotes.${i}.original`,
        label: '原文',
        message: `编者注引用的原文“${note.original}”在正文中找不到；须逐字照录正文中的一段。`,
        severity: 'error',
      });
    });
  }
  return problems;
}
