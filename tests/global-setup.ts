import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runBuild } from './helpers/build.ts';
import { dist, root } from './helpers/paths.ts';

/**
 * Builds the site into dist/ once per test run. Set SKIP_BUILD=1 to reuse an
 * existing dist/ while iterating on tests.
 */
export default function setup(): () => void {
  // The extra builds of a run (tests/helpers/build.ts) go into .dist-* folders; remove them afterwards.
  const teardown = () => {
    for (const name of readdirSync(root)) if (name.startsWith('.dist-')) rmSync(path.join(root, name), { recursive: true, force: true });
  };
  if (process.env.SKIP_BUILD === '1' && existsSync(path.join(dist, 'index.html'))) return teardown;
  const result = runBuild({ OUT_DIR: dist, ASTRO_CACHE_DIR: path.resolve(dist, '../node_modules/.astro') });
  if (result.status !== 0) {
    throw new Error(`The site build failed, so no test that reads dist/ can run:\n${result.output}`);
  }
  return teardown;
}
