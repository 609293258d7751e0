import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Longest first, as Vitest orders files it has timed before; without timings (a fresh clone) Vitest
 * falls back to file size, which would start the browser suites — short files that run for minutes —
 * last, to end the run alone on one worker while the other idles. Untimed, they start first.
 */
class BrowserSuitesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted;
    const browser = (spec: TestSpecification) => spec.moduleId.includes('/tests/browser/');
    return [...sorted.filter(browser), ...sorted.filter((spec) => !browser(spec))];
  }
}

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site into dist/ once; every test that reads dist/ shares that build.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Two cores on CI: one worker per core keeps the extra builds from starving each other.
    maxWorkers: 2,
    // Test files share their worker's modules (astro, cheerio, playwright, the schemas…) instead of
    // importing them again for each file: no test file mocks modules or changes another's globals.
    isolate: false,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    // A built site's Pagefind bundle, which tests load in Node afresh for each search (tests/helpers/pagefind-node.ts),
    // is plain JavaScript: Node imports it as it is, instead of Vite parsing and transforming each new instance.
    server: { deps: { external: [/\/pagefind\/pagefind\.js/u] } },
    sequence: { sequencer: BrowserSuitesFirst },
  },
});
