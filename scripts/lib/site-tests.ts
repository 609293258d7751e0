import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** How a test file reads a site that tests/global-setup.ts builds (tests/helpers/sites.ts, browser.ts). */
const READS_BUILT_SITE = /\bsites\(\)|\bseedSite\b|\bsubpathSite\b|\bbrowserOnSite\(|\bserve\(\)/u;
/** How a test file makes a build (or a content folder to build) of its own. */
const MAKES_A_BUILD = /\brunBuild\(|\bbuildFixture\(|\bquotingSiteBuild\(|\bwriteQuotingSite\(|\brunNew\(/u;

/**
 * The test files whose outcome the content can change and that only read the builds the global
 * setup makes: the checks over the built site (tests/site/) and the browser tests over it
 * (tests/browser/). The content lane runs these (.ci/run content); `npm run test:generated` runs
 * those that loop over the sites (`sites()`) for each seed. A file that builds a fixture of its
 * own is in neither: content cannot change its outcome.
 */
export function testsOverBuiltSites(root: string, { overEverySite = false } = {}): string[] {
  return ['tests/site', 'tests/browser'].flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `${dir}/${f}`)
      .filter((f) => {
        const text = readFileSync(path.join(root, f), 'utf8');
        return (overEverySite ? /\bsites\(\)/u : READS_BUILT_SITE).test(text) && !MAKES_A_BUILD.test(text);
      })
      .sort(),
  );
}
