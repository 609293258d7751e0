/**
 * `npm run bench [-- --docs 2000] [--no-warm] [--keep] [--generate-only DIR]`: the build benchmark.
 *
 * 1. Generates a SYNTHETIC corpus of --docs documents (default 2,000) into a temporary
 *    content folder, one generator per collection (scripts/bench/generators/).
 * 2. Builds it with the project's own `npm run build` (content check, Astro, Pagefind),
 *    pointed at that folder with CONTENT_DIR, into a temporary dist with a cold cache.
 * 3. Builds the same documents with a bare Astro 7 + MDX + Pagefind baseline
 *    (scripts/bench/baseline.ts) in a temporary folder sharing node_modules.
 * 4. Optionally rebuilds both with their cache warm (an editor's repeated build).
 * 5. Reports wall time, ms/page, peak memory, dist and Pagefind sizes, bytes for a first
 *    and a second search, gzip bytes of a typical circular page, ratios ours/baseline, and
 *    writes them with the machine's description into docs/benchmarks.md (one section per
 *    corpus size, replaced on each run of that size).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as cheerio from 'cheerio';
import { writeBaseline } from './bench/baseline.ts';
import { generators } from './bench/generators/index.ts';
import { dirBytes, filesUnder, gzipBytes, runMeasured, type RunResult } from './bench/measure.ts';
import { firstSearchSizes, measureSearchBytes, spreadOf, type FirstSearchSpread, type SearchMeasure } from './lib/search-bytes.ts';
import { measureFirstSearch, type SearchWeight } from '../tests/helpers/search-weight.ts';
import { loadQuerySet } from '../tests/helpers/search-queries.ts';
import { normalizeQueryLazy } from '../src/lib/search/query.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    'no-warm': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    /** Only write the corpus into this folder (for profiling a build by hand), then stop. */
    'generate-only': { type: 'string' },
    out: { type: 'string', default: path.join(root, 'docs/benchmarks.md') },
  },
});
const docs = Number(args.docs);
if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs must be a positive whole number, got ${args.docs}`);

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

interface Side {
  name: string;
  cold: RunResult;
  warm?: RunResult;
  dist: string;
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  searches: SearchMeasure[];
  /** Our site only: a first search as the search page makes it (its script, Pagefind, ten results). */
  pageSearches: { query: string; weight: SearchWeight }[];
  /** Pagefind's bytes (on disk) for each query of the query set as a first search. */
  setSpread: FirstSearchSpread;
  /** Our site only: the same as a reader's first search on the search page, with gzip. */
  readerSpread?: FirstSearchSpread;
  circularGzip: number;
  circularPage: string;
}

async function measureSide(name: string, command: string, cmdArgs: string[], cwd: string, circular?: string): Promise<Side> {
  // Inside the project folder: Astro's prerender step resolves packages from the output folder.
  const dist = path.join(cwd, `.bench-dist-${process.pid}`);
  try {
    return await buildAndMeasure(name, command, cmdArgs, cwd, dist, circular);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

async function buildAndMeasure(name: string, command: string, cmdArgs: string[], cwd: string, dist: string, circular?: string): Promise<Side> {
  const cache = path.join(work, `${name}-cache`);
  const env = { ...cleanEnv, CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  log(`${name}: cold build…`);
  const cold = await runMeasured(command, cmdArgs, { cwd, env });
  if (cold.status !== 0) throw new Error(`${name} build failed:\n${cold.output.slice(-4000)}`);
  log(`${name}: ${(cold.wallMs / 1000).toFixed(1)} s wall, ${(cold.cpuMs / 1000).toFixed(1)} s CPU, peak ${(cold.peakRssBytes / 2 ** 20).toFixed(0)} MiB (largest process: ${cold.largestProcess.name}, ${(cold.largestProcess.rssBytes / 2 ** 20).toFixed(0)} MiB)`);
  let warm: RunResult | undefined;
  if (!args['no-warm']) {
    log(`${name}: repeat build with the cache warm…`);
    warm = await runMeasured(command, cmdArgs, { cwd, env });
    if (warm.status !== 0) throw new Error(`${name} repeat build failed:\n${warm.output.slice(-4000)}`);
    log(`${name}: ${(warm.wallMs / 1000).toFixed(1)} s`);
  }
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
  log(`${name}: first searches for the ${QUERY_SET.length} queries of the query set…`);
  const setSpread = spreadOf(await firstSearchSizes(QUERY_SET_SENT, async (q) => (await measureSearchBytes(dist, [q]))[0]!.bytes), CLAIM_BYTES);
  // The reader's query as typed: the page normalises it itself, loading the traditional→simplified tables when needed.
  const readerSpread = ourPage ? spreadOf(await firstSearchSizes(QUERY_SET, async (q) => (await measureFirstSearch(dist, q)).totalGzip), CLAIM_BYTES) : undefined;
  return {
    name,
    cold,
    warm,
    dist,
    pages: html.length,
    distBytes: dirBytes(dist),
    pagefindBytes: dirBytes(path.join(dist, 'pagefind')),
    searches,
    pageSearches,
    setSpread,
    readerSpread,
    circularGzip: gzipBytes(text) + (css ? gzipBytes(css) : 0),
    circularPage: path.relative(dist, page),
  };
}

const ours = await measureSide('ours', 'npm', ['run', '--silent', 'build'], root);
const baselineDir = path.join(work, 'baseline');
writeBaseline(baselineDir, path.join(root, 'node_modules'), content, generators);
const baseline = await measureSide('baseline', process.execPath, ['build.mjs'], baselineDir, ours.circularPage);

// Report.
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const rows: [string, (x: Side) => number, (v: number) => string][] = [
  ['build wall time (cold cache)', (x) => x.cold.wallMs, s],
  ['CPU time, user + system (cold)', (x) => x.cold.cpuMs, s],
  ['ms per page (cold, wall)', (x) => x.cold.wallMs / x.pages, (v) => v.toFixed(1)],
  ...(args['no-warm']
    ? []
    : ([
        ['repeat build, cache warm: wall', (x: Side) => x.warm!.wallMs, s],
        ['repeat build, cache warm: CPU', (x: Side) => x.warm!.cpuMs, s],
      ] as [string, (x: Side) => number, (v: number) => string][])),
  ['peak memory (process tree RSS)', (x) => x.cold.peakRssBytes, mib],
  ['peak memory of the largest single process', (x) => x.cold.largestProcess.rssBytes, mib],
  ['pages (HTML files)', (x) => x.pages, String],
  ['dist/ size', (x) => x.distBytes, mib],
  ['Pagefind index size', (x) => x.pagefindBytes, mib],
  [`first search “${ours.searches[0]!.query}”, bytes`, (x) => x.searches[0]!.bytes, kb],
  [`second search “${ours.searches[1]!.query}”, bytes`, (x) => x.searches[1]!.bytes, kb],
  [`query set (${QUERY_SET.length} queries), first search: median bytes`, (x) => x.setSpread.median, kb],
  ['query set, first search: 90th percentile bytes', (x) => x.setSpread.p90, kb],
  [`query set, first searches under ${kb(CLAIM_BYTES)}`, (x) => x.setSpread.under, String],
  ['typical circular HTML+CSS, gzip', (x) => x.circularGzip, kb],
];
const table = [
  '| measure | ours | baseline | ours/baseline |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map(([label, get, fmt]) => `| ${label} | ${fmt(get(ours))} | ${fmt(get(baseline))} | ${ratio(get(ours), get(baseline))} |`),
];
const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (the machine is shared: figures are noisy)`;
const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const section = [
  `<!-- bench:${docs} -->`,
  `### ${docs.toLocaleString('en')} documents`,
  '',
  `Run ${when} UTC on ${machine}. Corpus: ${[...counts].map(([c, n]) => `${n} ${c}`).join(', ')}, ${(corpusBytes / 1e6).toFixed(1)} MB of MDX. Typical circular: \`${ours.circularPage}\` (median size).`,
  '',
  ...table,
  '',
  'A first search on our search page, as a reader downloads it (`measureFirstSearch`: the page\'s script, Pagefind\'s bundle, worker, WebAssembly, metadata and index chunks, ten result fragments; the filter index loads only when the filter panel is opened); gzip as a static server sends the scripts (Pagefind\'s own files are compressed already):',
  '',
  '| query | results | bytes on disk | bytes with gzip |',
  '| --- | ---: | ---: | ---: |',
  ...ours.pageSearches.map(({ query, weight }) => `| “${query}” | ${weight.results} | ${kb(weight.totalBytes)} | ${kb(weight.totalGzip)} |`),
  ...(ours.readerSpread
    ? [
        '',
        `Over the ${ours.readerSpread.queries} queries of the search-quality set (\`tests/fixtures/search-queries.yaml\`), each as a reader's first search on our page, with gzip: median ${kb(ours.readerSpread.median)}, 90th percentile ${kb(ours.readerSpread.p90)}, largest ${kb(ours.readerSpread.max)} (\`${ours.readerSpread.maxQuery}\`); ${ours.readerSpread.under} of ${ours.readerSpread.queries} under Pagefind's ${kb(CLAIM_BYTES)}.`,
      ]
    : []),
  `<!-- /bench:${docs} -->`,
].join('\n');
process.stdout.write(`\n${table.join('\n')}\n`);

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
if (marker.test(doc)) doc = doc.replace(marker, section);
else if (doc.includes('<!-- bench:end -->')) doc = doc.replace('<!-- bench:end -->', `${section}\n\n<!-- bench:end -->`);
else doc += `\n${section}\n\n<!-- bench:end -->\n`;
mkdirSync(path.dirname(args.out), { recursive: true });
writeFileSync(args.out, doc);
log(`results written to ${path.relative(root, args.out)}`);

if (args.keep) log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
