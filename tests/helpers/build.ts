import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lockAstro } from './astro-lock.ts';
import { root } from './paths.ts';

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, colour codes removed. */
  output: string;
  outDir: string;
}

/**
 * Runs the project's build command (`npm run build`) with extra environment,
 * into a fresh temporary folder unless OUT_DIR is given, with its own Astro
 * cache so that builds running side by side do not share state. Without PDFs
 * (SZY_PDF=0) unless the caller asks for them: only the builds whose tests read
 * PDFs print them (the real site and the seed site of the global setup, the
 * determinism check).
 */
export function runBuild(env: Record<string, string> = {}): BuildResult {
  // Astro writes a build's prerender chunks beside its outDir only when outDir lies inside the
  // project; otherwise into <project>/.astro/, shared by every build running at the same time, so
  // builds in parallel test files overwrote each other's chunks. Temporary builds go inside the
  // project (node_modules/.cache, ignored by git and eslint).
  const tmpRoot = path.join(root, 'node_modules/.cache/szy-builds');
  mkdirSync(tmpRoot, { recursive: true });
  const outDir = env.OUT_DIR ?? mkdtempSync(path.join(tmpRoot, 'dist-'));
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'szy-cache-'));
  // Vitest puts Vite's own variables (BASE_URL, MODE, PROD…) into process.env; the
  // build would read them as its own import.meta.env, so pass only the real environment.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) && !key.startsWith('VITEST')),
  );
  const unlock = lockAstro();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    env: { ...inherited, SZY_PDF: '0', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_CACHE_DIR: cacheDir, OUT_DIR: outDir, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  unlock();
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/gu, '');
  return { status: result.status, output, outDir };
}
