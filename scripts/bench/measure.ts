/**
 * Measuring helpers for the benchmark: run a command while sampling the memory of
 * its whole process tree, sizes of folders, gzip sizes.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

export interface RunResult {
  status: number | null;
  wallMs: number;
  /** Highest sum of the resident memory (VmRSS) of the process and all its descendants, sampled every 100 ms. */
  peakRssBytes: number;
  /** CPU time (user + system) of the process and all its descendants: less sensitive than
   * wall time to other work on a shared machine. */
  cpuMs: number;
  /** How cpuMs was measured: a cgroup of its own counts every descendant, even one that lives
   * a few milliseconds (Chromium starts a process to compose each PDF); sampling /proc every
   * 100 ms misses most of those. */
  cpuFrom: 'cgroup' | 'sampled';
  /** The highest resident memory of any single process in the tree, and its command name. */
  largestProcess: { name: string; rssBytes: number };
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

/** Memory and CPU time of a process and all its descendants, read from /proc. */
function sampleTree(pid: number, cpuTicks: Map<number, number>, largest: { name: string; rssBytes: number }): number {
  const tree = children();
  let rss = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) {
        rss += Number(m[1]) * 1024;
        if (Number(m[1]) * 1024 > largest.rssBytes) Object.assign(largest, { rssBytes: Number(m[1]) * 1024, name: readFileSync(`/proc/${p}/comm`, 'utf8').trim() });
      }
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, fields 14 and 15 of /proc/PID/stat (11 and 12 after the name).
      cpuTicks.set(p, Number(fields[11]) + Number(fields[12]));
    } catch {
      // ended meanwhile
    }
    stack.push(...(tree.get(p) ?? []));
  }
  return rss;
}

/** Clock ticks per second of /proc/PID/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** The cgroup v1 CPU accounting hierarchy, where root may make a group of its own. */
const CPUACCT = '/sys/fs/cgroup/cpuacct';
let groups = 0;

/** A new cpuacct cgroup for one run, or undefined where none can be made (no cgroup v1, not root). */
function cpuGroup(): string | undefined {
  const dir = `${CPUACCT}/szy-bench-${process.pid}-${groups++}`;
  try {
    mkdirSync(dir);
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * Runs a command and returns its wall time, its output, the peak memory of its whole process
 * tree (the Pagefind binary and Chromium included), sampled from /proc every 100 ms, and its CPU
 * time: exactly, from a cgroup the command is started in, where the machine allows one (cgroup
 * v1 as root), else sampled with the memory (missing at most the last 100 ms of each process).
 */
export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve) => {
    const start = performance.now();
    const group = cpuGroup();
    // In its group before it starts: the shell writes its own pid into the group, then becomes the command.
    const child = group
      ? spawn('sh', ['-c', `echo $$ > ${group}/cgroup.procs && exec "$0" "$@"`, command, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const cpuTicks = new Map<number, number>();
    const largestProcess = { name: '', rssBytes: 0 };
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, sampleTree(child.pid, cpuTicks, largestProcess));
    }, 100);
    child.on('close', (status) => {
      clearInterval(timer);
      const sampled = ([...cpuTicks.values()].reduce((a, b) => a + b, 0) / TICKS_PER_SECOND) * 1000;
      const counted = group ? Number(readFileSync(`${group}/cpuacct.usage`, 'utf8')) / 1e6 : undefined;
      if (group) {
        try {
          rmdirSync(group);
        } catch {
          // a process the command left behind is still in it; the group goes with the machine
        }
      }
      resolve({ status, wallMs: performance.now() - start, peakRssBytes: peak, cpuMs: counted ?? sampled, cpuFrom: counted === undefined ? 'sampled' : 'cgroup', largestProcess, output });
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

/** Each file under a folder (relative path) with the SHA-256 of its bytes. */
export function fileDigests(dir: string): Map<string, string> {
  return new Map(
    filesUnder(dir)
      .map((f) => [path.relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** One digest of a whole folder: its file names and their contents. */
export function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const [file, digest] of fileDigests(dir)) hash.update(`${file}\0${digest}\n`);
  return hash.digest('hex').slice(0, 12);
}

/** Files that differ between two folders: missing from one, or with other bytes. */
export function treeDifferences(a: string, b: string): string[] {
  const da = fileDigests(a);
  const db = fileDigests(b);
  return [...new Set([...da.keys(), ...db.keys()])].filter((f) => da.get(f) !== db.get(f)).sort();
}
