import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lockAstro } from './astro-lock.ts';
import { fixtures, root } from './paths.ts';

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
  // A fixture folder (tests/fixtures/, never written during a run) built with the same settings into
  // a folder of its own is built once per run, whichever test files ask for it (the accepted-fixtures
  // check and the fixture's own tests): the result is kept beside the run's other builds.
  const memo = env.OUT_DIR === undefined && env.CONTENT_DIR?.startsWith(fixtures + path.sep) ? memoFile(env) : undefined;
  const unlock = lockAstro();
  try {
    if (memo && existsSync(memo)) return JSON.parse(readFileSync(memo, 'utf8')) as BuildResult;
    const result = build(env);
    if (memo) writeFileSync(memo, JSON.stringify(result));
    return result;
  } finally {
    unlock();
  }
}

/** Where the result of a fixture's build with these settings is kept for the rest of the run. */
function memoFile(env: Record<string, string>): string {
  const dir = path.join(root, 'node_modules/.cache/szy-builds/memo');
  mkdirSync(dir, { recursive: true });
  const key = createHash('sha256').update(JSON.stringify(Object.entries(env).sort(([a], [b]) => a.localeCompare(b)))).digest('hex').slice(0, 24);
  return path.join(dir, `${key}.json`);
}

/** One build (the caller holds the Astro lock). */
function build(env: Record<string, string>): BuildResult {
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
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    env: { ...inherited, SZY_PDF: '0', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_CACHE_DIR: cacheDir, OUT_DIR: outDir, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/gu, '');
  return { status: result.status, output, outDir };
}
