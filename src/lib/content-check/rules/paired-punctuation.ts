import { walk, type BodyNode } from '../body/parse-body.ts';
import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

/** The paired marks checked, with their Chinese names. */
export const PAIRS: { open: string; close: string; name: string }[] = [
  { open: '《', close: '》', name: '书名号' },
  { open: '“', close: '”', name: '引号' },
  { open: '（', close: '）', name: '括号' },
  { open: '〔', close: '〕', name: '六角括号' },
  { open: '【', close: '】', name: '方头括号' },
  { open: '(', close: ')', name: '半角括号' },
];

const OPEN = new Map(PAIRS.map((p) => [p.open, p]));
const CLOSE = new Map(PAIRS.map((p) => [p.close, p]));
/** Full- and half-width round brackets close each other (a slip of width, reported as such). */
const ROUND = new Set(['（', '(']);

export interface PunctuationSlip {
  /** Index of the offending mark in the text. */
  index: number;
  message: string;
}

/**
 * Finds unbalanced paired punctuation in one block of text (a paragraph,
 * heading or table cell): an opening mark never closed, a closing mark never
 * opened, marks closed in the wrong order, or a round bracket opened in one
 * width and closed in the other.
 */
export function punctuationSlips(text: string): PunctuationSlip[] {
  const slips: PunctuationSlip[] = [];
  const stack: { mark: string; index: number }[] = [];
  [...text].reduce((index, char) => {
    const opening = OPEN.get(char);
    const closing = CLOSE.get(char);
    if (opening) stack.push({ mark: char, index });
    else if (closing) {
      const top = stack[stack.length - 1];
      if (top && top.mark === closing.open) stack.pop();
      else if (top && ROUND.has(top.mark) && ROUND.has(closing.open)) {
        stack.pop();
        slips.push({ index, message: `左括号“${top.mark}”与右括号“${char}”全角半角不一致。` });
      } else {
        const depth = stack.map((s) => s.mark).lastIndexOf(closing.open);
        if (depth >= 0) {
          for (const unclosed of stack.splice(depth).slice(1)) {
            slips.push({ index: unclosed.index, message: `${OPEN.get(unclosed.mark)!.name}“${unclosed.mark}”没有对应的“${OPEN.get(unclosed.mark)!.close}”。` });
          }
        } else {
          slips.push({ index, message: `${closing.name}“${char}”前面没有对应的“${closing.open}”。` });
        }
      }
    }
    return index + char.length;
  }, 0);
  for (const unclosed of stack) {
    slips.push({ index: unclosed.index, message: `${OPEN.get(unclosed.mark)!.name}“${unclosed.mark}”没有对应的“${OPEN.get(unclosed.mark)!.close}”。` });
  }
  return slips.sort((a, b) => a.index - b.index);
}

/** How an editor keeps a slip that is in the original, as issued, and silences its warning. */
export const KEEP_AS_ISSUED = '若原文如此，请照录并在 editorialNotes 中加编者注（original 引用这段原文），或把这段原文列入 keepAsIs，此提醒即不再出现。';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'mdxJsxFlowElement']);

/** The passages an entry marks as kept as issued: `keepAsIs` and the originals its editorial notes quote. */
export function acceptedPassages(entry: CheckedEntry): string[] {
  // What the editor wrote counts even while the frontmatter fails its schema, so that one
  // mistake there does not also bring back every slip the notes already account for.
  const data = entry.data ?? entry.parsed.data;
  const keep = Array.isArray(data.keepAsIs) ? (data.keepAsIs as unknown[]) : [];
  const notes = Array.isArray(data.editorialNotes) ? (data.editorialNotes as { original?: unknown }[]) : [];
  return [...keep, ...notes.map((n) => n.original)].filter((p): p is string => typeof p === 'string' && p !== '');
}

/** Where each passage stands in the body, as [start, end) offsets. */
export function rangesOf(body: string, passages: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const passage of passages) {
    for (let at = body.indexOf(passage); at >= 0; at = body.indexOf(passage, at + 1)) ranges.push([at, at + passage.length]);
  }
  return ranges;
}

/** Line and column (1-based) of an offset in the file, given the body's offset and first line. */
export function positionAt(body: string, offset: number, bodyLine: number): { line: number; column: number } {
  const before = body.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: bodyLine + (before.match(/\n/gu)?.length ?? 0), column: offset - lineStart + 1 };
}

/**
 * Paired punctuation in every body is balanced. Reported as warnings: texts are
 * published as issued and may contain slips. A slip that is in the original is
 * kept and marked: quote the passage in an editorial note (`editorialNotes`,
 * `original`) or list it in `keepAsIs`, and it is no longer reported.
 */
export function pairedPunctuation(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const tree = entry.body?.tree;
    if (!tree) continue;
    const body = entry.parsed.body;
    const accepted = rangesOf(body, acceptedPassages(entry));
    const blocks = new Map<BodyNode, { text: string; offsets: number[] }>();
    walk(tree, (node, ancestors) => {
      if (node.type !== 'text' || !node.value || node.position?.start.offset === undefined) return;
      const block = [...ancestors].reverse().find((a) => BLOCKS.has(a.type)) ?? tree;
      const entryText = blocks.get(block) ?? { text: '', offsets: [] };
      const start = node.position.start.offset;
      const source = body.slice(start, node.position.end.offset);
      // Map each character of the value to its place in the source (escapes like \( make them differ).
      let cursor = 0;
      for (const char of node.value) {
        const found = source.indexOf(char, cursor);
        const at = found >= 0 ? found : cursor;
        entryText.offsets.push(start + at);
        for (let k = 1; k < char.length; k++) entryText.offsets.push(start + at + k);
        cursor = at + char.length;
      }
      entryText.text += node.value;
      blocks.set(block, entryText);
    });
    for (const { text, offsets } of blocks.values()) {
      for (const slip of punctuationSlips(text)) {
        const offset = offsets[slip.index] ?? 0;
        if (accepted.some(([s, e]) => offset >= s && offset < e)) continue;
        problems.push({
          file: entry.file,
          ...positionAt(body, offset, entry.parsed.bodyLine),
          field: '',
          label: '成对标点',
          message: `${slip.message}${KEEP_AS_ISSUED}`,
          severity: 'warning',
        });
      }
    }
  }
  return problems;
}

/** Every passage listed in `keepAsIs` occurs in the body exactly. */
export function keepAsIsQuotes(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const keep = (entry.data?.keepAsIs ?? []) as string[];
    keep.forEach((passage, i) => {
      if (entry.parsed.body.includes(passage)) return;
      problems.push({
        file: entry.file,
        ...entry.parsed.locate(['keepAsIs', i]),
        field: `keepAsIs.${i}`,
        label: '照录原文',
        message: `照录原文“${passage}”在正文中找不到；须逐字引用正文中的一段。`,
        severity: 'error',
      });
    });
  }
  return problems;
}
