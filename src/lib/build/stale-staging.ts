import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Folders a build leaves behind when it is interrupted (Ctrl-C, a closed terminal, a killed
 * process): `<target>.building-<pid>` (the site being built), `<target>.old-<pid>` (the
 * published site moved aside for the swap) and `<root>/.dist-<pid>` (staging for a target
 * outside the project). Each names the build's process id.
 */
export interface LeftOver {
  dir: string;
  kind: 'building' | 'old';
  pid: number;
}

/**
 * The left-over folders among `names` (the entries of one folder) that belong to `target`'s
 * builds or to the project's staging, and whose build is no longer running.
 * @example staleStaging(['dist', 'dist.building-42'], 'dist', () => false) // [{ dir: 'dist.building-42', kind: 'building', pid: 42 }]
 */
export function staleStaging(names: readonly string[], targetName: string, isRunning: (pid: number) => boolean): LeftOver[] {
  const escaped = targetName.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const pattern = new RegExp(`^(?:${escaped}\\.(building|old)|\\.dist)-(\\d+)$`, 'u');
  return names.flatMap((dir) => {
    const m = pattern.exec(dir);
    if (!m) return [];
    const pid = Number(m[2]);
    return isRunning(pid) ? [] : [{ dir, kind: m[1] === 'old' ? ('old' as const) : ('building' as const), pid }];
  });
}

/** Whether a process with this id is running (on this machine). */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what interrupted builds of `target` left behind. If a build was interrupted in the
 * middle of its swap, the published site sits in `<target>.old-<pid>` and `target` is gone:
 * it is moved back, so nothing published is lost. `root` is the project, where staging for a
 * target outside it lives. Returns the names of the folders removed or restored.
 */
export function cleanStaleStaging(target: string, root: string, isRunning: (pid: number) => boolean = processRunning): string[] {
  const parent = path.dirname(target);
  const done: string[] = [];
  if (parent !== root && existsSync(root)) {
    for (const left of staleStaging(readdirSync(root), path.basename(target), isRunning).filter((l) => l.dir.startsWith('.dist-'))) {
      rmSync(path.join(root, left.dir), { recursive: true, force: true });
      done.push(left.dir);
    }
  }
  if (!existsSync(parent)) return done;
  for (const left of staleStaging(readdirSync(parent), path.basename(target), isRunning)) {
    const dir = path.join(parent, left.dir);
    if (left.kind === 'old' && !existsSync(target)) {
      renameSync(dir, target);
    } else {
      rmSync(dir, { recursive: true, force: true });
    }
    done.push(left.dir);
  }
  return done;
}
