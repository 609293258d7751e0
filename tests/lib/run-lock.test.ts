import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { acquireRunLock } from '../helpers/run-lock.ts';

describe('acquireRunLock', () => {
  const lockFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'szy-lock-')), 'cache', 'run.lock');

  it('stops a second run while the first holds the lock, naming the first', () => {
    const file = lockFile();
    const release = acquireRunLock(file);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    expect(() => acquireRunLock(file, process.pid + 1)).toThrow(`另一次测试运行（进程 ${process.pid}）`);
    release();
    expect(existsSync(file)).toBe(false);
    acquireRunLock(file, 4242)();
  });

  it('takes over a lock left by a run that is no longer running', () => {
    const file = lockFile();
    acquireRunLock(file)(); // makes the folder
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(file, ended);
    const release = acquireRunLock(file);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('leaves a lock another run has taken since', () => {
    const file = lockFile();
    const release = acquireRunLock(file);
    writeFileSync(file, '1'); // pid 1 is always running
    release();
    expect(readFileSync(file, 'utf8')).toBe('1');
  });

  it('does not make the lock again when it was removed meanwhile', () => {
    const file = lockFile();
    const release = acquireRunLock(file);
    rmSync(file);
    release();
    expect(existsSync(file)).toBe(false);
  });
});
