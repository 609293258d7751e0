import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSources } from '../../src/lib/content-check/check-content.ts';
import { fixtures, root } from './paths.ts';

/**
 * A frozen copy of the seed circular and a dataset it can chart (tests/fixtures/dataset-in-article/),
 * so table tests of body rules hold whatever content/ holds.
 */
const fixture = path.join(fixtures, 'dataset-in-article');
/** The circular's file as the table tests append to it. */
export const circularSource = readFileSync(path.join(fixture, 'notices/yue-jingxin-yuanqu-2012-68.mdx'), 'utf8');

/**
 * The content check's errors in the circular with `body` appended (as if it stood in content/),
 * checked beside the dataset firms-2011.
 */
export function checkCircularBody(body: string) {
  return checkSources(root, [
    { collection: 'notices', file: 'content/notices/yue-jingxin-yuanqu-2012-68.mdx', relative: 'yue-jingxin-yuanqu-2012-68.mdx', source: `${circularSource}\n${body}\n` },
    { collection: 'datasets', file: 'content/datasets/firms-2011.yaml', relative: 'firms-2011.yaml', source: readFileSync(path.join(fixture, 'datasets/firms-2011.yaml'), 'utf8') },
  ]).filter((p) => p.severity === 'error' && p.file.endsWith('.mdx'));
}
