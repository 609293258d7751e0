/**
 * `npm run publish -- <target>`: uploads dist/ as a new release and makes it live at once.
 * `npm run publish -- <target> --rollback`: makes live again what was live before the live release.
 * `npm run publish -- <target> --status`: which release and commit are live, and the last switches.
 *
 * <target> is `user@host:/srv/shuangzhuanyi` (rsync and commands over SSH) or a local folder.
 * Options: --dir <folder> (default dist), --keep <n> releases (default 5, or PUBLISH_KEEP),
 * --preview (a merge request's preview: the identity rule does not apply), --allow-dirty (publish a
 * build of uncommitted changes or of another commit than the checkout's, with a loud warning),
 * --wait <seconds> (how long to wait for another publish to the same target; default 900).
 * PUBLISH_RELOAD: a command run on the target after a switch, e.g. `sudo systemctl reload nginx`,
 * so that nginx reads the release's configuration (needed only when _headers changed).
 *
 * It refuses a build made without the public address (SITE_URL), a build of uncommitted changes or
 * of another commit than the checkout's (stale, or left by a failed build), a live site without
 * the identity 国办发〔2017〕47号 requires, and a commit older than the one live. One publish runs
 * at a time on a target (a lock there). Layout and steps: src/lib/publish/release-script.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { publishRefusal, readSiteManifest, sourceRefusal } from '../src/lib/build/site-manifest.ts';
import { sourceState } from '../src/lib/build/source-state.ts';
import { parseHeaders } from '../src/lib/server/headers-file.ts';
import { nginxSiteLocation } from '../src/lib/server/nginx-config.ts';
import { finishScript, historyLine, liveFilesScript, lockScript, pipelineRef, prepareScript, rollbackScript, statusScript } from '../src/lib/publish/release-script.ts';
import { parseTarget, releaseId, type PublishTarget } from '../src/lib/publish/target.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage = [
  '用法：npm run publish -- <目标> [--dir dist] [--keep 5] [--preview] [--allow-dirty]',
  '回滚：npm run publish -- <目标> --rollback；查看线上版本：npm run publish -- <目标> --status',
  '<目标> 例如 deploy@www.example.gov.cn:/srv/shuangzhuanyi，或本机目录 /srv/shuangzhuanyi。',
].join('\n');

function fail(message: string): never {
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
}

function command(target: PublishTarget): [string, string[]] {
  return target.host ? ['ssh', ['-o', 'BatchMode=yes', target.host, 'bash -s']] : ['bash', ['-s']];
}

/** Runs a script on the target: through ssh for a remote one, in bash for a local folder. */
function onTarget(target: PublishTarget, script: string): string {
  const [cmd, args] = command(target);
  const result = spawnSync(cmd, args, { input: script, encoding: 'utf8' });
  if (result.error) fail(`无法运行 ${cmd}：${result.error.message}`);
  if (result.status !== 0) fail(`在发布目标上执行失败（${cmd}，退出码 ${result.status}）：\n${result.stderr.trim()}`);
  return result.stdout.trim();
}

/**
 * Takes the target's lock (lockScript) and resolves once it holds it. The lock is held by a shell
 * on the target that reads this process's pipe: it ends when this process closes the pipe or exits.
 */
function takeLock(target: PublishTarget, waitSeconds: number): Promise<void> {
  const [cmd, args] = command(target);
  const holder = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  holder.stdin.write(`${lockScript(target.path, waitSeconds)}\n`);
  let stderr = '';
  holder.stderr.on('data', (c) => (stderr += c));
  return new Promise((resolve) => {
    let out = '';
    holder.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/^waiting$/mu.test(out) && !/^locked$/mu.test(out)) {
        process.stdout.write('另一次发布正在进行，等待它结束……\n');
        out = out.replace(/^waiting$/mu, '');
      }
      if (/^locked$/mu.test(out)) resolve();
    });
    holder.on('error', (error) => fail(`无法运行 ${cmd}：${error.message}`));
    holder.on('exit', (status) => fail(`无法取得发布目标的锁（${cmd}，退出码 ${status}）：\n${stderr.trim()}`));
  });
}

