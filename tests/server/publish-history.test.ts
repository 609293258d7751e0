/**
 * `npm run publish` to a local folder, beyond one switch: rollback follows what was live, pruning
 * keeps the live release and the one before it, one publish at a time (a lock on the target) in
 * commit order, refusals of builds that do not match their commit or lack the identity, and
 * unchanged files hard-linked between releases.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkout, publish, startPublish } from '../helpers/publish.ts';

/** Resolves once `condition` holds (checked every 100 ms). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 100));
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'szy-publish-history-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let targets = 0;
/** A fresh, empty target folder. */
const newTarget = () => path.join(tmp, `target-${++targets}`);
/** The marker of the live release's home page. */
const liveMarker = (target: string) => /<title>([^<]*)<\/title>/u.exec(readFileSync(path.join(target, 'current/index.html'), 'utf8'))![1];
const releases = (target: string) => readdirSync(path.join(target, 'releases')).sort();
const history = (target: string) => readFileSync(path.join(target, 'history'), 'utf8').trim().split('\n').map((l) => l.split('\t'));

async function ok(target: string, ...args: string[]): Promise<string> {
  const run = await publish(target, ...args);
  expect(run.status, run.output).toBe(0);
  return run.output;
}

const v1 = checkout(tmp, 'v1', '2026-01-01T10:00:00Z');
const v2 = checkout(tmp, 'v2', '2026-01-02T10:00:00Z');
const v3 = checkout(tmp, 'v3', '2026-01-03T10:00:00Z');

describe('rollback goes back to what was live', () => {
  it('publish V1, V2, roll back (V1), publish V3, roll back: V1 again, not the rejected V2', async () => {
    const target = newTarget();
    await ok(target, '--dir', v1.dir);
    await ok(target, '--dir', v2.dir);
    expect(await ok(target, '--rollback')).toContain(v1.commit);
    expect(liveMarker(target)).toBe('v1');
    // A page of V2 loaded just before the rollback still gets its stylesheet (content-hashed files stay).
    expect(existsSync(path.join(target, 'current/_astro/v2.css'))).toBe(true);
    await ok(target, '--dir', v3.dir);
    expect(liveMarker(target)).toBe('v3');
    await ok(target, '--rollback');
    expect(liveMarker(target)).toBe('v1');
    // The history names every switch with its release and commit; the last line is what is live.
    const lines = history(target);
    expect(lines.map((l) => l[1])).toEqual(['publish', 'publish', 'rollback', 'publish', 'rollback']);
    expect(lines.map((l) => l[3])).toEqual([v1.commit, v2.commit, v1.commit, v3.commit, v1.commit]);
    expect(readlinkSync(path.join(target, 'current'))).toBe(`releases/${lines.at(-1)![2]}`);
    const status = await ok(target, '--status');
    expect(status).toContain(v1.commit);
  });

  it('rolls back step by step through what was live, then refuses', async () => {
    const target = newTarget();
    for (const v of [v1, v2, v3]) await ok(target, '--dir', v.dir);
    await ok(target, '--rollback');
    expect(liveMarker(target)).toBe('v2');
    await ok(target, '--rollback');
    expect(liveMarker(target)).toBe('v1');
    const none = await publish(target, '--rollback');
    expect(none.status).toBe(1);
    expect(none.output).toContain('无法回滚');
    expect(liveMarker(target)).toBe('v1');
  });
});

describe('pruning', () => {
  it('never removes the live release or the one before it, even when they are the oldest', async () => {
    const target = newTarget();
    await ok(target, '--dir', v1.dir, '--keep', '2');
    await ok(target, '--dir', v2.dir, '--keep', '2');
    await ok(target, '--rollback');
    await ok(target, '--dir', v3.dir, '--keep', '2');
    expect(releases(target)).toHaveLength(2);
    expect(liveMarker(target)).toBe('v3');
    // V2 (rejected) went; V1, the known-good release, stayed and is where rollback goes.
    await ok(target, '--rollback');
    expect(liveMarker(target)).toBe('v1');
  });

  it('keeps the newest releases up to --keep', async () => {
    const target = newTarget();
    for (const v of [v1, v2, v3]) await ok(target, '--dir', v.dir, '--keep', '2');
    expect(releases(target)).toHaveLength(2);
    expect(releases(target).map((r) => readFileSync(path.join(target, 'releases', r, 'index.html'), 'utf8'))).toEqual([
      expect.stringContaining('v2'),
      expect.stringContaining('v3'),
    ]);
  });
});

