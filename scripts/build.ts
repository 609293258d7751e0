/**
 * `npm run build`: builds the site into a temporary folder beside dist/, indexes it
 * for search, checks every page against the site's promises (nothing from another
 * origin, no script on content pages, no inline style or handlers), and only then puts
 * it in place of dist/. A build that fails (bad content, an Astro error, a Pagefind
 * error, a page that breaks a promise) leaves the published dist/ as it was.
 *
 * OUT_DIR names the folder to publish into (default dist); everything else in the
 * environment (SITE_BASE, SITE_URL, CONTENT_DIR) passes through to Astro. After Astro and
 * Pagefind it writes the server's files (src/lib/build/server-files.ts): _headers under the
 * base, the nginx configuration, the manifest _site.json and precompressed .gz files.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBuiltPages, formatRefusedPages } from '../src/lib/build/check-pages.ts';
import { indexSearch } from '../src/lib/build/index-search.ts';
import { pageSources } from '../src/lib/build/page-sources.ts';
import { replaceDir } from '../src/lib/build/replace-dir.ts';
import { astroCacheDir } from '../src/lib/build/cache-dir.ts';
import { dropCachesMadeByOtherSchemas } from '../src/lib/build/schema-cache.ts';
import { cleanStaleStaging } from '../src/lib/build/stale-staging.ts';
import { writeServerFiles } from '../src/lib/build/server-files.ts';
import { siteManifest } from '../src/lib/build/site-manifest.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.resolve(root, process.env.OUT_DIR || 'dist');
// Astro puts its prerender chunks in <outDir>/.prerender when outDir is inside the project, and
// otherwise in the project's shared .astro/.prerender, where builds running side by side (tests
// building into temporary folders) clobber each other. So a target outside the project is staged
// inside it (.dist-<pid>, ignored by git, eslint and tsc) and moved out once built.
const inside = !path.relative(root, target).startsWith('..');
const staging = inside ? `${target}.building-${process.pid}` : path.join(root, `.dist-${process.pid}`);

// Folders left by builds that were interrupted (and are no longer running) go first, so they
// neither pile up nor reach the linter; a site interrupted mid-swap is put back.
for (const dir of cleanStaleStaging(target, root)) process.stdout.write(`已清理中断的构建留下的 ${dir}/。\n`);

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(`\n${message}\n已发布的 ${path.relative(root, target) || target}/ 保持不变。\n`);
  process.exit(1);
}

/** CPU time (ms) of this process and of its finished children, from /proc (for SZY_PROFILE). */
function cpuMs(): { own: number; children: number } {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // utime, stime, cutime, cstime: fields 14–17 of /proc/PID/stat, in clock ticks (100 a second).
  const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]) * 10);
  return { own: utime! + stime!, children: cutime! + cstime! };
}
/**
 * CPU time (ms) of this process's children that have ended but are not yet reaped: Pagefind's
 * service process is killed, not waited for, when the index is written, and until Node reaps it
 * its time is in neither this process's children's total nor anywhere else.
 */
function unreapedChildrenMs(): number {
  let ms = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/u.test(name))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(fields[1]) === process.pid) ms += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // ended meanwhile
    }
  }
  return ms;
}
function profile(stage: string, before: { own: number; children: number }, wallStart: number): void {
  if (!process.env.SZY_PROFILE) return;
  const after = cpuMs();
  after.children += unreapedChildrenMs();
  appendFileSync(process.env.SZY_PROFILE, `${JSON.stringify({ stage, cpuMs: after.own - before.own + after.children - before.children, wallMs: Math.round(performance.now() - wallStart) })}\n`);
}

// Entries parsed by other schemas (an earlier checkout's) are parsed again.
dropCachesMadeByOtherSchemas(root, astroCacheDir(process.env, root));
let stageCpu = cpuMs();
let stageWall = performance.now();
const astro = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging },
});
if (astro.status !== 0) fail('构建失败。');
profile('astro build, whole process', stageCpu, stageWall);
stageCpu = cpuMs();
stageWall = performance.now();

const search = await indexSearch(staging);
if (search.errors.length > 0) fail(`搜索索引生成失败：\n${search.errors.join('\n')}`);
profile('Pagefind index', stageCpu, stageWall);
process.stdout.write(`搜索索引已生成（扫描 ${search.pages} 个页面）。\n`);

// The last gate before publishing: every page against the promises the dist tests check
// (src/lib/safe-html/), whatever route a violation took (a body, a component, a layout).
const refused = checkBuiltPages(staging);
if (refused.length > 0) fail(formatRefusedPages(refused, pageSources(root, process.env.CONTENT_DIR)));
process.stdout.write(`发布前检查通过（${search.pages} 个页面没有外站内容、多余脚本和行内样式）。\n`);

// Headers for static hosts and nginx from public/_headers, the manifest for `npm run publish`, .gz files.
const manifest = siteManifest(process.env);
try {
  const compressed = await writeServerFiles(staging, manifest);
  process.stdout.write(`服务器配置已生成（_headers、_nginx.conf），预压缩 ${compressed} 个文件。\n`);
} catch (error) {
  fail(`服务器配置生成失败：${(error as Error).message}`);
}
if (!manifest.siteUrl) {
  process.stdout.write('注意：没有设置 SITE_URL，订阅源、站点地图和数据下载中的网址是 http://localhost:4321；这样的构建只供本机预览，npm run publish 会拒绝发布。\n');
}

let built = staging;
if (!inside) {
  built = `${target}.building-${process.pid}`;
  try {
    renameSync(staging, built);
  } catch {
    // Another file system: copy, then remove the staged copy.
    cpSync(staging, built, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  }
}
replaceDir(built, target);
process.stdout.write(`网站已生成到 ${path.relative(root, target) || target}/。\n`);
