/**
 * `npm run publish` over SSH, as production runs it: an sshd of its own on 127.0.0.1 (a free port,
 * its own host key, one authorised key), reached through an `ssh` on PATH that uses only this test's
 * key and host list — the way .ci/publish reaches the server. The same scripts as the local tests
 * run through `ssh host bash -s` and rsync over ssh: publish, hard links, the lock held over the
 * connection, rollback.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkout, publishWith } from '../helpers/publish.ts';

const sshd = process.env.SSHD_PATH ?? '/usr/sbin/sshd';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'szy-publish-ssh-'));
const target = path.join(tmp, 'target');
const user = os.userInfo().username;
let server: ChildProcess;
let env: Record<string, string>;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function listening(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`sshd did not listen on ${port}`);
}

const keygen = (file: string) => spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', file], { encoding: 'utf8' });

beforeAll(async () => {
  for (const name of ['host_key', 'client_key']) expect(keygen(path.join(tmp, name)).status).toBe(0);
  writeFileSync(path.join(tmp, 'authorized_keys'), readFileSync(path.join(tmp, 'client_key.pub')));
  chmodSync(path.join(tmp, 'authorized_keys'), 0o600);
  const port = await freePort();
  writeFileSync(
    path.join(tmp, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${tmp}/host_key`,
      `AuthorizedKeysFile ${tmp}/authorized_keys`,
      `PidFile ${tmp}/sshd.pid`,
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'StrictModes no',
      'UsePAM no',
      `AllowUsers ${user}`,
    ].join('\n') + '\n',
  );
  // Root's sshd wants its privilege-separation folder (Debian's service makes it at boot).
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true });
  server = spawn(sshd, ['-D', '-e', '-f', path.join(tmp, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr!.on('data', (c) => (log += c));
  server.on('exit', (code) => {
    if (code) process.stderr.write(`sshd exited ${code}: ${log}\n`);
  });
  await listening(port);
  writeFileSync(path.join(tmp, 'known_hosts'), `[127.0.0.1]:${port} ${readFileSync(path.join(tmp, 'host_key.pub'), 'utf8')}`);
  writeFileSync(
    path.join(tmp, 'ssh_config'),
    ['Host web', '  HostName 127.0.0.1', `  Port ${port}`, `  User ${user}`, `  IdentityFile ${tmp}/client_key`, '  IdentitiesOnly yes', `  UserKnownHostsFile ${tmp}/known_hosts`, '  StrictHostKeyChecking yes', '  BatchMode yes'].join('\n') + '\n',
  );
  mkdirSync(path.join(tmp, 'bin'));
  const ssh = spawnSync('sh', ['-c', 'command -v ssh'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(path.join(tmp, 'bin/ssh'), `#!/bin/sh\nexec ${ssh} -F ${tmp}/ssh_config "$@"\n`);
  chmodSync(path.join(tmp, 'bin/ssh'), 0o755);
  env = { PATH: `${tmp}/bin:${process.env.PATH}` };
});

afterAll(() => {
  server?.kill();
  rmSync(tmp, { recursive: true, force: true });
});

const live = () => /<title>([^<]*)<\/title>/u.exec(readFileSync(path.join(target, 'current/index.html'), 'utf8'))![1];

it('publishes over SSH, hard-links unchanged files, queues a second publish behind the lock, and rolls back', async () => {
  const [v1, v2, v3] = ['2026-05-01', '2026-05-02', '2026-05-03'].map((day, i) => checkout(tmp, `ssh-v${i + 1}`, `${day}T10:00:00Z`));
  const first = await publishWith(env, `web:${target}`, '--dir', v1!.dir);
  expect(first.status, first.output).toBe(0);
  expect(live()).toBe('ssh-v1');
  // Two publishes at once over SSH: the lock (held by the connection) queues them; the newer commit is live.
  const [a, b] = await Promise.all([publishWith(env, `web:${target}`, '--dir', v2!.dir), publishWith(env, `web:${target}`, '--dir', v3!.dir)]);
  expect(b.status, b.output).toBe(0);
  if (a.status !== 0) expect(a.output).toContain('线上已是更新的提交');
  expect(live()).toBe('ssh-v3');
  const releases = readdirSync(path.join(target, 'releases')).sort();
  expect(releases.filter((r) => r.endsWith('.partial'))).toEqual([]);
  const [oldest, newest] = [releases[0]!, releases.at(-1)!].map((r) => statSync(path.join(target, 'releases', r, 'same.txt')));
  expect(newest!.ino, 'an unchanged file is hard-linked over SSH too').toBe(oldest!.ino);
  // The lock is free once the publishers are gone: a rollback goes through at once.
  const back = await publishWith(env, `web:${target}`, '--rollback', '--wait', '0');
  expect(back.status, back.output).toBe(0);
  expect(live()).not.toBe('ssh-v3');
});
