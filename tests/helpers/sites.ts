import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { ledgerFile } from '../../src/lib/content-check/addresses.ts';
import { readEntries } from '../../src/lib/content-check/check-content.ts';
import type { CheckedEntry } from '../../src/lib/content-check/entry.ts';
import { loadDatasets } from '../../src/lib/datasets/load.ts';
import { normalizeDocNumber } from '../../src/lib/notices/doc-number.ts';
import { runBuildAsync, type BuildResult } from './build.ts';
import { writeQuotingSite } from './search-fixture.ts';
import { runSeed, writeGenerated } from '../generated/site.ts';
import { dist, root } from './paths.ts';

/**
 * The sites every dist test runs over (`describe.each(sites())`): the real site
 * built from content/, and two variants that prove the suite holds for ANY valid
 * content — the generated site (content/ plus valid additions made with `npm run new`
 * and entries generated from the schemas, tests/generated/), and content/ with its
 * optional collections emptied. tests/global-setup.ts builds each once per run; the
 * tests only read them.
 */
export interface Site {
  /** Short name used in test titles: real, generated (with its seed), optional-empty. */
  name: string;
  /** The content folder the site was built from. */
  contentDir: string;
  /** The built site. */
  outDir: string;
}

/** Where the variants' content and builds live (ignored by git and eslint; kept for SKIP_BUILD=1). */
const variantsRoot = path.join(root, 'node_modules/.cache/szy-sites');

/**
 * Collections a programme may publish without: everything but the circulars
 * (notices) and the reference lists (cities, regions, parks, themes), which the
 * other collections and the site's navigation build on.
 */
export const optionalCollections = ['bulletins', 'compilations', 'cases', 'documents', 'datasets'] as const;

const real: Site = { name: 'real', contentDir: path.join(root, 'content'), outDir: dist };
const variant = (name: string): Site => ({ name, contentDir: path.join(variantsRoot, name, 'content'), outDir: path.join(variantsRoot, name, 'dist') });

/**
 * A fixture site, not content/: the seed circular as first published (a frozen copy in
 * tests/fixtures/seed/) and the search synonyms, alone. Tests that check particular
 * pages, text, PDF or search results of that document read this build (built with its PDF).
 */
export const seedSite: Site = variant('seed');

/**
 * content/ without its optional collections. The settings' headline figures name datasets, and a
 * programme without datasets has none to lead with, so they go too (the check refuses a headline
 * whose dataset is missing). It is another office's site, not ours with its entries deleted: so
 * without our ledger of published addresses either.
 */
function writeWithoutOptional(dir: string): void {
  [...optionalCollections, ledgerFile].forEach((c) => rmSync(path.join(dir, c), { recursive: true, force: true }));
  const settings = path.join(dir, 'site.yaml');
  if (!existsSync(settings)) return;
  const doc = parseDocument(readFileSync(settings, 'utf8'));
  doc.delete('headlines');
  writeFileSync(settings, doc.toString());
}

/**
 * The generated site: content/ plus entries of every type generated from the schemas
 * (tests/generated/). Its seed is fresh each run, or TEST_SEED's; the global setup writes it
 * beside the content, and the site's name in test titles carries it: generated(TEST_SEED=…).
 */
const generatedSite: Site = variant('generated');
const seedFile = path.join(path.dirname(generatedSite.contentDir), 'seed');

/**
 * Writes the generated site into `dir` (a copy of content/): first the additions an editor makes
 * with `npm run new` (writeAdditions: fixed cases that once broke the suite, such as a bulletin
 * article headed with quotes), then the entries of a fresh seed (or TEST_SEED's), which may cite
 * them; records and prints the seed.
 */
function writeGeneratedSite(dir: string): void {
  writeAdditions(dir);
  const seed = runSeed();
  writeFileSync(seedFile, String(seed));
  process.stdout.write(`The generated site of this run: TEST_SEED=${seed} (TEST_SEED=${seed} npm test builds it again)\n`);
  writeGenerated(dir, seed);
}

/**
 * content/ built under a sub-path (SITE_BASE), as a site published in a folder of a larger
 * one: built once per run for every test that needs it (the sub-path build, nginx and case
 * finder tests) instead of once per test file.
 */
export const subpathSite: Site & { base: string } = { name: 'subpath', base: '/shuangzhuanyi/', contentDir: real.contentDir, outDir: path.join(variantsRoot, 'subpath', 'dist') };

