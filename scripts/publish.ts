/**
 * `npm run publish -- <target>`: uploads dist/ as a new release and makes it live at once.
 * `npm run publish -- <target> --rollback`: makes the release before the live one live again.
 *
 * <target> is `user@host:/srv/shuangzhuanyi` (rsync and commands over SSH) or a local folder.
 * Options: --dir <folder> (default dist), --keep <n> releases (default 5, or PUBLISH_KEEP).
 * PUBLISH_RELOAD: a command run on the target after a switch, e.g. `sudo systemctl reload nginx`,
 * so that nginx reads the release's configuration (needed only when _headers changed).
 *
 * It refuses a build made without the public address (SITE_URL): such a build has
 * http://localhost:4321 in its feeds, sitemap and downloads. Layout and steps:
 * src/lib/publish/release-script.ts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { publishRefusal, readSiteManifest } from '../src/lib/build/site-manifest.ts';
import { parseHeaders } from '../src/lib/server/headers-file.ts';
import { nginxSiteLocation } from '../src/lib/server/nginx-config.ts';
import { finishScript, prepareScript, rollbackScript } from '../src/lib/publish/release-script.ts';
import { parseTarget, releaseId, type PublishTarget } from '../src/lib/publish/target.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage = '用法：npm run publish -- <目标> [--dir dist] [--keep 5]；回滚：npm run publish -- <目标> --rollback\n<目标> 例如 deploy@www.example.gov.cn:/srv/shuangzhuanyi，或本机目录 /srv/shuangzhuanyi。';

function fail(message: string): never {
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
}

/** Runs a script on the target: through ssh for a remote one, in bash for a local folder. */
function onTarget(target: PublishTarget, script: string): string {
  const [command, args] = target.host ? ['ssh', ['-o', 'BatchMode=yes', target.host, 'bash -s']] : ['bash', ['-s']];
  const result = spawnSync(command, args as string[], { input: script, encoding: 'utf8' });
  if (result.error) fail(`无法运行 ${command}：${result.error.message}`);
  if (result.status !== 0) fail(`在发布目标上执行失败（${command}，退出码 ${result.status}）：\n${result.stderr.trim()}`);
  return result.stdout.trim();
}

function reload(target: PublishTarget): void {
  const command = process.env.PUBLISH_RELOAD?.trim();
  if (command) onTarget(target, `set -euo pipefail\n${command}`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string', default: 'dist' }, keep: { type: 'string', default: process.env.PUBLISH_KEEP || '5' }, rollback: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) fail(usage);
const target = parseTarget(positionals[0]!);
if ('error' in target) fail(target.error);
const where = target.host ? `${target.host}:${target.path}` : target.path;

if (values.rollback) {
  const live = onTarget(target, rollbackScript(target.path));
  reload(target);
  process.stdout.write(`已回滚：${where} 现在发布的是版本 ${live}。\n`);
  process.exit(0);
}

const keep = Number(values.keep);
if (!Number.isInteger(keep) || keep < 2) fail(`--keep 应是不小于 2 的整数（要保留上一版本以便回滚），收到“${values.keep}”。`);
const dir = path.resolve(root, values.dir!);
const manifest = readSiteManifest(dir);
const refusal = publishRefusal(manifest, path.relative(root, dir) || dir);
if (refusal || !manifest) fail(`${refusal}\n发布目标 ${where} 没有任何改动。`);

// The release keeps the previous release's files that the immutable rules of _headers cover.
const base = manifest.base;
const hashed = [...parseHeaders(readFileSync(path.join(dir, '_headers'), 'utf8'))]
  .filter(([, headers]) => /immutable/u.test(headers['Cache-Control'] ?? ''))
  .map(([pattern]) => pattern.slice(base.length));

const id = releaseId(new Date());
const previous = onTarget(target, prepareScript(target.path, id, base)) || undefined;
const dest = `${target.path}/releases/${id}.partial${base}`;
// --checksum: every build writes fresh files, so only content tells which are unchanged; those are
// hard-linked from the live release instead of sent again.
const rsyncArgs = ['-a', '--delete', '--checksum', ...(previous ? [`--link-dest=${target.path}/releases/${previous}${base}`] : []), `${dir}/`, target.host ? `${target.host}:${dest}` : dest];
const upload = spawnSync('rsync', rsyncArgs, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
if (upload.error) fail(`无法运行 rsync：${upload.error.message}。请安装 rsync（Debian：apt-get install rsync）。`);
if (upload.status !== 0) fail(`上传失败（rsync 退出码 ${upload.status}）：\n${upload.stderr.trim()}\n网站仍是原来的版本${previous ? ` ${previous}` : ''}。`);

const siteConf = nginxSiteLocation(base, `${target.path}/current`);
const live = onTarget(target, finishScript({ root: target.path, id, previous, base, hashed, siteConf, keep }));
reload(target);
process.stdout.write(`已发布：${where} 现在发布的是版本 ${live}（公开地址 ${manifest.siteUrl}${base}）。回滚：npm run publish -- ${positionals[0]} --rollback\n`);
