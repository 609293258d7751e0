import { normalizeDocNumber } from '../../notices/doc-number.ts';
import { comparisonKey } from '../../text/to-simplified.ts';
import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

/**
 * Two documents may not share a 发文字号, compared as the reader sees them (src/lib/text/to-simplified.ts). Every file that uses a number another file also
 * uses gets a problem naming the others, so the editor sees both sides wherever they look
 * first and can tell which of them is wrong.
 */
export function uniqueDocNumbers(entries: CheckedEntry[]): Problem[] {
  const byNumber = new Map<string, CheckedEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const raw = entry.parsed.data.docNumber;
    if (typeof raw !== 'string') continue;
    // One number written two ways (a zero-width space, 粵經 for 粤经, full-width digits) is one number.
    const key = normalizeDocNumber(comparisonKey(raw)) ?? comparisonKey(raw);
    byNumber.set(key, [...(byNumber.get(key) ?? []), entry]);
  }
  return [...byNumber.values()]
    .filter((sharing) => sharing.length > 1)
    .flatMap((sharing) =>
      sharing.map((entry) => ({
        file: entry.file,
        ...entry.parsed.locate(['docNumber']),
        field: 'docNumber',
        label: '发文字号',
        message: `发文字号“${String(entry.parsed.data.docNumber).trim()}”已被 ${sharing
          .filter((other) => other !== entry)
          .map((other) => other.file)
          .join('、')} 使用；两份文件不能共用一个发文字号。请核对原件，改正其中错的一份。`,
        severity: 'error' as const,
      })),
    );
}
