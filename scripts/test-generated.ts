/**
 * `npm run test:generated -- --runs 20`: builds many generated sites (tests/generated/), one
 * seed after another, and runs the dist and browser tests that loop over the sites over each; for use before a release. Each
 * seed is printed; `--seed N` starts from N instead of a random seed (then N, N+1, …), and
 * `TEST_SEED=N npm test` rebuilds the site of a failing seed. Stops at the first failure.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { testsOverBuiltSites } from './lib/site-tests.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not ${values.runs}`);
const first = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);

/** The dist and browser tests that run over every site (`sites()`), the generated one among them. */
const distTests = testsOverBuiltSites(root, { overEverySite: true });

for (let i = 0; i < runs; i++) {
  const seed = (first + i) % 2 ** 31;
  process.stdout.write(`\n[${i + 1}/${runs}] generated site TEST_SEED=${seed}\n`);
  // The real site is built by the first run and reused; each seed's generated site is built afresh.
  rmSync(path.join(root, 'node_modules/.cache/szy-sites/generated'), { recursive: true, force: true });
  const result = spawnSync('npx', ['vitest', 'run', ...distTests], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TEST_SITES: 'generated', TEST_SEED: String(seed), ...(i > 0 ? { SKIP_BUILD: '1' } : {}) },
  });
  if (result.status !== 0) {
    process.stderr.write(`\nThe generated site of TEST_SEED=${seed} fails the tests above. Rebuild and test it with:\n  TEST_SEED=${seed} TEST_SITES=generated npx vitest run ${distTests.join(' ')}\n`);
    process.exit(1);
  }
}
process.stdout.write(`\n${runs} generated sites (TEST_SEED=${first}…${(first + runs - 1) % 2 ** 31}) pass the dist tests.\n`);
