/**
 * `npm test`: the project's one quality gate — `astro check`, ESLint and the test suite (vitest), side
 * by side: the suite's first minute is builds (two at a time, in build roots of their own: see
 * tests/helpers/astro-lock.ts), and `astro check` holds the project's own root meanwhile, so the tests
 * that need that root wait for it. The reports of `astro check` and ESLint are printed when all have
 * ended, and the gate fails if any does. Arguments go to vitest (`npm test -- tests/lib`).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockAstroAsync } from '../tests/helpers/astro-lock.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

/** Runs a command to its end; `quiet` keeps its output to return instead of printing it. */
function run(command: string, args: string[], quiet: boolean): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

/** `astro check` in the project's own root, holding it (tests/helpers/astro-lock.ts) while it runs. */
async function astroCheck(): Promise<{ status: number; output: string }> {
  const release = await lockAstroAsync();
  try {
    return await run(bin('astro'), ['check'], true);
  } finally {
    release();
  }
}

const [check, lint, tests] = await Promise.all([astroCheck(), run(bin('eslint'), ['.'], true), run(bin('vitest'), ['run', ...process.argv.slice(2)], false)]);
process.stdout.write(`\nastro check: ${check.status === 0 ? 'no problems' : 'problems found'}\n${check.status === 0 ? '' : check.output}`);
process.stdout.write(`\nESLint: ${lint.status === 0 ? 'no problems' : 'problems found'}\n${lint.output}`);
process.exit([check.status, lint.status, tests.status].find((status) => status !== 0) ?? 0);
