import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runBuild } from './helpers/build.ts';
import { dist, root } from './helpers/paths.ts';

/**
 * Builds the site into dist/ once per test run. Set SKIP_BUILD=1 to reuse an
 * existing dist/ while iterating on tests.
 */
export default function setup(): () => void {
  // The extra builds of a run (tests/helpers/build.ts) go into node_modules/.cache/szy-builds; remove them afterwards.
  const teardown = () => rmSync(path.join(root, 'node_modules/.cache/szy-builds'), { recursive: true, force: true });
  if (process.env.SKIP_BUILD === '1' && existsSync(path.join(dist, 'index.html'))) return teardown;
  const result = runBuild({ OUT_DIR: dist, ASTRO_CACHE_DIR: path.resolve(dist, '../node_modules/.astro') });
  if (result.status !== 0) {
    throw new Error(`The site build failed, so no test that reads dist/ can run:\n${result.output}`);
  }
  return teardown;
}
