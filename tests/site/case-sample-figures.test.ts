/**
 * A fixture with a sample case and a real one, each with a figure: the sample figure is shown,
 * labelled 示例, on its own page and in no other file of the site (tests/fixtures/sample-figures/).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { fixtures } from '../helpers/paths.ts';
import { filesContaining, readPage as readBuiltPage } from '../helpers/site.ts';

describe('figures of sample cases in a fixture', () => {
  describe('in a build with a sample figure and a real one', () => {
    const build = runBuild({ CONTENT_DIR: path.join(fixtures, 'sample-figures') });

    it('builds', () => {
      expect(build.status, build.output).toBe(0);
    });

    it('shows the sample figure, labelled 示例, on its own page and nowhere else', () => {
      expect(filesContaining(build.outDir, '4321.5')).toEqual(['cases/sample-with-figure/index.html']);
      const $ = readBuiltPage('/cases/sample-with-figure/', build.outDir);
      expect($('[data-case-figure]').text()).toContain('4321.5亿元示例');
    });

    it('shows the real figure on its page (the check above can see figures)', () => {
      expect(filesContaining(build.outDir, '8765')).toContain('cases/real-with-figure/index.html');
    });
  });
});