describe('one publish at a time', () => {
  it('waits while another publish holds the target, then goes ahead', async () => {
    const target = newTarget();
    await ok(target, '--dir', v1.dir);
    // Another publish (here: a shell) holds the target's lock until it is ended.
    const holder = spawn('bash', ['-c', 'exec 9>>"$0"; flock 9; echo held; exec sleep 120', path.join(target, '.publish.lock')], { stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise((r) => holder.stdout!.once('data', r));
    const waiting = startPublish({}, target, '--dir', v2.dir);
    await until(() => waiting.output().includes('等待'));
    expect(liveMarker(target), 'nothing changes while the lock is held').toBe('v1');
    expect(releases(target)).toHaveLength(1);
    holder.kill();
    const run = await waiting.done;
    expect(run.status, run.output).toBe(0);
    expect(liveMarker(target)).toBe('v2');
  });

  it('two publishes started together: both finish whole, the newer commit is live, no upload left behind', async () => {
    const target = newTarget();
    await ok(target, '--dir', v1.dir);
    const [older, newer] = await Promise.all([publish(target, '--dir', v2.dir), publish(target, '--dir', v3.dir)]);
    expect(newer.status, newer.output).toBe(0);
    // The older commit either went first (then the newer replaced it) or is refused after the newer.
    if (older.status !== 0) expect(older.output).toContain('线上已是更新的提交');
    expect(liveMarker(target)).toBe('v3');
    expect(releases(target).filter((r) => r.endsWith('.partial'))).toEqual([]);
    expect(existsSync(path.join(target, 'current/_astro/v3.css'))).toBe(true);
  });

  it('refuses a commit older than the live one', async () => {
    const target = newTarget();
    await ok(target, '--dir', v2.dir);
    const run = await publish(target, '--dir', v1.dir);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/线上已是更新的提交.*--rollback/su);
    expect(liveMarker(target)).toBe('v2');
    expect(releases(target)).toHaveLength(1);
  });
});

describe('refusals', () => {
  it('refuses a build of uncommitted changes, unless --allow-dirty (said loudly, recorded)', async () => {
    const target = newTarget();
    const dirty = checkout(tmp, 'dirty', '2026-02-01T10:00:00Z', { manifest: { dirty: true } });
    const refused = await publish(target, '--dir', dirty.dir);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/拒绝发布.*未提交的改动.*--allow-dirty/su);
    expect(existsSync(path.join(target, 'current'))).toBe(false);
    const allowed = await ok(target, '--dir', dirty.dir, '--allow-dirty');
    expect(allowed).toMatch(/警告（--allow-dirty）/u);
    expect(history(target).at(-1)![3]).toBe(`${dirty.commit}-dirty`);
  });

  it('refuses a stale build (another commit than the checkout, as a failed build leaves)', async () => {
    const target = newTarget();
    const stale = checkout(tmp, 'stale', '2026-02-02T10:00:00Z', { manifest: { commit: v1.commit } });
    const run = await publish(target, '--dir', stale.dir);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/拒绝发布.*当前提交是/su);
    expect(existsSync(path.join(target, 'current'))).toBe(false);
  });

  it('refuses a clean build when the checkout has uncommitted changes since', async () => {
    const target = newTarget();
    const changed = checkout(tmp, 'changed', '2026-02-03T10:00:00Z');
    writeFileSync(path.join(changed.repo, 'new-notice.mdx'), '---\ntitle: 新通知\n---\n');
    const run = await publish(target, '--dir', changed.dir);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/工作区有未提交的改动/u);
  });

  it('refuses a build outside any git checkout', async () => {
    const loose = checkout(tmp, 'loose', '2026-02-04T10:00:00Z');
    rmSync(path.join(loose.repo, '.git'), { recursive: true });
    const run = await publish(newTarget(), '--dir', loose.dir);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/不在 git 仓库中/u);
  });

  it('refuses a live site without its government identity; lets a preview or a declared test site go', async () => {
    const missing = ['网站标识码', 'ICP备案编号', '主办单位'];
    const bare = checkout(tmp, 'bare', '2026-03-01T10:00:00Z', { manifest: { identityMissing: missing } });
    const refused = await publish(newTarget(), '--dir', bare.dir);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/拒绝发布正式网站.*网站标识码、ICP备案编号、主办单位/su);
    const sample = checkout(tmp, 'sample', '2026-03-02T10:00:00Z', { manifest: { identitySample: true } });
    expect((await publish(newTarget(), '--dir', sample.dir)).output).toMatch(/示例/u);
    await ok(newTarget(), '--dir', bare.dir, '--preview');
    const test = checkout(tmp, 'test-site', '2026-03-03T10:00:00Z', { manifest: { identityMissing: missing, testSite: true } });
    await ok(newTarget(), '--dir', test.dir);
  });
});

describe('unchanged files are hard-linked, not copied', () => {
  it('links every unchanged file of a rebuilt site (fresh file times) to the live release, keeping its time', async () => {
    const target = newTarget();
    const first = checkout(tmp, 'links-1', '2026-04-01T10:00:00Z', { marker: 'one' });
    const second = checkout(tmp, 'links-2', '2026-04-02T10:00:00Z', { marker: 'two' });
    // A rebuild writes every file anew: same bytes, new times.
    writeFileSync(path.join(second.dir, '_astro', 'links-1.css'), readFileSync(path.join(first.dir, '_astro', 'links-1.css')));
    rmSync(path.join(second.dir, '_astro', 'links-2.css'));
    const later = new Date('2026-04-02T12:00:00Z');
    for (const f of ['same.txt', '_headers', '_astro/links-1.css']) utimesSync(path.join(second.dir, f), later, later);
    await ok(target, '--dir', first.dir);
    await ok(target, '--dir', second.dir);
    const [r1, r2] = releases(target).map((r) => path.join(target, 'releases', r));
    for (const f of ['same.txt', '_headers', '_astro/links-1.css']) {
      const [a, b] = [statSync(path.join(r1!, f)), statSync(path.join(r2!, f))];
      expect(b.ino, `${f} is the same file in both releases`).toBe(a.ino);
      expect(b.mtimeMs, `${f} keeps its time (so its ETag)`).toBe(a.mtimeMs);
    }
    expect(statSync(path.join(r2!, 'index.html')).ino).not.toBe(statSync(path.join(r1!, 'index.html')).ino);
    expect(readFileSync(path.join(r2!, 'index.html'), 'utf8')).toContain('two');
  });
});
