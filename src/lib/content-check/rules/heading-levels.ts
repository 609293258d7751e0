import { textOf, walk } from '../body/parse-body.ts';
import { bodyPosition, type CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

/**
 * The numbering of official documents (GB/T 9704-2012 §7.3.3): 一、 → （一） → 1. → （1）.
 * Rank 0 is the outermost. Full- and half-width brackets count alike, since
 * documents as issued use both.
 */
export const NUMBERING: { rank: number; example: string; pattern: RegExp }[] = [
  { rank: 0, example: '一、', pattern: /^[一二三四五六七八九十百]+、/u },
  { rank: 1, example: '（一）', pattern: /^[（(][一二三四五六七八九十百]+[）)]/u },
  { rank: 2, example: '1.', pattern: /^\d+[.．](?!\d)/u },
  { rank: 3, example: '（1）', pattern: /^[（(]\d+[）)]/u },
];

/** The numbering rank of a heading's text, or undefined when it is not numbered. */
export function numberingRank(text: string): number | undefined {
  return NUMBERING.find((n) => n.pattern.test(text.trim()))?.rank;
}

export interface HeadingInput {
  depth: number;
  text: string;
}

export interface HeadingProblem {
  index: number;
  message: string;
  suggestion?: string;
}

const hashes = (depth: number, text: string) => `${'#'.repeat(depth)} ${text}`;

/**
 * Checks a body's headings, in order. The page title is the only level-1
 * heading (#), so a body starts at ## and never skips a level going down.
 * Numbered headings: each numbering form (一、 （一） 1. （1）) keeps one
 * heading level throughout the body, and a later form in the order
 * 一、 → （一） → 1. → （1） sits at a deeper level than an earlier one.
 * Headings without numbering (e.g. 一是……) only follow the level rule.
 */
export function headingProblems(headings: HeadingInput[]): HeadingProblem[] {
  const problems: HeadingProblem[] = [];
  const depthOfRank = new Map<number, number>();
  let previous = 1;
  headings.forEach((heading, index) => {
    const { depth, text } = heading;
    if (depth === 1) {
      problems.push({ index, message: '正文中不能用一级标题（#）：页面标题已是一级标题。正文标题从 ## 开始。', suggestion: hashes(2, text) });
      previous = 2;
      return;
    }
    if (depth > previous + 1) {
      problems.push({
        index,
        message: `标题层级跳级：上一个标题是 ${previous} 级，这个标题是 ${depth} 级。标题只能逐级加深（每次多一个 #）。`,
        suggestion: hashes(previous + 1, text),
      });
      // A skipped heading is reported once; it does not set the level of its numbering form.
      previous = depth;
      return;
    }
    previous = depth;
    const rank = numberingRank(text);
    if (rank === undefined) return;
    const form = NUMBERING[rank]!.example;
    const expected = depthOfRank.get(rank);
    if (expected !== undefined && expected !== depth) {
      problems.push({
        index,
        message: `序号为“${form}”的标题在前文是 ${expected} 级（${'#'.repeat(expected)}），这里是 ${depth} 级；同一种序号的标题层级须一致。`,
        suggestion: hashes(expected, text),
      });
      return;
    }
    const outer = [...depthOfRank].filter(([r, d]) => r < rank && d >= depth);
    const inner = [...depthOfRank].filter(([r, d]) => r > rank && d <= depth);
    if (outer.length > 0 || inner.length > 0) {
      const [r, d] = (outer[0] ?? inner[0])!;
      problems.push({
        index,
        message: `序号层次不对：公文序号依次为 一、→（一）→ 1. →（1），“${form}”的标题应${r < rank ? '深于' : '浅于'}“${NUMBERING[r]!.example}”的标题（${d} 级）。`,
        suggestion: r < rank ? hashes(d + 1, text) : undefined,
      });
      return;
    }
    if (expected === undefined) depthOfRank.set(rank, depth);
  });
  return problems;
}

/** Heading levels in every body don't skip, and official numbering matches heading depth. */
export function headingLevels(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const tree = entry.body?.tree;
    if (!tree) continue;
    const nodes: { depth: number; text: string; position?: { line: number; column: number } }[] = [];
    walk(tree, (node) => {
      if (node.type === 'heading') nodes.push({ depth: node.depth ?? 1, text: textOf(node).trim(), position: node.position?.start });
    });
    for (const problem of headingProblems(nodes)) {
      problems.push({
        file: entry.file,
        ...bodyPosition(entry, nodes[problem.index]!.position),
        field: '',
        label: '标题层级',
        message: problem.message,
        suggestion: problem.suggestion,
        severity: 'error',
      });
    }
  }
  return problems;
}
