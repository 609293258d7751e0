import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './paths.ts';

/**
 * Every Astro process of the project writes `.astro/content-modules.mjs` in the
 * project root, whatever its OUT_DIR or cache folder; two builds (or a build and
 * `astro dev`) over different content at the same time read each other's list and
 * fail. Test workers therefore take turns: one Astro process per project at a time.
 */
const lockDir = path.join(os.tmpdir(), `szy-astro-lock-${Buffer.from(root).toString('base64url').slice(-24)}`);
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tryLock(): boolean {
  try {
    mkdirSync(lockDir);
    writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
    return true;
  } catch {
    let owner = NaN;
    try {
      owner = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    } catch {
      // The owner is between mkdir and writing its pid; wait.
    }
    if (Number.isFinite(owner) && !alive(owner)) rmSync(lockDir, { recursive: true, force: true });
    return false;
  }
}

/** Takes the lock, waiting (synchronously) for another worker's Astro process to end. */
export function lockAstro(): () => void {
  while (!tryLock()) Atomics.wait(sleeper, 0, 0, 200);
  return () => rmSync(lockDir, { recursive: true, force: true });
}

/** Takes the lock without blocking the event loop. */
export async function lockAstroAsync(): Promise<() => void> {
  while (!tryLock()) await new Promise((r) => setTimeout(r, 200));
  return () => rmSync(lockDir, { recursive: true, force: true });
}