function reload(target: PublishTarget): void {
  const cmd = process.env.PUBLISH_RELOAD?.trim();
  if (cmd) onTarget(target, `set -euo pipefail\n${cmd}`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: 'dist' },
    keep: { type: 'string', default: process.env.PUBLISH_KEEP || '5' },
    wait: { type: 'string', default: '900' },
    rollback: { type: 'boolean', default: false },
    status: { type: 'boolean', default: false },
    preview: { type: 'boolean', default: false },
    'allow-dirty': { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) fail(usage);
const target = parseTarget(positionals[0]!);
if ('error' in target) fail(target.error);
const where = target.host ? `${target.host}:${target.path}` : target.path;
const waitSeconds = Number(values.wait);
if (!Number.isInteger(waitSeconds) || waitSeconds < 0) fail(`--wait 应是秒数，收到“${values.wait}”。`);
const pipeline = pipelineRef(process.env);

if (values.status) {
  process.stdout.write(`${onTarget(target, statusScript(target.path, 20))}\n`);
  process.exit(0);
}

/** The globs under the base of a build's content-hashed files: the immutable rules of its _headers. */
function hashedGlobs(headersText: string, base: string): string[] {
  return [...parseHeaders(headersText)].filter(([, headers]) => /immutable/u.test(headers['Cache-Control'] ?? '')).map(([pattern]) => pattern.slice(base.length));
}

if (values.rollback) {
  await takeLock(target, waitSeconds);
  const [liveManifest, liveHeaders] = onTarget(target, liveFilesScript(target.path)).split('\n---\n');
  let live: { base: string; hashed: string[] } | undefined;
  try {
    const base = (JSON.parse(liveManifest!) as { base: string }).base;
    live = { base, hashed: hashedGlobs(liveHeaders ?? '', base) };
  } catch {
    live = undefined;
  }
  const [now, commit] = onTarget(target, rollbackScript(target.path, new Date().toISOString(), pipeline, live)).split('\t');
  reload(target);
  process.stdout.write(`已回滚：${where} 现在发布的是版本 ${now}（提交 ${commit}）。\n`);
  process.exit(0);
}

const keep = Number(values.keep);
if (!Number.isInteger(keep) || keep < 2) fail(`--keep 应是不小于 2 的整数（要保留上一版本以便回滚），收到“${values.keep}”。`);
const dir = path.resolve(root, values.dir!);
const shownDir = path.relative(root, dir) || dir;
const manifest = readSiteManifest(dir);
const check = { dir: shownDir, checkout: sourceState(dir), allowDirty: values['allow-dirty']!, preview: values.preview! };
const refusal = publishRefusal(manifest, check);
if (refusal || !manifest) fail(`${refusal}\n发布目标 ${where} 没有任何改动。`);
const unclean = sourceRefusal(manifest, check);
if (unclean) {
  process.stderr.write(`\n!!! 警告（--allow-dirty）：${unclean}\n!!! 仍然发布；历史记录中这个版本的提交标为 -dirty。\n\n`);
}
const commit = manifest.commit ? `${manifest.commit}${unclean ? '-dirty' : ''}` : '-';

// The release keeps the previous release's files that the immutable rules of _headers cover.
const base = manifest.base;
const hashed = hashedGlobs(readFileSync(path.join(dir, '_headers'), 'utf8'), base);

await takeLock(target, waitSeconds);
const id = releaseId(new Date());
const [previousId, liveCommit, liveCommitTime] = onTarget(target, prepareScript(target.path, id, base)).split('\t');
const previous = previousId || undefined;
// In commit order: a publish that waited for the lock behind a newer commit's must not undo it.
if (manifest.commitTime && liveCommitTime && liveCommitTime !== '-' && liveCommit !== commit && Date.parse(manifest.commitTime) < Date.parse(liveCommitTime)) {
  onTarget(target, `rm -rf '${target.path}/releases/${id}.partial'`);
  fail(`拒绝发布：线上已是更新的提交 ${liveCommit!.slice(0, 12)}（${liveCommitTime}），本次构建是较早的提交 ${(manifest.commit ?? '-').slice(0, 12)}（${manifest.commitTime}）。要回到旧版本请用 --rollback。\n发布目标 ${where} 没有任何改动。`);
}
const dest = `${target.path}/releases/${id}.partial${base}`;
// Unchanged files are found by content (--checksum) and hard-linked from the live release instead
// of sent again. --no-times: every build writes fresh file times, which would make rsync copy
// (and change the ETag of) every file; a new file gets the upload's time, an unchanged one keeps
// its first release's time, so its ETag and Last-Modified stay the same across releases.
const rsyncArgs = ['-a', '--no-times', '--delete', '--checksum', ...(previous ? [`--link-dest=${target.path}/releases/${previous}${base}`] : []), `${dir}/`, target.host ? `${target.host}:${dest}` : dest];
const upload = spawnSync('rsync', rsyncArgs, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
if (upload.error) fail(`无法运行 rsync：${upload.error.message}。请安装 rsync（Debian：apt-get install rsync）。`);
if (upload.status !== 0) fail(`上传失败（rsync 退出码 ${upload.status}）：\n${upload.stderr.trim()}\n网站仍是原来的版本${previous ? ` ${previous}` : ''}。`);

const siteConf = nginxSiteLocation(base, `${target.path}/current`);
const history = historyLine({ time: new Date().toISOString(), action: 'publish', release: id, commit, commitTime: manifest.commitTime ?? '-', pipeline });
const live = onTarget(target, finishScript({ root: target.path, id, previous, base, hashed, siteConf, keep, history }));
reload(target);
process.stdout.write(`已发布：${where} 现在发布的是版本 ${live}（提交 ${commit.slice(0, 12)}，公开地址 ${manifest.siteUrl}${base}）。回滚：npm run publish -- ${positionals[0]} --rollback\n`);
process.exit(0);
