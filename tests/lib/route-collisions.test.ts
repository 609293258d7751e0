/**
 * Issue 22, point 3: an id that lands on a fixed page of the site is refused, naming the page
 * it would replace; the addresses come from src/pages, not from a list kept by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources, type SourceFile } from '../../src/lib/content-check/check-content.ts';
import { entryAddresses, pageRoute } from '../../src/lib/content-check/routes.ts';
import { root } from '../helpers/paths.ts';

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const as = (collection: SourceFile['collection'], from: string, name: string): SourceFile => ({
  collection,
  file: `content/${collection}/${name}`,
  relative: name,
  source: read(from),
});

describe('an id that is the address of a fixed page', () => {
  it.each([
    ['a circular named numbers (the 发文字号索引)', as('notices', 'content/notices/yue-jingxin-yuanqu-2012-68.mdx', 'numbers.mdx'), '/notices/numbers/', 'src/pages/notices/numbers.astro'],
    ['a dataset named datapackage (the site-wide datapackage.json)', as('datasets', 'content/datasets/firms-2011.yaml', 'datapackage.yaml'), '/data/datapackage.json', 'src/pages/data/datapackage.json.ts'],
  ])('%s', (_name, file, address, page) => {
    const problems = checkSources(root, [file]).filter((p) => p.label === '文件名' && p.file === file.file);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(address);
    expect(problems[0]!.message).toContain(page);
  });

  it('a circular with an ordinary name is not refused', () => {
    const file = as('notices', 'content/notices/yue-jingxin-yuanqu-2012-68.mdx', 'numbers-2012.mdx');
    expect(checkSources(root, [file]).filter((p) => p.label === '文件名')).toEqual([]);
  });
});

describe('the addresses an id makes', () => {
  it('are read from the dynamic routes in the collection’s folder', () => {
    const templates = ['data/[id].astro', 'data/[id].csv.ts', 'data/[id].json.ts', 'og/[...slug].png.ts', 'notices/[id].astro'].map((f) => pageRoute(f)!);
    expect(entryAddresses('datasets', 'x', templates)).toEqual(['/data/x/', '/data/x.csv', '/data/x.json']);
    expect(entryAddresses('notices', 'x', templates)).toEqual(['/notices/x/']);
  });
});