/**
 * The variants and how to write their content folder (from a copy of content/ unless `fresh`;
 * content/ itself, with extra build environment, when there is nothing to write). `pdf`: the
 * build makes PDFs (only the sites whose tests read them).
 */
const variants: { site: Site; write?: (dir: string) => void; fresh?: boolean; pdf?: boolean; env?: Record<string, string> }[] = [
  { site: generatedSite, write: writeGeneratedSite },
  { site: variant('optional-empty'), write: writeWithoutOptional },
  { site: seedSite, write: (dir) => void writeQuotingSite(0, dir), fresh: true, pdf: true },
  { site: subpathSite, env: { SITE_BASE: subpathSite.base } },
];

/** A site's name without the seed: generated(TEST_SEED=1) → generated. */
const baseName = (name: string) => name.replace(/\(.*$/u, '');

/** Whether a site is the generated one (tests/generated/). */
export const isGenerated = (site: Site) => baseName(site.name) === generatedSite.name;

/**
 * The sites to test: all three — real, generated, optional-empty — (and TEST_EXTRA_SITE's), or those named in TEST_SITES
 * (comma-separated, e.g. TEST_SITES=real while iterating on a test).
 */
export function sites(): Site[] {
  const all = [real, ...variants.map((v) => v.site).filter((s) => s !== seedSite && s !== subpathSite)].map((s) =>
    s === generatedSite && existsSync(seedFile) ? { ...s, name: `generated(TEST_SEED=${readFileSync(seedFile, 'utf8')})` } : s,
  );
  // TEST_EXTRA_SITE=<content folder>:<built site> adds a site built elsewhere, e.g. to try the suite on a scratch copy of content/.
  const [contentDir, outDir] = process.env.TEST_EXTRA_SITE?.split(':') ?? [];
  if (contentDir && outDir) all.push({ name: 'extra', contentDir: path.resolve(contentDir), outDir: path.resolve(outDir) });
  const wanted = process.env.TEST_SITES?.split(',').map((s) => s.trim());
  return wanted ? all.filter((s) => wanted.includes(baseName(s.name))) : all;
}

/**
 * Writes each variant's content and builds it, two builds at a time (each in a root of its own,
 * tests/helpers/astro-lock.ts), beside `others` (the real site's build); called once by the
 * global setup. Throws with the failed build's output.
 */
export async function buildVariants(others: { name: string; build: () => Promise<BuildResult> }[] = []): Promise<void> {
  const wanted = new Set([...sites().map((s) => baseName(s.name)), seedSite.name, subpathSite.name]);
  const jobs = [...others];
  for (const { site, write, fresh, pdf, env } of variants.filter((v) => wanted.has(v.site.name))) {
    if (process.env.SKIP_BUILD === '1' && existsSync(path.join(site.outDir, 'index.html'))) continue;
    rmSync(path.dirname(site.outDir), { recursive: true, force: true });
    if (write) {
      mkdirSync(fresh ? site.contentDir : path.dirname(site.contentDir), { recursive: true });
      if (!fresh) cpSync(real.contentDir, site.contentDir, { recursive: true });
      write(site.contentDir);
    }
    jobs.push({
      name: `The ${site.name} site (content in ${site.contentDir})`,
      // Each site keeps its Astro cache (images, PDFs) between runs, as `npm run build` keeps the real site's: a
      // second run, or CI with node_modules kept, redraws only what changed.
      build: () =>
        runBuildAsync(
          { CONTENT_DIR: site.contentDir, OUT_DIR: site.outDir, SZY_PDF: pdf ? '1' : '0', ASTRO_CACHE_DIR: path.join(variantsRoot, '.astro', site.name), ...env },
          { inProject: false },
        ),
    });
  }
  // Two at a time, in the order above (the longest first); every build finishes before a failure is reported.
  const failures: string[] = [];
  const next = async (): Promise<void> => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const result = await job.build();
      if (result.status !== 0) failures.push(`${job.name} failed to build:\n${result.output}`);
    }
  };
  await Promise.all([next(), next()]);
  if (failures.length > 0) throw new Error(failures.join('\n\n'));
}

