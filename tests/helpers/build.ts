import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { takeRoot, takeRootAsync, type HeldRoot } from './astro-lock.ts';
import { scriptCommand } from './npm-script.ts';
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
 * determinism check). Each build runs in a root of its own (tests/helpers/astro-lock.ts):
 * two test workers build at the same time. `inProject`: in the project itself, by default for a
 * build given its own ASTRO_CACHE_DIR (a cache a test keeps between builds of one root).
 */
export function runBuild(env: Record<string, string> = {}, { inProject = env.ASTRO_CACHE_DIR !== undefined, once = false } = {}): BuildResult {
  // A fixture folder (tests/fixtures/, never written during a run) built with the same settings into
  // a folder of its own is built once per run, whichever test files ask for it (the accepted-fixtures
  // check and the fixture's own tests): the result is kept beside the run's other builds. So is a
  // build the caller marks `once`: a content folder written once per run for several files to share.
  const memo = env.OUT_DIR === undefined && (once || env.CONTENT_DIR?.startsWith(fixtures + path.sep)) ? memoFile(env) : undefined;
  const held = takeRoot({ project: inProject });
  try {
    const started = performance.now();
    if (memo && existsSync(memo)) {
      const kept = JSON.parse(readFileSync(memo, 'utf8')) as BuildResult;
      logBuild(env, started, kept.status, true);
      return kept;
    }
    const run = command(held, env);
    const result = spawnSync(run.command, run.args, { ...run.options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const built = finished(result.status, `${result.stdout}\n${result.stderr}`, run.outDir);
    logBuild(env, started, built.status);
    if (memo) writeFileSync(memo, JSON.stringify(built));
    return built;
  } finally {
    held.release();
  }
}

/**
 * A content folder written once per run for the test files that share its build (runBuild's `once`), in the
 * run's build folder (removed with it): `write` fills it the first time, beside its place, and it is then
 * moved into place, so a test file in the other worker never reads half of it.
 */
export function sharedFolder(name: string, write: (dir: string) => void): string {
  const dir = path.join(root, 'node_modules/.cache/szy-builds', name);
  if (!existsSync(dir)) {
    const written = `${dir}.writing-${process.pid}`;
    write(written);
    try {
      renameSync(written, dir);
    } catch {
      rmSync(written, { recursive: true, force: true });
    }
  }
  return dir;
}

/** runBuild without blocking the event loop: the global setup's builds run side by side. */
export async function runBuildAsync(env: Record<string, string> = {}, { inProject = env.ASTRO_CACHE_DIR !== undefined } = {}): Promise<BuildResult> {
  const held = await takeRootAsync({ project: inProject });
  try {
    const started = performance.now();
    const run = command(held, env);
    const child = spawn(run.command, run.args, { ...run.options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    logBuild(env, started, status);
    return finished(status, output, run.outDir);
  } finally {
    held.release();
  }
}

/** Where the result of a fixture's build with these settings is kept for the rest of the run. */
function memoFile(env: Record<string, string>): string {
  const dir = path.join(root, 'node_modules/.cache/szy-builds/memo');
  mkdirSync(dir, { recursive: true });
  const key = createHash('sha256').update(JSON.stringify(Object.entries(env).sort(([a], [b]) => a.localeCompare(b)))).digest('hex').slice(0, 24);
  return path.join(dir, `${key}.json`);
}

/** The project's git folder, for builds in a build root (their _site.json names the project's commit). */
let gitDir: string | undefined | null = null;
function projectGit(): Record<string, string> {
  if (gitDir === null) {
    const found = spawnSync('git', ['-C', root, 'rev-parse', '--absolute-git-dir'], { encoding: 'utf8' });
    gitDir = found.status === 0 ? found.stdout.trim() : undefined;
  }
  return gitDir ? { GIT_DIR: gitDir, GIT_WORK_TREE: root } : {};
}

/** How to run one build in a root the caller holds. */
function command(held: HeldRoot, env: Record<string, string>) {
  // Astro writes a build's prerender chunks beside its outDir only when outDir lies inside the
  // project; otherwise into <project>/.astro/. Temporary builds go inside the project
  // (node_modules/.cache, ignored by git and eslint).
  const tmpRoot = path.join(root, 'node_modules/.cache/szy-builds');
  mkdirSync(tmpRoot, { recursive: true });
  const outDir = env.OUT_DIR ?? mkdtempSync(path.join(tmpRoot, 'dist-'));
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'szy-cache-'));
  // Vitest puts Vite's own variables (BASE_URL, MODE, PROD…) into process.env; the
  // build would read them as its own import.meta.env, so pass only the real environment. Nor the
  // site's deployment settings of the shell (a pipeline sets SITE_URL for its publishing build): a
  // test build gets those only from its test.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'SITE_URL', 'SITE_BASE', 'CONTENT_DIR', 'OUT_DIR'].includes(key) && !key.startsWith('VITEST'),
    ),
  );
  // Paths inside the project, as the build root sees them (the same relative paths: messages name files alike).
  const paths = { CONTENT_DIR: env.CONTENT_DIR ?? path.join(root, 'content'), OUT_DIR: outDir, ...(env.ASTRO_CACHE_DIR ? { ASTRO_CACHE_DIR: env.ASTRO_CACHE_DIR } : {}) };
  const mapped = Object.fromEntries(Object.entries(paths).map(([key, value]) => [key, held.map(path.resolve(root, value))]));
  const buildEnv = {
    ...inherited,
    ...(held.dir === root ? {} : projectGit()),
    SZY_PDF: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ASTRO_CACHE_DIR: cacheDir,
    ...env,
    ...mapped,
  };
  // `npm run build`; its prebuild (scripts/ensure-pdf-tools.sh) only checks the PDF tools, which a build without PDFs does not need.
  return { ...scriptCommand('build', [], { needsPre: buildEnv.SZY_PDF !== '0' }), options: { cwd: held.dir, env: buildEnv }, outDir };
}

/**
 * Each build of a test run, for where the run's time went (test-results/builds.jsonl, emptied by the
 * global setup): the test file that asked for it, its settings, wall time and status.
 */
function logBuild(env: Record<string, string>, started: number, status: number | null, memo = false): void {
  const caller = /\/(tests\/[^:)]*\.test\.ts)/u.exec(new Error().stack ?? '')?.[1] ?? 'global setup';
  const settings = Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value.startsWith(root) ? path.relative(root, value) : value]));
  mkdirSync(path.join(root, 'test-results'), { recursive: true });
  appendFileSync(path.join(root, 'test-results/builds.jsonl'), `${JSON.stringify({ caller, settings, seconds: Math.round(performance.now() - started) / 1000, status, memo })}\n`);
}

/** A build's result: its output without colour codes. */
function finished(status: number | null, output: string, outDir: string): BuildResult {
  // eslint-disable-next-line no-control-regex
  return { status, output: output.replace(/\u001b\[[0-9;]*m/gu, ''), outDir };
}
