/**
 * Measuring helpers for the benchmark: run a command while sampling the memory of
 * its whole process tree, sizes of folders, gzip sizes.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RunResult {
  status: number | null;
  wallMs: number;
  /** Highest sum of the resident memory (VmRSS) of the process and all its descendants, sampled every 100 ms. */
  peakRssBytes: number;
  /** CPU time (user + system) of the process and all its descendants, from GNU time: less
   * sensitive than wall time to other work on a shared machine. */
  cpuMs: number;
  output: string;
}

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      tree.set(ppid, [...(tree.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended meanwhile
    }
  }
  return tree;
}

function treeRss(pid: number): number {
  const tree = children();
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // ended
    }
    stack.push(...(tree.get(p) ?? []));
  }
  return total;
}

const TIME_MARK = 'BENCH-CPU';

/**
 * Runs a command under GNU time (/usr/bin/time, Debian package `time`), returns its wall
 * time, CPU time and the peak memory of its process tree, and its output.
 */
export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve) => {
    const start = performance.now();
    const timed = existsSync('/usr/bin/time');
    const child = timed
      ? spawn('/usr/bin/time', ['-f', `${TIME_MARK} %U %S`, command, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 100);
    child.on('close', (status) => {
      clearInterval(timer);
      const cpu = new RegExp(`${TIME_MARK} ([\\d.]+) ([\\d.]+)`, 'u').exec(output);
      const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : Number.NaN;
      resolve({ status, wallMs: performance.now() - start, peakRssBytes: peak, cpuMs, output });
    });
  });
}

/** Every file under a folder, as absolute paths. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => path.join(dir, f)).filter((f) => statSync(f).isFile());
}

/** Total bytes of the files under a folder. */
export function dirBytes(dir: string): number {
  return filesUnder(dir).reduce((sum, f) => sum + statSync(f).size, 0);
}

/** Bytes after gzip at the default level (6), as most static hosts compress text. */
export function gzipBytes(data: string | Buffer): number {
  return gzipSync(data).length;
}