/** Runs `npm run new -- <type>` into a content folder with the answers as flags, as an editor would without a terminal. */
export function runNew(contentDir: string, type: string, answers: Record<string, string>): void {
  const flags = Object.entries(answers).flatMap(([name, value]) => [`--${name}`, value]);
  const result = spawnSync(process.execPath, ['scripts/new.ts', type, ...flags], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`npm run new -- ${type} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Replaces one exact passage of a file, failing loudly if a template changed under it. */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}; update tests/helpers/sites.ts`);
  writeFileSync(file, text.replace(from, to));
}

/**
 * A fictitious circular's 发文字号, title and id: obviously invented (示例, never a
 * real issuer), marked sample: true, used only in this test build.
 */
export const addition = {
  noticeId: 'shili-ceshi-tongzhi',
  docNumber: '示例经信〔2012〕901号',
  title: '关于开展示例测试工作的通知',
  issuer: '示例市经济和信息化局',
  parkId: 'shili-ceshi-yuanqu',
  parkName: '示例县测试产业园',
  documentTitle: '示例测试工作配套办法',
  /**
   * A bulletin article whose heading has quotes, as a real news article's does: its anchor
   * (items.article) is the heading's slug, without the quotes, while the page shows the
   * heading as written (the case that once turned tests/site/bulletins.test.ts red).
   */
  quotedArticle: { heading: '示例市推进“双转移”工作综述', anchor: '示例市推进双转移工作综述' },
  /** A case as the generator once wrote it (TEST_SEED=1445948896), which search did not find by its title. */
  generatedCase: {
    id: 'shili-shengcheng-anli',
    title: '973.3%“转关和重‘动经动产快构加培’”、561.1%、“考增力社施协政划作”《信保化管见实信社验点》',
    summary: '测试用示例，标题和本句取自生成的内容：管结接宣。',
  },
};

/**
 * Valid additions of every content type, each made as an editor would (`npm run new`,
 * then filling in the file), all marked sample: true where the schema has the field
 * and with invented names (示例…): a circular with two attachments, a park it
 * mentions and two cases in that park (one titled as the generator once wrote it), a dataset
 * citing the circular, a bulletin issue (with an article whose heading has quotes, and an article added to it with its own source) and a
 * policy-register document it cites.
 */
