import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './paths.ts';

export const guidePath = path.join(root, 'docs/editor-guide.md');

/** A fenced code block of the editor's guide, with the attributes of its info string (file=…, test=…). */
export interface GuideBlock {
  lang: string;
  attributes: Record<string, string>;
  code: string;
}

/** The fenced code blocks of the editor's guide, in order. */
export function guideBlocks(text = readFileSync(guidePath, 'utf8')): GuideBlock[] {
  return [...text.matchAll(/^```(\w*)([^\n]*)\n([\s\S]*?)^```$/gmu)].map((m) => ({
    lang: m[1]!,
    attributes: Object.fromEntries([...m[2]!.matchAll(/(\w+)=(\S+)/gu)].map((a) => [a[1]!, a[2]!])),
    code: m[3]!,
  }));
}
