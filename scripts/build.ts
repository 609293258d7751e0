/**
 * `npm run build`: builds the site into a temporary folder beside dist/, indexes it
 * for search, checks every page against the site's promises (nothing from another
 * origin, no script on content pages, no inline style or handlers), and only then puts
 * it in place of dist/. A build that fails (bad content, an Astro error, a Pagefind
 * error, a page that breaks a promise) leaves the published dist/ as it was.
 *
 * OUT_DIR names the folder to publish into (default dist); everything else in the
 * environment (SITE_BASE, SITE_URL, CONTENT_DIR) passes through to Astro. After Astro it prints
 * the documents' PDFs (src/lib/pdf/; SZY_PDF=0 skips them); after Pagefind it writes the server's files (src/lib/build/server-files.ts): _headers under the
 * base, the nginx configuration, the manifest _site.json and precompressed .gz files.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBuiltPages, formatRefusedPages } from '../src/lib/build/check-pages.ts';
import { indexSearch } from '../src/lib/build/index-search.ts';
import { writeSearchPreloads } from '../src/lib/build/search-preloads.ts';
import { pageSources } from '../src/lib/build/page-sources.ts';
import { missingAddresses, planAddresses, writeLedger, writeMovedPages } from '../src/lib/build/published-addresses.ts';
import { replaceDir } from '../src/lib/build/replace-dir.ts';
import { astroCacheDir } from '../src/lib/build/cache-dir.ts';
import { dropCachesMadeByOtherSchemas } from '../src/lib/build/schema-cache.ts';
import { cleanStaleStaging } from '../src/lib/build/stale-staging.ts';
import { writeServerFiles } from '../src/lib/build/server-files.ts';
import { normalBase, siteManifest } from '../src/lib/build/site-manifest.ts';
import { sourceState } from '../src/lib/build/source-state.ts';
import { siteUrlProblem } from '../src/lib/site-url.ts';
import { loadSiteSettings } from '../src/lib/site/load-settings.ts';
import { missingSettings } from '../src/lib/site/missing-settings.ts';
import { pdfEnabled } from '../src/lib/pdf/link.ts';

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

// A SITE_URL without a scheme or a host would stop Astro with only `Invalid URL`.
const urlProblem = siteUrlProblem(process.env.SITE_URL);
if (urlProblem) fail(`构建已停止：${urlProblem}`);

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

// PDFs of the circulars, bulletin issues and compilations (src/lib/pdf/): a stage of its own,
// cached by each page's content; SZY_PDF=0 skips it (and the pages then have no 下载PDF link).
if (pdfEnabled(process.env)) {
  try {
    // Imported here: the PDF stage and Playwright take about 0.6 s of CPU to load, which a build without PDFs skips.
    const { buildPdfs } = await import('../src/lib/pdf/stage.ts');
    const pdfs = await buildPdfs(staging, normalBase(process.env.SITE_BASE), path.join(astroCacheDir(process.env, root), 'szy-pdf'));
    profile('PDF', stageCpu, stageWall);
    if (pdfs.files.length > 0) process.stdout.write(`PDF 已生成（${pdfs.files.length} 份，其中新生成 ${pdfs.made} 份，${pdfs.cached} 份取自缓存）。\n`);
  } catch (error) {
    fail(`PDF 生成失败：${(error as Error).message}`);
  }
  stageCpu = cpuMs();
  stageWall = performance.now();
}

const search = await indexSearch(staging);
if (search.errors.length > 0) fail(`搜索索引生成失败：\n${search.errors.join('\n')}`);
profile('Pagefind index', stageCpu, stageWall);
// The search page names Pagefind's hashed files (known only now) so the browser fetches them at once.
try {
  writeSearchPreloads(staging, normalBase(process.env.SITE_BASE));
} catch (error) {
  fail((error as Error).message);
}
process.stdout.write(`搜索索引已生成（扫描 ${search.pages} 个页面）。\n`);

// Addresses are forever (content/redirects.yaml, content/published-addresses.yaml): every address the
// content publishes must be built, and every old address gets a page (after indexing: never searched,
// and not in the sitemap, which Astro wrote); renamed anchors stay on their pages as aliases.
const addresses = planAddresses(root, process.env.CONTENT_DIR);
const unbuilt = missingAddresses(staging, addresses);
if (unbuilt.length > 0) fail(`以下地址应由内容生成，但构建结果中没有（src/lib/content-check/addresses.ts 与 src/pages 不一致）：\n${unbuilt.join('\n')}`);
const moved = writeMovedPages(staging, addresses, normalBase(process.env.SITE_BASE));
if (moved.missingAnchors.length > 0) fail(`content/redirects.yaml 中锚点别名指向的锚点在页面上不存在：\n${moved.missingAnchors.join('\n')}`);
if (addresses.rules.length > 0) process.stdout.write(`旧地址已保留：${addresses.rules.length} 个（${moved.pages} 个页面显示迁移或删除说明）。\n`);

// The last gate before publishing: every page against the promises the dist tests check
// (src/lib/safe-html/), whatever route a violation took (a body, a component, a layout).
const refused = checkBuiltPages(staging);
if (refused.length > 0) fail(formatRefusedPages(refused, pageSources(root, process.env.CONTENT_DIR)));
process.stdout.write(`发布前检查通过（${search.pages} 个页面没有外站内容、多余脚本和行内样式）。\n`);

// Headers for static hosts and nginx from public/_headers, the manifest for `npm run publish`, .gz files.
// The manifest also records the commit built (and whether the checkout had uncommitted changes)
// and the identity content/site.yaml still lacks: `npm run publish` refuses on either.
const settings = loadSiteSettings(path.resolve(root, process.env.CONTENT_DIR || 'content'));
const manifest = siteManifest(process.env, sourceState(root), {
  identityMissing: missingSettings(settings).map((m) => m.label),
  identitySample: settings.sample,
  testSite: settings.testSite,
});
try {
  const compressed = await writeServerFiles(staging, manifest, addresses.rules);
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
// Only once published: the ledger remembers the new addresses (commit it with the content).
const added = writeLedger(addresses);
if (added > 0) process.stdout.write(`已发布地址记录新增 ${added} 个页面地址：请把 ${path.relative(root, path.join(addresses.base, 'published-addresses.yaml'))} 随内容一起提交。\n`);
