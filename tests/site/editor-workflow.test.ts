import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildResult } from '../helpers/build.ts';
import { guideBlocks } from '../helpers/guide.ts';
import { seedCircular } from '../helpers/search-fixture.ts';
import { root } from '../helpers/paths.ts';

/**
 * An editor follows docs/editor-guide.md: runs its `npm run new` command, adds its
 * full example circular, runs `npm run check` and builds. Everything happens in a
 * copy of content/ (CONTENT_DIR), never in content/ itself.
 */
const contentDir = mkdtempSync(path.join(os.tmpdir(), 'szy-editor-content-'));
const blocks = guideBlocks();
const newCommands = blocks.filter((b) => b.attributes.test === 'new').map((b) => b.code.trim());
const newCommand = newCommands.find((c) => c.startsWith('npm run new -- notice '))!;
const otherNewCommands = newCommands.filter((c) => c !== newCommand);
const examples = blocks.filter((b) => b.attributes.file);

function run(command: string): { status: number | null; output: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !['NODE_ENV', 'TEST', 'MODE', 'BASE_URL'].includes(key)));
  const result = spawnSync('bash', ['-c', command.replace(/^npm run /u, 'npm run --silent ')], {
    cwd: root,
    env: { ...env, CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The seed circular (tests/fixtures/seed/), which the guide's example cites. */
const SEED_ID = seedCircular.id;

const listNotices = () => readdirSync(path.join(contentDir, 'notices')).sort();

let created: { status: number | null; output: string };
let createdOthers: { command: string; status: number | null; output: string }[];
let checked: { status: number | null; output: string };
let build: BuildResult;
let leftOver: string;

beforeAll(() => {
  cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  // The guide's example circular links into the seed circular: put its frozen copy in place, so this
  // test holds whatever content/ holds (the seed's own id, replacing today's copy if there is one).
  mkdirSync(path.join(contentDir, 'notices'), { recursive: true });
  cpSync(seedCircular.file, path.join(contentDir, 'notices', `${SEED_ID}.mdx`));
  created = run(newCommand);
  for (const example of examples) {
    const target = path.join(contentDir, example.attributes.file!.replace(/^content\//u, ''));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, example.code);
  }
  // The other types' commands come after the examples in the guide, and refer to the example circular.
  createdOthers = otherNewCommands.map((command) => ({ command, ...run(command) }));
  checked = run('npm run check');
  // An earlier build was interrupted (the terminal closed mid-build) and left its staging folder beside the site.
  const tmpRoot = path.join(root, 'node_modules/.cache/szy-builds');
  mkdirSync(tmpRoot, { recursive: true });
  const outDir = mkdtempSync(path.join(tmpRoot, 'dist-editor-'));
  const deadPid = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
  leftOver = `${outDir}.building-${deadPid}`;
  mkdirSync(path.join(leftOver, '_astro'), { recursive: true });
  // Under a sub-path, as the site may be deployed: links written from the site root must still work.
  build = runBuild({ CONTENT_DIR: contentDir, SITE_BASE: '/szy/', OUT_DIR: outDir });
});

afterAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
  if (build?.outDir) rmSync(build.outDir, { recursive: true, force: true });
});

describe('following the editor’s guide', () => {
  it('npm run new -- notice, run non-interactively with the guide’s flags, creates the circular in the content folder', () => {
    expect(created.status, created.output).toBe(0);
    expect(created.output).toContain('已创建');
    const file = path.join(contentDir, 'notices/shi-jingxin-2012-2.mdx');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('docNumber: 示经信〔2012〕2号');
    expect(existsSync(path.join(root, 'content/notices/shi-jingxin-2012-2.mdx')), 'nothing is written into content/').toBe(false);
  });

  it('the guide’s npm run new commands for the other types create their files', () => {
    expect(otherNewCommands.map((c) => c.split(' ')[4])).toEqual(['case', 'bulletin', 'compilation', 'dataset']);
    for (const { command, status, output } of createdOthers) {
      expect(status, `${command}\n${output}`).toBe(0);
      expect(output).toContain('已创建');
    }
  });

  it('the created file and the guide’s examples pass npm run check', () => {
    expect(checked.status, checked.output).toBe(0);
    expect(checked.output).toMatch(/内容检查通过/u);
  });

  it('the build removes the staging folder an interrupted build left behind, and says so', () => {
    expect(build.status, build.output).toBe(0);
    expect(existsSync(leftOver)).toBe(false);
    expect(build.output).toContain(`已清理中断的构建留下的 ${path.basename(leftOver)}/`);
  });

  it('they build into pages', () => {
    expect(build.status, build.output).toBe(0);
    const page = (id: string) => cheerio.load(readFileSync(path.join(build.outDir, `notices/${id}/index.html`), 'utf8'));
    const created$ = page('shi-jingxin-2012-2');
    expect(created$('h1').text()).toContain('关于做好2012年园区统计工作的通知');
    expect(created$('main').text()).toContain('示经信〔2012〕2号');
    expect(created$('main').text()).toContain('示例');
    const example$ = page('shi-jingxin-2012-1');
    expect(example$('h1').text()).toContain('关于印发示例市2012年园区工作安排的通知');
    expect(example$('main').text()).toContain('编者注');
    const hrefs = example$('main a').map((_, a) => decodeURIComponent(example$(a).attr('href') ?? '')).get();
    expect(hrefs).toContain(`/szy/notices/${SEED_ID}/#三主要工作`);
    expect(example$('main img').attr('src')).toBe('/szy/favicon.svg');
    expect(example$('main img').attr('alt')).toBe('示例图：本站标志');
    const target = cheerio.load(readFileSync(path.join(build.outDir, `notices/${SEED_ID}/index.html`), 'utf8'));
    expect(target('[id="三主要工作"]'), 'the anchor the check accepted exists on the built page').toHaveLength(1);
  });

  it('every other example and every file made by npm run new builds into its page', () => {
    expect(build.status, build.output).toBe(0);
    const route: Record<string, string> = { cases: 'cases', bulletins: 'bulletins', compilations: 'compilations', documents: 'documents', datasets: 'data' };
    const made = createdOthers.map(({ output }) => /已创建 (\S+)/u.exec(output)![1]!);
    const files = [...examples.map((e) => e.attributes.file!).filter((f) => !f.startsWith('content/notices/')), ...made];
    expect(files).toHaveLength(9);
    for (const file of files) {
      const [collection, name] = file.split('/').slice(-2) as [string, string];
      const html = path.join(build.outDir, route[collection]!, name.replace(/\.(mdx|yaml)$/u, ''), 'index.html');
      expect(existsSync(html), `${file} → ${html}`).toBe(true);
      const $ = cheerio.load(readFileSync(html, 'utf8'));
      expect($('main').text(), `${file} is marked as sample content`).toContain('示例');
    }
    const example = (file: string) => blocks.find((b) => b.attributes.file === file)!.code;
    const title = (file: string) => /^title: (.+)$/mu.exec(example(file))![1]!;
    const casePage = cheerio.load(readFileSync(path.join(build.outDir, 'cases/shili-yuanqu-fuwu-pingbi/index.html'), 'utf8'));
    expect(casePage('h1').text()).toContain(title('content/cases/shili-yuanqu-fuwu-pingbi.mdx'));
    const dataPage = cheerio.load(readFileSync(path.join(build.outDir, 'data/shili-yuanqu-zhaoshang-2012/index.html'), 'utf8'));
    expect(dataPage('main table').text()).toContain('新引进项目');
  });

  it('running the same command again is refused, and nothing is overwritten', () => {
    const before = listNotices().map((f) => readFileSync(path.join(contentDir, 'notices', f), 'utf8'));
    const again = run(newCommand);
    expect(again.status).not.toBe(0);
    expect(again.output).toContain('已经存在');
    expect(again.output).toMatch(/发文字号“示经信〔2012〕2号”已被 .*shi-jingxin-2012-2\.mdx 使用/u);
    expect(listNotices().map((f) => readFileSync(path.join(contentDir, 'notices', f), 'utf8'))).toEqual(before);
  });

  it('a new id with the same 发文字号 is refused too', () => {
    const files = listNotices();
    const other = run(newCommand.replace('--id shi-jingxin-2012-2', '--id another-id'));
    expect(other.status).not.toBe(0);
    expect(other.output).toContain('已被');
    expect(other.output).not.toContain('已经存在');
    expect(listNotices()).toEqual(files);
  });

  it('a 发文字号 written with the wrong brackets is refused with the corrected form', () => {
    const wrong = run(newCommand.replace('示经信〔2012〕2号', '示经信[2012]3号').replace('--id shi-jingxin-2012-2', '--id x'));
    expect(wrong.status).not.toBe(0);
    expect(wrong.output).toContain('应写作“示经信〔2012〕3号”');
  });
});
