import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { testsOverBuiltSites } from '../../scripts/lib/site-tests.ts';

it('gives the content lane the files that read the built sites and build nothing of their own, and test:generated those over every site', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'szy-lane-'));
  const files: Record<string, string> = {
    'tests/site/over-sites.test.ts': "describe.each(sites())('the $name site', () => {});",
    'tests/site/seed-only.test.ts': 'readPage("/", seedSite.outDir);',
    'tests/site/builds-too.test.ts': "describe.each(sites())('x', () => {}); const b = runBuild({ CONTENT_DIR: fixture });",
    'tests/site/fixture.test.ts': 'const contentDir = writeQuotingSite(3);',
    'tests/site/shared-fixture.test.ts': "describe.each(sites())('x', () => {}); const b = buildFixture('other-office');",
    'tests/browser/quoting.test.ts': 'const fixture = quotingSiteBuild(); readPage("/", seedSite.outDir);',
    'tests/browser/on-dist.test.ts': 'const shared = browserOnSite();',
    'tests/browser/every-site.test.ts': 'const list = sites().map((s) => s.outDir);',
    'tests/browser/helper.ts': 'sites()',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  expect(testsOverBuiltSites(root)).toEqual(['tests/site/over-sites.test.ts', 'tests/site/seed-only.test.ts', 'tests/browser/every-site.test.ts', 'tests/browser/on-dist.test.ts']);
  expect(testsOverBuiltSites(root, { overEverySite: true })).toEqual(['tests/site/over-sites.test.ts', 'tests/browser/every-site.test.ts']);
});
