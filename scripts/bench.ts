/**
 * `npm run bench [-- --docs 2000] [--runs 3] [--warmup 1] [--no-edit] [--no-verify] [--max-load 1.5]
 * [--allow-load] [--keep] [--generate-only DIR] [--pdf-docs 20] [--pdf-runs 3]`: the build benchmark.
 *
 * 1. Generates a SYNTHETIC corpus of --docs documents (default 2,000) into a temporary
 *    content folder, one generator per collection (scripts/bench/generators/), with words
 *    drawn as often as the real content/ uses them (scripts/bench/generators/vocabulary.ts).
 * 2. Builds it alternately with the project's own `npm run build` (content check, Astro,
 *    Pagefind) and a bare Astro 7 + MDX + Pagefind baseline (scripts/bench/baseline.ts):
 *    --warmup uncounted pairs, then --runs counted pairs, ours then baseline in each (A B A B),
 *    each a cold build with a fresh output folder and a fresh cache. Before each run it waits
 *    (up to --settle seconds) for the 1-minute load average to fall to --max-load; a run that
 *    starts above it is flagged in the report, and the benchmark refuses to start above it
 *    unless --allow-load is given.
 * 3. After each cold build, an editor's edit: one circular's body changes and the same side
 *    builds again with its cache warm (--no-edit skips it). Once, ours's edited build is
 *    compared file by file with a cold build of the edited corpus (--no-verify skips it).
 * 3b. The PDF stage apart (src/lib/pdf/; the site builds above run with SZY_PDF=0, as the bare
 *    baseline makes no PDFs): scripts/bench/pdf-stage.ts prints one circular of our last build
 *    cold, then --pdf-docs circulars (default 20), alternating --pdf-runs times (default 3), each
 *    measured as a whole process tree (Chromium included); the difference of the medians gives
 *    the cost of one more document, the first run the stage's fixed cost (fonts cut down,
 *    browser start), and both the stage's cold cost at --docs documents.
 * 4. Reports medians of the counted runs and the range of the pairs' ratios for wall time,
 *    CPU time and peak memory, the sizes of the output and of the Pagefind index, bytes of a
 *    first and a second search and over the query set, and whether each target of
 *    docs/benchmarks.md is met, and writes them with the machine's description and the load
 *    averages into docs/benchmarks.md (one section per corpus size, replaced on each run).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as cheerio from 'cheerio';
import { writeBaseline } from './bench/baseline.ts';
import { generators } from './bench/generators/index.ts';
import { dirBytes, filesUnder, gzipBytes, runMeasured, treeDifferences, treeDigest, type RunResult } from './bench/measure.ts';
import { loadVerdict, median, pairedSummary, runOrder } from './bench/stats.ts';
import { searchVariants } from './bench/search-variants.ts';
import { distParts, FILE_KINDS, pageParts } from './bench/dist-parts.ts';
import { firstSearchSizes, measureSearchBytes, spreadOf, type FirstSearchSpread, type SearchMeasure } from './lib/search-bytes.ts';
import { measureFirstSearch, type SearchWeight } from '../tests/helpers/search-weight.ts';
import { loadQuerySet } from '../tests/helpers/search-queries.ts';
import { normalizeQueryLazy } from '../src/lib/search/query.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    'no-edit': { type: 'boolean', default: false },
    'no-verify': { type: 'boolean', default: false },
    'max-load': { type: 'string', default: '1.5' },
    /** Seconds to wait, before each run, for the load average to fall to --max-load. */
    settle: { type: 'string', default: '240' },
    'allow-load': { type: 'boolean', default: false },
    /** Circulars the PDF stage prints in its measurement (scripts/bench/pdf-stage.ts); 0 skips it. */
    'pdf-docs': { type: 'string', default: '20' },
    /** Alternating pairs of PDF stage runs (one circular, then --pdf-docs); medians are reported. */
    'pdf-runs': { type: 'string', default: '3' },
    /** Also measure variants of our search index (chunk sizes, without index-only terms): bytes only. */
    'search-variants': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    /** Only write the corpus into this folder (for profiling a build by hand), then stop. */
    'generate-only': { type: 'string' },
    out: { type: 'string', default: path.join(root, 'docs/benchmarks.md') },
  },
});
const docs = Number(args.docs);
const runs = Number(args.runs);
const warmup = Number(args.warmup);
const maxLoad = Number(args['max-load']);
const settleMs = Number(args.settle) * 1000;
if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs must be a positive whole number, got ${args.docs}`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, got ${args.runs}`);
if (!Number.isInteger(warmup) || warmup < 0) throw new Error(`--warmup must be a whole number, got ${args.warmup}`);

