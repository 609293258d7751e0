import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, root } from '../helpers/paths.ts';
import { samplePaths, unmarkedSampleListings } from '../helpers/sample-marks.ts';

describe('sample content is marked 示例 wherever it is listed', () => {
  it('finds the sample entries from the content itself', () => {
    // Whatever the content, every path found is a page of the built site.
    for (const page of samplePaths(path.join(root, 'content'))) expect(page).toMatch(/^\/[a-z]+\/[^/]+\/$/u);
  });

  it('on every page of the site', () => {
    expect(unmarkedSampleListings(dist, path.join(root, 'content'))).toEqual([]);
  });
});
