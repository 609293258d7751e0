/**
 * Issue 22: no input that passes `npm run check` makes `npm run build` fail. Every content
 * fixture under tests/fixtures/ that the check accepts (no error) is built, and the build must
 * succeed. New fixtures are picked up by themselves; the check decides which are accepted.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { collections, dataCollections } from '../../src/schemas/index.ts';
import type { BuildResult } from '../helpers/build.ts';
import { buildFixture, fixtureContent } from '../helpers/fixture-build.ts';
import { fixtures, root } from '../helpers/paths.ts';
import { readPage } from '../helpers/site.ts';

/**
 * Fixtures whose bodies import a component of their own, written to break on purpose: they
 * test the build's last guards (tests/site/publish-gate.test.ts, nothing-lost.test.ts). What a
 * component imported from a file does is code, not content, and no content check can see it.
 */
const BROKEN_ON_PURPOSE = new Set(['broken-component', 'broken-mdx']);

/** A folder that holds content: a collection's folder or a reference-data list. */
const isContentFolder = (dir: string) =>
  [...Object.values(collections).map((c) => c.dir), ...Object.values(dataCollections).map((c) => c.file)].some((name) => existsSync(path.join(dir, name)));

const accepted = readdirSync(fixtures)
  .filter((name) => isContentFolder(path.join(fixtures, name)) && !BROKEN_ON_PURPOSE.has(name))
  .filter((name) => !checkContent({ root, contentDir: fixtureContent(name) }).some((p) => p.severity === 'error'));

/**
 * Each fixture is checked and built as its own tests build it (fixtureContent: alone, or over the seed
 * site; with their settings), once for the run: the build is shared with them.
 */
const builds = new Map<string, BuildResult>();
function built(name: string): BuildResult {
  if (!builds.has(name)) builds.set(name, buildFixture(name));
  return builds.get(name)!;
}

describe('every fixture the content check accepts', () => {
  it('includes the fixtures made to be accepted', () => {
    expect(accepted).toEqual(expect.arrayContaining(['body-components', 'dataset-in-article']));
  });

  it.each(accepted)('%s builds', (name) => {
    const result = built(name);
    expect(result.status, result.output).toBe(0);
  });
});

describe('a body component works in every collection that has bodies (issue 22, point 2)', () => {
  it.each([
    ['a circular (id written with spaces around =)', '/notices/sample-with-chart/', 1],
    ['a bulletin article', '/bulletins/2012-09/', 1],
    ['a case', '/cases/heyuan-sanjiehe/', 1],
    ['a compilation: its foreword, and the circular it prints whole', '/compilations/charts/', 2],
  ])('%s shows its chart', (_name, page, charts) => {
    const result = built('body-components');
    expect(result.status, result.output).toBe(0);
    // Each chart drawn twice, for wide screens and for phones (the stylesheet shows one).
    const $ = readPage(page, result.outDir);
    expect($('figure.dataset-figure svg.chart-wide[role="img"]').length).toBe(charts);
    expect($('figure.dataset-figure svg.chart-narrow[role="img"]').length).toBe(charts);
  });
});