const work = mkdtempSync(path.join(os.tmpdir(), 'szy-bench-'));
const content = args['generate-only'] ? path.resolve(args['generate-only']) : path.join(work, 'content');
const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_') && k !== 'INIT_CWD'));

// 1. The corpus, shared round-robin among the generators.
const counts = new Map<string, number>();
for (let i = 0; i < docs; i++) {
  const generator = generators[i % generators.length]!;
  const n = counts.get(generator.collection) ?? 0;
  counts.set(generator.collection, n + 1);
  const { file, text } = generator.generate(n);
  const dir = path.join(content, generator.dir);
  if (n === 0) mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, file), text);
}
const corpusBytes = dirBytes(content);
log(`corpus: ${docs} synthetic documents (${[...counts].map(([c, n]) => `${c} ${n}`).join(', ')}), ${(corpusBytes / 1e6).toFixed(1)} MB in ${content}`);
if (args['generate-only']) {
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

/** Queries for the search page's first-search weight: a term on every page, a title word, a place no page names. */
const PAGE_QUERIES = ['产业转移', '环境影响评价', '英德'];
/** Pagefind's claim for a first search on a 10,000-page site: "under 300kB". */
const CLAIM_BYTES = 300_000;
/** The search-quality query set (tests/fixtures/search-queries.yaml): real readers' queries, as typed. */
const QUERY_SET = loadQuerySet().map((c) => c.q);
/** The same, as our search page sends them to Pagefind (what both sites are searched with). */
const QUERY_SET_SENT = await Promise.all(QUERY_SET.map((q) => normalizeQueryLazy(q)));

type SideName = 'ours' | 'baseline';
interface SideSpec {
  name: SideName;
  command: string;
  args: string[];
  cwd: string;
}
const baselineDir = path.join(work, 'baseline');
writeBaseline(baselineDir, path.join(root, 'node_modules'), content, generators);
const specs: Record<SideName, SideSpec> = {
  ours: { name: 'ours', command: 'npm', args: ['run', '--silent', 'build'], cwd: root },
  baseline: { name: 'baseline', command: process.execPath, args: ['build.mjs'], cwd: baselineDir },
};

/** One run of one side: a cold build, then (unless --no-edit) an editor's edit built with the cache warm. */
interface Run {
  side: SideName;
  pair: number;
  counted: boolean;
  loadBefore: number[];
  loadAfter: number[];
  /** The run started with the 1-minute load above --max-load. */
  busy: boolean;
  cold: RunResult;
  edit?: RunResult;
  distBytes: number;
  pagefindBytes: number;
  pages: number;
  /** Digest of the whole cold output: equal between runs of a side when its build is deterministic. */
  digest: string;
  /** Ours only: the cold and the edited build's stages. */
  profile?: { cold: Profile; edit: Profile };
  /** Pages the edited build copied from the incremental-build cache. */
  restored?: number;
}

/** What is measured once per side, on the output of its last counted cold build (byte counts do not vary between runs). */
interface SearchSide {
  searches: SearchMeasure[];
  /** Our site only: a first search as the search page makes it (its script, Pagefind, ten results). */
  pageSearches: { query: string; weight: SearchWeight }[];
  /** Pagefind's bytes (on disk) for each query of the query set as a first search. */
  setSpread: FirstSearchSpread;
  /** Our site only: the same as a reader's first search on the search page, with gzip. */
  readerSpread?: FirstSearchSpread;
  circularGzip: number;
  circularPage: string;
  /** The output's bytes by kind of file. */
  files: { kind: string; bytes: number }[];
  /** The typical circular's HTML by part, and its whole size. */
  page: { parts: { part: string; bytes: number }[]; bytes: number };
}

const loads = () => os.loadavg().map((l) => Number(l.toFixed(2)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits up to --settle for the 1-minute load to fall to --max-load; returns the load averages then. */
async function settle(): Promise<{ load: number[]; busy: boolean }> {
  const until = Date.now() + settleMs;
  while (loadVerdict(os.loadavg()[0]!, maxLoad) === 'busy' && Date.now() < until) await sleep(5000);
  const load = loads();
  return { load, busy: loadVerdict(load[0]!, maxLoad) === 'busy' };
}

{
  const { load, busy } = await settle();
  if (busy && !args['allow-load']) {
    process.stderr.write(`[bench] REFUSED: 1-minute load average ${load[0]} is above ${maxLoad} after waiting ${settleMs / 1000} s; other work on this machine would decide the figures. Run again when it is quiet, or pass --allow-load to run anyway (every such run is flagged in the report).\n`);
    rmSync(work, { recursive: true, force: true });
    process.exit(2);
  }
}

/** The circular an editor edits: the one in the middle of the corpus. */
const editedFile = (() => {
  const dir = path.join(content, 'notices');
  const files = filesUnder(dir).sort();
  return files[Math.floor(files.length / 2)]!;
})();
const editedOriginal = readFileSync(editedFile, 'utf8');
const EDIT = '\n合成测试：本段模拟编辑者对正文的一处修改，用于测量增量构建。\n';

/** Our build's stages (src/integrations/build-profile.ts), one file per build: CPU and wall time each. */
type Profile = { stage: string; cpuMs: number; wallMs: number }[];
const readProfile = (file: string): Profile =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Profile[number])
    : [];
const build = (spec: SideSpec, dist: string, cache: string, profile?: string) =>
  runMeasured(spec.command, spec.args, {
    cwd: spec.cwd,
    // SZY_PDF=0: the site build is compared with the bare baseline; the PDF stage is measured apart.
    env: { ...cleanEnv, CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SZY_PDF: '0', ...(profile ? { SZY_PROFILE: profile } : {}) },
  });
/** Pages Astro copied from its incremental-build cache instead of rendering them, from its log. */
const restoredPages = (output: string) => (output.match(/ \((?:restored|cached)\)/gu) ?? []).length;
const summary = (r: RunResult) => `${(r.wallMs / 1000).toFixed(1)} s wall, ${(r.cpuMs / 1000).toFixed(1)} s CPU, peak ${(r.peakRssBytes / 2 ** 20).toFixed(0)} MiB (largest process: ${r.largestProcess.name}, ${(r.largestProcess.rssBytes / 2 ** 20).toFixed(0)} MiB)`;
function mustPass(r: RunResult, what: string): void {
  if (r.status !== 0) throw new Error(`${what} failed:\n${r.output.slice(-4000)}`);
}

const runs_: Run[] = [];
/** The kept output of each side's last counted cold build, for the byte measures. */
const kept: Partial<Record<SideName, string>> = {};
let editCheck: { identical: boolean; differences: string[]; files: number } | undefined;
const order = runOrder(runs, warmup);
const lastCounted = (side: SideName) => order.filter((o) => o.side === side && o.counted).at(-1)!.pair;
for (const [n, step] of order.entries()) {
  const spec = specs[step.side];
  const label = `${step.side} ${step.counted ? `run ${step.pair + 1}/${runs}` : 'warm-up'}`;
  // Inside the project folder: Astro's prerender step resolves packages from the output folder.
  const dist = path.join(spec.cwd, `.bench-dist-${process.pid}-${n}`);
  const cache = path.join(work, `cache-${n}`);
  const { load: loadBefore, busy } = await settle();
  if (busy) log(`WARNING: ${label} starts at load ${loadBefore.join(' / ')}, above --max-load ${maxLoad}: its figures are flagged in the report.`);
  log(`${label}: cold build (load ${loadBefore.join(' / ')})…`);
  const profileFile = step.side === 'ours' ? path.join(work, `profile-${n}`) : undefined;
  const cold = await build(spec, dist, cache, profileFile && `${profileFile}-cold`);
  mustPass(cold, `${label} build`);
  log(`${label}: ${summary(cold)}`);
  const html = filesUnder(dist).filter((f) => f.endsWith('.html'));
  const run: Run = { side: step.side, pair: step.pair, counted: step.counted, loadBefore, loadAfter: loads(), busy, cold, distBytes: dirBytes(dist), pagefindBytes: dirBytes(path.join(dist, 'pagefind')), pages: html.length, digest: treeDigest(dist) };
  if (!args['no-edit']) {
    const edited = `${dist}-edit`;
    writeFileSync(editedFile, editedOriginal + EDIT);
    try {
      log(`${label}: one circular's body edited, build with the cache warm…`);
      run.edit = await build(spec, edited, cache, profileFile && `${profileFile}-edit`);
      mustPass(run.edit, `${label} edited build`);
      run.restored = restoredPages(run.edit.output);
      log(`${label}: edited build ${summary(run.edit)}; ${run.restored} pages restored from the incremental cache`);
      if (step.side === 'ours' && step.pair === lastCounted('ours') && !args['no-verify']) {
        log(`${label}: cold build of the edited corpus, to compare with the edited build file by file…`);
        const fresh = `${dist}-fresh`;
        const freshBuild = await build(spec, fresh, `${cache}-fresh`);
        mustPass(freshBuild, 'cold build of the edited corpus');
        const differences = treeDifferences(edited, fresh);
        editCheck = { identical: differences.length === 0, differences, files: filesUnder(fresh).length };
        log(`${label}: edited build against a cold build: ${editCheck.identical ? `identical (${editCheck.files} files)` : `${differences.length} files differ: ${differences.slice(0, 10).join(', ')}`}`);
        rmSync(fresh, { recursive: true, force: true });
        rmSync(`${cache}-fresh`, { recursive: true, force: true });
      }
    } finally {
      writeFileSync(editedFile, editedOriginal);
      rmSync(edited, { recursive: true, force: true });
    }
  }
  run.loadAfter = loads();
  if (profileFile) run.profile = { cold: readProfile(`${profileFile}-cold`), edit: readProfile(`${profileFile}-edit`) };
  runs_.push(run);
  rmSync(cache, { recursive: true, force: true });
  if (step.counted && step.pair === lastCounted(step.side)) kept[step.side] = dist;
  else rmSync(dist, { recursive: true, force: true });
}

async function measureBytes(dist: string, circular?: string): Promise<SearchSide> {
  const html = filesUnder(dist).filter((f) => f.endsWith('.html'));
  // A typical circular: the page of median size among the circulars, unless one is named.
  const circulars = html.filter((f) => /\/notices\/synthetic-\d+\/index\.html$/u.test(f)).sort((a, b) => statSync(a).size - statSync(b).size || a.localeCompare(b));
  const page = circular ? path.join(dist, circular) : circulars[Math.floor(circulars.length / 2)]!;
  const text = readFileSync(page, 'utf8');
  const css = cheerio
    .load(text)('link[rel="stylesheet"]')
    .map((_, el) => readFileSync(path.join(dist, cheerio.load(el)('link').attr('href')!.split('?')[0]!), 'utf8'))
    .get()
    .join('');
  const searches = await measureSearchBytes(dist, ['产业转移', '劳动力技能培训']);
  // One after another: each loads Pagefind afresh, as a reader's first search would.
  const pageSearches: { query: string; weight: SearchWeight }[] = [];
  const ourPage = existsSync(path.join(dist, 'search/index.html'));
  if (ourPage) for (const query of PAGE_QUERIES) pageSearches.push({ query, weight: await measureFirstSearch(dist, query) });
  log(`first searches for the ${QUERY_SET.length} queries of the query set in ${path.basename(dist)}…`);
  const setSpread = spreadOf(await firstSearchSizes(QUERY_SET_SENT, async (q) => (await measureSearchBytes(dist, [q]))[0]!.bytes), CLAIM_BYTES);
  // The reader's query as typed: the page normalises it itself, loading the traditional→simplified tables when needed.
  const readerSpread = ourPage ? spreadOf(await firstSearchSizes(QUERY_SET, async (q) => (await measureFirstSearch(dist, q)).totalGzip), CLAIM_BYTES) : undefined;
  const files = distParts(filesUnder(dist).map((f) => ({ file: path.relative(dist, f).split(path.sep).join('/'), bytes: statSync(f).size })));
  return { searches, pageSearches, setSpread, readerSpread, circularGzip: gzipBytes(text) + (css ? gzipBytes(css) : 0), circularPage: path.relative(dist, page), files, page: { parts: pageParts(text), bytes: Buffer.byteLength(text) } };
}

/**
 * The PDF stage alone over our last build: one circular and --pdf-docs circulars, alternating
 * (1, N, 1, N …) --pdf-runs times, each a cold process tree; medians of each.
 */
async function measurePdfStage(dist: string, count: number, pairs: number) {
  const one = async (n: number) => {
    await settle();
    const r = await runMeasured(process.execPath, [path.join(root, 'scripts/bench/pdf-stage.ts'), dist, String(n)], { cwd: root, env: cleanEnv });
    mustPass(r, `PDF stage over ${n} circulars`);
    return { ...r, ...(JSON.parse(r.output.trim().split('\n').at(-1)!) as { documents: number; pages: number; bytes: number }), load: loads() };
  };
  const runsOf: Record<'first' | 'many', Awaited<ReturnType<typeof one>>[]> = { first: [], many: [] };
  for (let i = 0; i < pairs; i++) {
    log(`PDF stage (${i + 1}/${pairs}): one circular, cold…`);
    runsOf.first.push(await one(1));
    log(`PDF stage (${i + 1}/${pairs}): ${count} circulars, cold…`);
    runsOf.many.push(await one(count));
  }
  const medianRun = (rs: Awaited<ReturnType<typeof one>>[]) => ({ ...rs.at(-1)!, cpuMs: median(rs.map((r) => r.cpuMs)), wallMs: median(rs.map((r) => r.wallMs)) });
  const first = medianRun(runsOf.first);
  const many = medianRun(runsOf.many);
  const perDoc = { cpuMs: (many.cpuMs - first.cpuMs) / (count - 1), wallMs: (many.wallMs - first.wallMs) / (count - 1) };
  const fixed = { cpuMs: first.cpuMs - perDoc.cpuMs, wallMs: first.wallMs - perDoc.wallMs };
  return { first, many, perDoc, fixed, count, pairs };
}
const pdfDocs = Number(args['pdf-docs']);
const pdfStage = pdfDocs > 1 ? await measurePdfStage(kept.ours!, pdfDocs, Number(args['pdf-runs'])) : undefined;

const oursBytes = await measureBytes(kept.ours!);
const baselineBytes = await measureBytes(kept.baseline!, oursBytes.circularPage);
const variants = args['search-variants'] ? await searchVariants(kept.ours!, work, QUERY_SET_SENT, CLAIM_BYTES, [2_500, 10_000, 20_000], log) : [];
for (const dir of Object.values(kept)) rmSync(dir, { recursive: true, force: true });

// Report.
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const x2 = (r: number) => `${r.toFixed(2)}×`;
const counted = (side: SideName) => runs_.filter((r) => r.side === side && r.counted);
const paired = (get: (r: Run) => number) => pairedSummary(counted('ours').map(get), counted('baseline').map(get));
const hasEdit = !args['no-edit'];
const buildRows: [string, (r: Run) => number, (v: number) => string][] = [
  ['build wall time (cold cache)', (r) => r.cold.wallMs, s],
  ['CPU time, user + system (cold)', (r) => r.cold.cpuMs, s],
  ['ms per page (cold, wall)', (r) => r.cold.wallMs / r.pages, (v) => v.toFixed(1)],
  ['peak memory (process tree RSS)', (r) => r.cold.peakRssBytes, mib],
  ['peak memory of the largest single process', (r) => r.cold.largestProcess.rssBytes, mib],
  ...(hasEdit
    ? ([
        ['one circular edited, cache warm: wall', (r: Run) => r.edit!.wallMs, s],
        ['one circular edited, cache warm: CPU', (r: Run) => r.edit!.cpuMs, s],
      ] as [string, (r: Run) => number, (v: number) => string][])
    : []),
  ['pages (HTML files)', (r) => r.pages, String],
  ['dist/ size', (r) => r.distBytes, mib],
  ['Pagefind index size', (r) => r.pagefindBytes, mib],
];
const byteRows: [string, (x: SearchSide) => number, (v: number) => string][] = [
  [`first search “${oursBytes.searches[0]!.query}”, bytes`, (x) => x.searches[0]!.bytes, kb],
  [`second search “${oursBytes.searches[1]!.query}”, bytes`, (x) => x.searches[1]!.bytes, kb],
  [`query set (${QUERY_SET.length} queries), first search: median bytes`, (x) => x.setSpread.median, kb],
  ['query set, first search: 90th percentile bytes', (x) => x.setSpread.p90, kb],
  [`query set, first searches under ${kb(CLAIM_BYTES)}`, (x) => x.setSpread.under, String],
  ['typical circular HTML+CSS, gzip', (x) => x.circularGzip, kb],
];
const table = [
  `| measure | ours (median of ${runs}) | baseline (median of ${runs}) | ours/baseline, medians | pairs' ratios, min–max |`,
  '| --- | ---: | ---: | ---: | ---: |',
  ...buildRows.map(([label, get, fmt]) => {
    const p = paired(get);
    return `| ${label} | ${fmt(p.ours)} | ${fmt(p.baseline)} | ${x2(p.ratio)} | ${x2(p.ratioMin)}–${x2(p.ratioMax)} |`;
  }),
  ...byteRows.map(([label, get, fmt]) => `| ${label} | ${fmt(get(oursBytes))} | ${fmt(get(baselineBytes))} | ${x2(get(oursBytes) / get(baselineBytes))} | (bytes: measured once) |`),
];
const editShare = hasEdit ? counted('ours').map((r) => r.edit!.wallMs / r.cold.wallMs) : [];
const wall = paired((r) => r.cold.wallMs);
const cpu = paired((r) => r.cold.cpuMs);
const peak = paired((r) => r.cold.peakRssBytes);
const size = paired((r) => r.distBytes);
const sumBytes = (parts: { bytes: number }[]) => parts.reduce((sum, p) => sum + p.bytes, 0);
/** The site's own files: every kind but the server's precompressed copies (FILE_KINDS[0]). */
const served = (parts: { kind: string; bytes: number }[]) => parts.filter((p) => p.kind !== FILE_KINDS[0]!.kind);
const met = (ok: boolean) => (ok ? '**met**' : '**not met**');
const pct = (v: number) => `${(v * 100).toFixed(0)} %`;
const targets = [
  `- Cold build wall ≤ 1.0× the baseline: ${met(wall.ratio <= 1)} (${x2(wall.ratio)}, pairs ${x2(wall.ratioMin)}–${x2(wall.ratioMax)}).`,
  `- Cold build CPU ≤ 1.15× the baseline: ${met(cpu.ratio <= 1.15)} (${x2(cpu.ratio)}, pairs ${x2(cpu.ratioMin)}–${x2(cpu.ratioMax)}).`,
  `- Peak memory ≤ the baseline's: ${met(peak.ratio <= 1)} (${x2(peak.ratio)}, pairs ${x2(peak.ratioMin)}–${x2(peak.ratioMax)}).`,
  ...(hasEdit
    ? [
        `- An editor's edit rebuilt in ≤ 20 % of the cold wall time: ${met(median(editShare) <= 0.2)} (median ${pct(median(editShare))}, runs ${pct(Math.min(...editShare))}–${pct(Math.max(...editShare))}).`,
        editCheck
          ? `- The edited build equals a cold build of the edited corpus byte for byte: ${met(editCheck.identical)} (${editCheck.identical ? `${editCheck.files} files compared` : `${editCheck.differences.length} of ${editCheck.files} files differ, e.g. ${editCheck.differences.slice(0, 5).map((f) => `\`${f}\``).join(', ')}`}).`
          : '- The edited build against a cold build: not compared in this run (--no-verify).',
      ]
    : []),
  `- dist/ ≤ 2× the baseline: ${met(size.ratio <= 2)} (${x2(size.ratio)}; without our precompressed copies for the server, which the baseline does not make, ${x2(sumBytes(served(oursBytes.files)) / sumBytes(served(baselineBytes.files)))}).`,
  `- First search no heavier than bare Pagefind's over the query set: median ${met(oursBytes.setSpread.median <= baselineBytes.setSpread.median)} (${kb(oursBytes.setSpread.median)} against ${kb(baselineBytes.setSpread.median)}), 90th percentile ${met(oursBytes.setSpread.p90 <= baselineBytes.setSpread.p90)} (${kb(oursBytes.setSpread.p90)} against ${kb(baselineBytes.setSpread.p90)}), under ${kb(CLAIM_BYTES)} ${met(oursBytes.setSpread.under >= baselineBytes.setSpread.under)} (${oursBytes.setSpread.under} against ${baselineBytes.setSpread.under}).`,
];
const runTable = [
  '| run | side | load at start (1 / 5 / 15 min) | load at end | cold wall | cold CPU | peak | edited: wall | edited: CPU | output digest |',
  '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...runs_.map(
    (r) =>
      `| ${r.counted ? r.pair + 1 : 'warm-up'} | ${r.side} | ${r.loadBefore.join(' / ')}${r.busy ? ' ⚠ busy' : ''} | ${r.loadAfter.join(' / ')} | ${s(r.cold.wallMs)} | ${s(r.cold.cpuMs)} | ${mib(r.cold.peakRssBytes)} | ${r.edit ? s(r.edit.wallMs) : '—'} | ${r.edit ? s(r.edit.cpuMs) : '—'} | \`${r.digest}\` |`,
  ),
];
const flagged = runs_.filter((r) => r.counted && r.busy).length;
// Our build's stages: medians over the counted runs (CPU time is the steady measure on a shared machine).
const profiled = counted('ours').filter((r) => r.profile && r.profile.cold.length > 0);
const stages = profiled[0]?.profile!.cold.map((p) => p.stage) ?? [];
const stageMedian = (kind: 'cold' | 'edit', stage: string, key: 'cpuMs' | 'wallMs') => {
  const values = profiled.map((r) => r.profile![kind].find((p) => p.stage === stage)?.[key]).filter((v): v is number => v !== undefined);
  return values.length > 0 ? s(median(values)) : '—';
};
const profileTable =
  stages.length === 0
    ? []
    : [
        '',
        `Where our build's time goes (\`src/integrations/build-profile.ts\`, \`scripts/build.ts\`; medians of the ${profiled.length} counted runs; the Astro stages are within “astro build, whole process”):`,
        '',
        '| stage | cold: CPU | cold: wall | edited: CPU | edited: wall |',
        '| --- | ---: | ---: | ---: | ---: |',
        ...stages.map((stage) => `| ${stage} | ${stageMedian('cold', stage, 'cpuMs')} | ${stageMedian('cold', stage, 'wallMs')} | ${stageMedian('edit', stage, 'cpuMs')} | ${stageMedian('edit', stage, 'wallMs')} |`),
      ];
const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const section = [
  `<!-- bench:${docs} -->`,
  `### ${docs.toLocaleString('en')} documents`,
  '',
  `Run ${when} UTC on ${machine}. ${warmup} warm-up pair${warmup === 1 ? '' : 's'}, then ${runs} counted pairs, alternating (ours, baseline, ours, baseline …), each a cold build with fresh output and cache folders${hasEdit ? ", then the same side's build after one circular's body was edited (cache warm)" : ''}. Each run waited for the 1-minute load average to fall to ${maxLoad}; ${flagged === 0 ? 'every counted run started at or below it.' : `**${flagged} counted run${flagged === 1 ? '' : 's'} started above it (⚠ below): the machine was busy, and the figures are not reliable.**`} Corpus: ${[...counts].map(([c, n]) => `${n} ${c}`).join(', ')}, ${(corpusBytes / 1e6).toFixed(1)} MB of MDX. Typical circular: \`${oursBytes.circularPage}\` (median size).`,
  '',
  ...table,
  '',
  'Targets (docs/benchmarks.md, issue 15):',
  '',
  ...targets,
  '',
  'Runs, in the order they ran (the output digest is the same in every run of a side whose build is deterministic):',
  '',
  ...runTable,
  ...(hasEdit ? ['', `The edited build copied ${median(counted('ours').map((r) => r.restored ?? 0))} pages (median) from Astro's incremental-build cache instead of rendering them.`] : []),
  ...profileTable,
  '',
  `Where the output's bytes go (the last counted cold build of each side; a file counts in the first kind that fits it):`,
  '',
  '| kind of file | ours | baseline | ours − baseline |',
  '| --- | ---: | ---: | ---: |',
  ...oursBytes.files.map(({ kind, bytes }, i) => `| ${kind} | ${mib(bytes)} | ${mib(baselineBytes.files[i]!.bytes)} | ${mib(bytes - baselineBytes.files[i]!.bytes)} |`),
  `| all of dist/ | ${mib(sumBytes(oursBytes.files))} | ${mib(sumBytes(baselineBytes.files))} | ${x2(sumBytes(oursBytes.files) / sumBytes(baselineBytes.files))} |`,
  `| dist/ without the precompressed copies | ${mib(sumBytes(served(oursBytes.files)))} | ${mib(sumBytes(served(baselineBytes.files)))} | ${x2(sumBytes(served(oursBytes.files)) / sumBytes(served(baselineBytes.files)))} |`,
  '',
  `The typical circular's HTML (\`${oursBytes.circularPage}\`), by part (\`scripts/bench/dist-parts.ts\`; bytes as written, before compression); the baseline's page for the same document is ${kb(baselineBytes.page.bytes)}: its title, a \`<main>\` and the text:`,
  '',
  '| part of the page | bytes | share |',
  '| --- | ---: | ---: |',
  ...oursBytes.page.parts.map(({ part, bytes }) => `| ${part} | ${kb(bytes)} | ${pct(bytes / oursBytes.page.bytes)} |`),
  `| the whole page | ${kb(oursBytes.page.bytes)} | 100 % |`,
  ...(variants.length > 0
    ? [
        '',
        `Our search index in variants, over the same built site (\`scripts/bench/search-variants.ts\`; Pagefind's bytes for each query of the set as a first search, on disk; the baseline's: median ${kb(baselineBytes.setSpread.median)}, 90th percentile ${kb(baselineBytes.setSpread.p90)}, ${baselineBytes.setSpread.under} under ${kb(CLAIM_BYTES)}):`,
        '',
        '| variant | index size | index chunks | median | 90th percentile | under 300 kB | indexing, wall |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        ...variants.map((v) => `| ${v.name} | ${mib(v.indexBytes)} | ${v.chunks} | ${kb(v.spread.median)} | ${kb(v.spread.p90)} | ${v.spread.under} of ${v.spread.queries} | ${v.indexMs === undefined ? '(see stages)' : s(v.indexMs)} |`),
      ]
    : []),
  '',
  'A first search on our search page, as a reader downloads it (`measureFirstSearch`: the page\'s script, Pagefind\'s bundle, worker, WebAssembly, metadata and index chunks, ten result fragments; the filter index loads only when the filter panel is opened); gzip as a static server sends the scripts (Pagefind\'s own files are compressed already):',
  '',
  '| query | results | bytes on disk | bytes with gzip |',
  '| --- | ---: | ---: | ---: |',
  ...oursBytes.pageSearches.map(({ query, weight }) => `| “${query}” | ${weight.results} | ${kb(weight.totalBytes)} | ${kb(weight.totalGzip)} |`),
  ...(oursBytes.readerSpread
    ? [
        '',
        `Over the ${oursBytes.readerSpread.queries} queries of the search-quality set (\`tests/fixtures/search-queries.yaml\`), each as a reader's first search on our page, with gzip: median ${kb(oursBytes.readerSpread.median)}, 90th percentile ${kb(oursBytes.readerSpread.p90)}, largest ${kb(oursBytes.readerSpread.max)} (\`${oursBytes.readerSpread.maxQuery.replaceAll('`', 'ˋ')}\`); ${oursBytes.readerSpread.under} of ${oursBytes.readerSpread.queries} under Pagefind's ${kb(CLAIM_BYTES)}.`,
      ]
    : []),
  ...(pdfStage
    ? [
        '',
        `The PDF stage, apart from the site build (\`scripts/bench/pdf-stage.ts\` over our last build: fonts cut down, Chromium's \`page.pdf\` over the print stylesheet, then the metadata and fixed dates written in place; each run a whole cold process tree, fresh font cache, browser start included, CPU ${pdfStage.many.cpuFrom === 'cgroup' ? 'counted in a cgroup of its own (every process, the one Chromium starts to compose each PDF included)' : 'sampled from /proc every 100 ms (no cgroup could be made: the processes Chromium starts for each PDF are mostly missed, so CPU is understated)'}; medians of ${pdfStage.pairs} alternating pairs; load after the last: ${pdfStage.many.load.join(' / ')}):`,
        '',
        '| run | documents | PDF pages | PDF bytes | wall | CPU |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        ...[pdfStage.first, pdfStage.many].map((r) => `| ${r.documents === 1 ? 'one circular' : `${r.documents} circulars`} | ${r.documents} | ${r.pages} | ${mib(r.bytes)} | ${s(r.wallMs)} | ${s(r.cpuMs)} |`),
        `| one more document (difference) | 1 | ${((pdfStage.many.pages - pdfStage.first.pages) / (pdfStage.count - 1)).toFixed(1)} | ${kb((pdfStage.many.bytes - pdfStage.first.bytes) / (pdfStage.count - 1))} | ${pdfStage.perDoc.wallMs.toFixed(0)} ms | ${pdfStage.perDoc.cpuMs.toFixed(0)} ms |`,
        '',
        `Cold, at ${docs.toLocaleString('en')} documents: about ${s(pdfStage.fixed.wallMs + docs * pdfStage.perDoc.wallMs)} wall and ${s(pdfStage.fixed.cpuMs + docs * pdfStage.perDoc.cpuMs)} CPU (fixed cost ${s(pdfStage.fixed.cpuMs)} CPU plus ${pdfStage.perDoc.cpuMs.toFixed(0)} ms CPU a document). Target: at most 60 ms a document on two cores — by wall time ${pdfStage.perDoc.wallMs <= 60 ? '**met**' : `**not met** (${(pdfStage.perDoc.wallMs / 60).toFixed(1)}× over)`}; by CPU time spread over both cores (${(pdfStage.perDoc.cpuMs / 2).toFixed(0)} ms, the steadier figure on a shared machine) ${pdfStage.perDoc.cpuMs / 2 <= 60 ? '**met**' : `**not met** (${(pdfStage.perDoc.cpuMs / 120).toFixed(1)}× over)`}. Warm, a build prints only the documents whose page changed (the cache in \`node_modules/.astro/szy-pdf/\`).`,
      ]
    : []),
  `<!-- /bench:${docs} -->`,
].join('\n');
process.stdout.write(`\n${table.join('\n')}\n\n${targets.join('\n')}\n\n${runTable.join('\n')}\n${profileTable.join('\n')}\n`);

const header = `# Benchmarks

Figures written by \`npm run bench\` and \`npm run lighthouse\`; see the text around them for how they are measured.

## Build benchmark
`;
let doc = (() => {
  try {
    return readFileSync(args.out, 'utf8');
  } catch {
    return header;
  }
})();
const marker = new RegExp(`<!-- bench:${docs} -->[\\s\\S]*?<!-- /bench:${docs} -->`, 'u');
if (marker.test(doc)) doc = doc.replace(marker, () => section);
else if (doc.includes('<!-- bench:end -->')) doc = doc.replace('<!-- bench:end -->', () => `${section}\n\n<!-- bench:end -->`);
else doc += `\n${section}\n\n<!-- bench:end -->\n`;
mkdirSync(path.dirname(args.out), { recursive: true });
writeFileSync(args.out, doc);
log(`results written to ${path.relative(root, args.out)}`);

if (args.keep) log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
