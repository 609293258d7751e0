/**
 * `npm test`: the project's one quality gate — `astro check`, then ESLint and the test suite
 * (vitest) side by side. ESLint needs no build and vitest's first minutes are builds that leave
 * the second core idle, so the two share the machine; ESLint's report is printed when both have
 * ended, and the gate fails if either does. Arguments go to vitest (`npm test -- tests/lib`).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

const check = spawnSync(bin('astro'), ['check'], { cwd: root, stdio: 'inherit' });
if (check.status !== 0) process.exit(check.status ?? 1);

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

const [lint, tests] = await Promise.all([run(bin('eslint'), ['.'], true), run(bin('vitest'), ['run', ...process.argv.slice(2)], false)]);
process.stdout.write(`\nESLint: ${lint.status === 0 ? 'no problems' : 'problems found'}\n${lint.output}`);
process.exit(lint.status !== 0 ? lint.status : tests.status);
