import { defineConfig } from 'vitest/config';

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
  },
});
