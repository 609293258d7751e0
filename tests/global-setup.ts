import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { prepareBuildRoots } from './helpers/astro-lock.ts';
import { runBuildAsync } from './helpers/build.ts';
import { dist, root } from './helpers/paths.ts';
import { acquireRunLock } from './helpers/run-lock.ts';
import { buildVariants } from './helpers/sites.ts';

/**
 * Builds the site into dist/ once per test run, then the variants the dist tests
 * also run over (tests/helpers/sites.ts: content/ with valid additions, and with its
 * optional collections empty). Set SKIP_BUILD=1 to reuse existing builds while
 * iterating on tests, TEST_SITES=real to test (and build) the real site only.
 */
export default async function setup(): Promise<() => void> {
  // One run at a time per checkout: a second one would build into the same dist/ and caches.
  const release = acquireRunLock(path.join(root, 'node_modules/.cache/szy-test-run.lock'));
  // The extra builds of a run (tests/helpers/build.ts) go into node_modules/.cache/szy-builds; remove them afterwards.
  const teardown = () => {
    rmSync(path.join(root, 'node_modules/.cache/szy-builds'), { recursive: true, force: true });
    release();
  };
  try {
    // Builds run two at a time, each in a root of its own (tests/helpers/astro-lock.ts), written afresh from this
    // checkout; the project's own root is left to `astro check`, which npm test runs beside them (scripts/test.ts).
    // The real site's build keeps `npm run build`'s cache (node_modules/.astro: images, PDFs) from any root.
    prepareBuildRoots();
    // A run that was stopped never tore down: its kept builds (runBuild's memo) and content folders are not this run's.
    rmSync(path.join(root, 'node_modules/.cache/szy-builds'), { recursive: true, force: true });
    rmSync(path.join(root, 'test-results/builds.jsonl'), { force: true });
    const buildReal = process.env.SKIP_BUILD !== '1' || !existsSync(path.join(dist, 'index.html'));
    await buildVariants(
      buildReal
        ? [{ name: 'The site (content/, into dist/; no test that reads dist/ can run)', build: () => runBuildAsync({ OUT_DIR: dist, ASTRO_CACHE_DIR: path.resolve(dist, '../node_modules/.astro'), SZY_PDF: '1' }, { inProject: false }) }]
        : [],
    );
  } catch (error) {
    release();
    throw error;
  }
  return teardown;
}
