import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanStaleStaging, processRunning, staleStaging } from '../../src/lib/build/stale-staging.ts';
import { root } from '../helpers/paths.ts';

/** The id of a process that has ended (so no running build can have it). */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('staleStaging', () => {
  const running = (pid: number) => pid === 7;
  it.each([
    [['dist', 'dist.building-42'], [{ dir: 'dist.building-42', kind: 'building', pid: 42 }]],
    [['dist.old-42', 'dist.building-7'], [{ dir: 'dist.old-42', kind: 'old', pid: 42 }]],
    [['.dist-42', '.dist-7'], [{ dir: '.dist-42', kind: 'building', pid: 42 }]],
    // Other folders, and other targets' staging, are not this build's business.
    [['distx.building-42', 'dist.building-abc', 'dist.building-', 'src', 'dist-old'], []],
  ])('%j', (names, expected) => {
    expect(staleStaging(names, 'dist', running)).toEqual(expected);
  });

  it('tells a running process from an ended one', () => {
    expect(processRunning(process.pid)).toBe(true);
    expect(processRunning(endedPid())).toBe(false);
  });
});

describe('cleanStaleStaging', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('removes what interrupted builds left and keeps a running build’s folder', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'szy-staging-'));
    const dead = endedPid();
    for (const name of ['dist', `dist.building-${dead}`, `dist.building-${process.pid}`, `.dist-${dead}`]) mkdirSync(path.join(dir, name));
    const removed = cleanStaleStaging(path.join(dir, 'dist'), dir);
    expect(removed.sort()).toEqual([`.dist-${dead}`, `dist.building-${dead}`]);
    expect(existsSync(path.join(dir, `dist.building-${process.pid}`))).toBe(true);
    expect(existsSync(path.join(dir, 'dist'))).toBe(true);
  });

  it('puts back a published site that an interrupted swap left aside', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'szy-staging-'));
    const dead = endedPid();
    mkdirSync(path.join(dir, `dist.old-${dead}`));
    writeFileSync(path.join(dir, `dist.old-${dead}`, 'index.html'), '已发布');
    cleanStaleStaging(path.join(dir, 'dist'), dir);
    expect(readFileSync(path.join(dir, 'dist', 'index.html'), 'utf8')).toBe('已发布');
    expect(existsSync(path.join(dir, `dist.old-${dead}`))).toBe(false);
  });
});

describe('lint', () => {
  it.each(['dist.building-12345/_astro/page.js', 'dist.old-12345/index.js', 'out/site.building-9/a.js', '.dist-12345/a.js'])('ignores the staging folder %s', async (file) => {
    expect(await new ESLint({ cwd: root }).isPathIgnored(path.join(root, file))).toBe(true);
  });

  it('still lints the sources', async () => {
    expect(await new ESLint({ cwd: root }).isPathIgnored(path.join(root, 'src/lib/build/stale-staging.ts'))).toBe(false);
  });
});
