import { cpSync } from 'node:fs';
import path from 'node:path';
import { runBuild, sharedFolder, type BuildResult } from './build.ts';
import { fixtures, root } from './paths.ts';
import { writeQuotingSite } from './search-fixture.ts';

/**
 * How a fixture under tests/fixtures/ is built by its own tests, where not with the defaults: every
 * test that builds the fixture (its own, and the accepted-fixtures check that every fixture the
 * content check accepts builds) shares one build of it (runBuild's memo).
 * - `env`: build settings;
 * - `over`: the fixture's files are added to a copy of another site's content — `seed`, the seed site
 *   (the seed circular and the search synonyms, writeQuotingSite(0)), which the fixture quotes and
 *   cites; `content`, the site's own content/.
 */
export const FIXTURE_SETTINGS: Readonly<Record<string, { env?: Record<string, string>; over?: 'seed' | 'content' }>> = {
  // tests/site/site-settings.test.ts: another office's site, published under a sub-path of its own host.
  'other-office': { env: { SITE_BASE: '/other/', SITE_URL: 'https://www.example.gov.cn' } },
  // tests/site/articles-parks.test.ts: articles quoting the seed circular, parks it recognises.
  'articles-and-parks': { over: 'seed' },
  // tests/site/publish-forms.test.ts: circulars with every form of 发布时间, among the site's own.
  'publish-forms': { over: 'content' },
};

/**
 * The content folder a fixture is built from (FIXTURE_SETTINGS): the fixture's own folder, or, over
 * another site's content, a folder written once per run (sharedFolder).
 */
export function fixtureContent(name: string): string {
  const over = FIXTURE_SETTINGS[name]?.over;
  if (!over) return path.join(fixtures, name);
  return sharedFolder(`fixture-${name}`, (dir) => {
    if (over === 'seed') writeQuotingSite(0, dir);
    else cpSync(path.join(root, 'content'), dir, { recursive: true });
    cpSync(path.join(fixtures, name), dir, { recursive: true });
  });
}

/** A fixture's build (fixtureContent) with its settings (FIXTURE_SETTINGS), once per run. */
export function buildFixture(name: string): BuildResult {
  return runBuild({ CONTENT_DIR: fixtureContent(name), ...FIXTURE_SETTINGS[name]?.env }, { once: true });
}