export function writeAdditions(dir: string): void {
  const a = addition;
  runNew(dir, 'notice', {
    title: a.title,
    docNumber: a.docNumber,
    issuer: a.issuer,
    addressees: '各示例单位',
    signedOn: '2012-05-10',
    publishedAt: '2012-05-11 09:00',
    sample: 'true',
    description: '测试用示例通知，不是真实文件。',
    id: a.noticeId,
  });
  const notice = path.join(dir, 'notices', `${a.noticeId}.mdx`);
  edit(notice, 'subjects: []', 'subjects: [产业转移]');
  edit(notice, 'attachments: []', 'attachments:\n  - { title: 示例附件一, anchor: 示例附件一 }\n  - { title: 示例附件二, anchor: 示例附件二 }');
  edit(
    notice,
    '（请在此处照录正文。）',
    [
      `现将示例附件印发给你们。${a.parkName}继续开展示例测试工作，共安排示例事项7项。`,
      '',
      `请按《${a.documentTitle}》办理。`,
    ].join('\n'),
  );
  appendFileSync(notice, ['', '## 示例附件一', '', '### 一、示例事项', '', '示例附件一的正文。', '', '## 示例附件二', '', '示例附件二的正文。', ''].join('\n'));

  appendFileSync(
    path.join(dir, 'parks.yaml'),
    [
      `- id: ${a.parkId}`,
      `  name: ${a.parkName}`,
      '  kind: 示例园区',
      '  transferOut: { city: guangzhou, place: 示例区 }',
      '  host: { city: zhuhai, place: 示例县 }',
      '  mentionedIn:',
      `    - docNumber: ${a.docNumber}`,
      `      quote: ${a.parkName}继续开展示例测试工作`,
      '',
    ].join('\n'),
  );
  // Cases in the park, from the circular.
  const inPark = { city: 'zhuhai', park: a.parkId, themes: 'hezuo-gongjian', year: '2012', sourceTitle: a.title, sourceDocNumber: a.docNumber, sample: 'true' };
  runNew(dir, 'case', { ...inPark, title: '示例县测试产业园的示例做法', id: 'shili-ceshi-anli' });
  // A case from the generated site of TEST_SEED=1445948896, title and all (the generator has since
  // changed): Pagefind cut its title otherwise than a query for it, so searching the exact title did
  // not find it; and its 接, a word of its own in the index, made 疫苗接种 (on no page) find it.
  runNew(dir, 'case', { ...inPark, title: a.generatedCase.title, id: a.generatedCase.id });
  edit(path.join(dir, 'cases', `${a.generatedCase.id}.mdx`), 'summary: （请用两三句话写明做了什么、成效如何。）', `summary: ${a.generatedCase.summary}`);
  runNew(dir, 'dataset', { title: '示例测试事项数', period: '2012年', source: a.docNumber, updated: '2012-06-01', id: 'shili-ceshi-shuju', sample: 'true' });
  const dataset = path.join(dir, 'datasets/shili-ceshi-shuju.yaml');
  edit(dataset, '  - { key: item, label: 项目, type: text }', '  - { key: item, label: 项目, type: text }\n  - { key: count, label: 事项数, type: number, unit: 项 }');
  edit(dataset, '  - item: （请填写项目名称）', '  - item: 示例事项\n    count: 7\n    cite:\n      count: 共安排示例事项7项');
  runNew(dir, 'bulletin', { title: '示例测试专刊', date: '2012-12-20', number: '9', serial: '99', editor: '示例编辑部', id: '2012-09', sample: 'true' });
  edit(path.join(dir, 'bulletins/2012-09.mdx'), '  # - ref: notices/yue-jingxin-yuanqu-2012-68', `  - ref: notices/${a.noticeId}`);
  edit(path.join(dir, 'bulletins/2012-09.mdx'), '  - article: 卷首语', `  - article: 卷首语\n  - article: ${a.quotedArticle.anchor}`);
  appendFileSync(path.join(dir, 'bulletins/2012-09.mdx'), ['', `## ${a.quotedArticle.heading}`, '', '示例市介绍推进“双转移”工作的做法（测试用示例）。', ''].join('\n'));
  // An article with its own source, dated to the month only, added to that issue as an editor would.
  runNew(dir, 'article', { issue: '2012-09', title: '示例日报关于示例测试的报道', sourceName: '示例日报（虚构）', sourceDate: '2012-12', slug: 'shili-ceshi-baodao', sample: 'true' });
  // The policy register has no `npm run new` type: its entries are written by hand, as the guide says.
  writeFileSync(
    path.join(dir, 'documents/shili-ceshi-banfa.yaml'),
    [
      '# 测试用示例：虚构的配套文件，只见于示例通知的引用。',
      `title: ${a.documentTitle}`,
      'description: 测试用示例文件，不是真实文件。',
      'citations:',
      `  - in: notices/${a.noticeId}`,
      `    passage: 请按《${a.documentTitle}》办理。`,
      '',
    ].join('\n'),
  );
}

/** The entries of a site's content, read by the content check's reader (independently of the build). */
export function siteEntries(site: Site): CheckedEntry[] {
  return readEntries({ root, contentDir: site.contentDir }).entries;
}

/** The datasets of a site's content (none when it has no datasets folder). */
export function siteDatasets(site: Site): ReturnType<typeof loadDatasets> {
  const dir = path.join(site.contentDir, 'datasets');
  return existsSync(dir) ? loadDatasets(dir) : [];
}

/**
 * The circular a dataset names as a source, by 发文字号 (any bracket form) or by id; `name` is
 * what a citation shows of it: its 发文字号, or its title when that is declared unknown.
 */
export function noticeNamed(entries: CheckedEntry[], ref: string): { id: string; docNumber?: string; title: string; name: string } {
  // By id first; by 发文字号 only among circulars that have one (two without one are not the same
  // circular: the generated site of TEST_SEED=970517895 named one by id, and another without a 发文字号 was taken).
  const notices = entries.filter((e) => e.collection === 'notices');
  const found =
    notices.find((e) => e.id === ref) ??
    notices.find((e) => typeof e.data?.docNumber === 'string' && normalizeDocNumber(e.data.docNumber) === normalizeDocNumber(ref));
  if (!found) throw new Error(`No circular ${ref} in the site's content`);
  const docNumber = typeof found.data!.docNumber === 'string' ? found.data!.docNumber : undefined;
  return { id: found.id, docNumber, title: String(found.data!.title), name: docNumber ?? String(found.data!.title) };
}
