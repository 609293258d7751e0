import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

const squash = (text: string) => text.replace(/\s+/gu, '');

/**
 * A register entry quotes where the site's content cites it; each quoted
 * passage must stand in the citing entry's body, word for word (white space aside).
 */
export function citationPassages(entries: CheckedEntry[]): Problem[] {
  const byRef = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    const citations = (entry.data?.citations ?? []) as { in: string; passage: string }[];
    citations.forEach((citation, i) => {
      const source = byRef.get(citation.in);
      // A missing entry is reported by the references rule.
      if (!source || squash(source.parsed.body).includes(squash(citation.passage))) return;
      problems.push({
        file: entry.file,
        ...entry.parsed.locate(['citations', i, 'passage']),
        field: `citations.${i}.passage`,
        label: '引用原文',
        message: `引用原文在 ${source.file} 的正文中找不到；须逐字照录其中的一段。`,
        severity: 'error',
      });
    });
  }
  return problems;
}
