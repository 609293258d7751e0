import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './paths.ts';

/**
 * Every Astro process writes `.astro/content-modules.mjs` in its project root, whatever its
 * OUT_DIR or cache folder; two builds (or a build and `astro dev`) over different content in the
 * same root at the same time read each other's list and fail. So each Astro process takes a
 * root of its own: the project itself, or one of the build roots below, one process per root.
 *
 * A build root is a copy of the project's code (src/, public/, scripts/ and the configuration
 * files: small, copied afresh by each test run's global setup) with links to the project's
 * node_modules/, content/ and tests/, in a folder of the system's temporary directory. Paths
 * inside the project map to the same relative paths inside a build root, so a build there reads
 * the same content and names every file in its messages exactly as a build in the project does.
 */
const slotsDir = path.join(os.tmpdir(), `szy-build-roots-${Buffer.from(root).toString('base64url').slice(-24)}`);
/** How many build roots besides the project: two test workers, and the global setup's builds side by side. */
export const BUILD_ROOTS = 2;
const copied = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const linked = ['node_modules', 'content', 'tests'];

const buildRoot = (n: number) => (n === 0 ? root : path.join(slotsDir, String(n)));
const lockDirOf = (n: number) => path.join(slotsDir, `lock-${n}`);
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Writes the build roots afresh from the project's current code (the global setup, once per run). */
export function prepareBuildRoots(): void {
  for (let n = 1; n <= BUILD_ROOTS; n++) {
    const dir = buildRoot(n);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const name of copied) cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
    for (const name of linked) symlinkSync(path.join(root, name), path.join(dir, name));
  }
}

/** The build roots a run has prepared (none when the global setup has not run: then the project alone). */
function roots(): number[] {
  const ready = Array.from({ length: BUILD_ROOTS }, (_, i) => i + 1).filter((n) => existsSync(path.join(buildRoot(n), 'package.json')));
  // The build roots first: the project's own is where `astro check` and `astro dev` run.
  return [...ready, 0];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tryLock(n: number): boolean {
  const dir = lockDirOf(n);
  mkdirSync(slotsDir, { recursive: true });
  try {
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'pid'), String(process.pid));
    return true;
  } catch {
    let owner = NaN;
    try {
      owner = Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
    } catch {
      // The owner is between mkdir and writing its pid; wait.
    }
    if (Number.isFinite(owner) && !alive(owner)) rmSync(dir, { recursive: true, force: true });
    return false;
  }
}

/** A root taken for one Astro process: where to run it, how to map project paths into it, and how to let it go. */
export interface HeldRoot {
  /** The project root, or a build root. */
  dir: string;
  /** A path inside the project, as seen from this root (other paths unchanged). */
  map(p: string): string;
  release(): void;
}

function held(n: number): HeldRoot {
  const dir = buildRoot(n);
  return {
    dir,
    // Only paths under the linked folders have a place in a build root; any other path (dist/) stays as it is.
    map: (p) => {
      const rel = path.relative(root, p);
      return linked.includes(rel.split(path.sep)[0]!) ? path.join(dir, rel) : p;
    },
    release: () => rmSync(lockDirOf(n), { recursive: true, force: true }),
  };
}

/** The first free root among `candidates`, or undefined. */
function take(candidates: number[]): HeldRoot | undefined {
  const n = candidates.find((c) => tryLock(c));
  return n === undefined ? undefined : held(n);
}

/**
 * Takes a root for one Astro process, waiting (synchronously) while every root is busy. `project`:
 * the project itself only (`astro dev`, a build whose Astro cache must stay with one root).
 */
export function takeRoot({ project = false } = {}): HeldRoot {
  for (;;) {
    const got = take(project ? [0] : roots());
    if (got) return got;
    Atomics.wait(sleeper, 0, 0, 200);
  }
}

/** takeRoot without blocking the event loop. */
export async function takeRootAsync({ project = false } = {}): Promise<HeldRoot> {
  for (;;) {
    const got = take(project ? [0] : roots());
    if (got) return got;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Takes the project root itself (waiting synchronously); returns the function that releases it. */
export function lockAstro(): () => void {
  return takeRoot({ project: true }).release;
}

/** lockAstro without blocking the event loop. */
export async function lockAstroAsync(): Promise<() => void> {
  return (await takeRootAsync({ project: true })).release;
}
