/**
 * `npm run bench:3g [-- --runs 3] [--query 产业转移] [--no-write] [--waterfall] [--dist DIR]`: how soon a reader on a slow
 * phone network sees something, on the built dist/ served from loopback by nginx with the site's
 * own configuration (as `npm run lighthouse` serves it), in Debian's Chromium throttled to
 * DevTools' "Fast 3G" preset through CDP (Network.emulateNetworkConditions: 562.5 ms round trip,
 * 1.44 Mbit/s down, 675 kbit/s up), cache disabled, a fresh browser context per run.
 *
 * Measures, from the start of navigation: on `/search/?q=…`, when the first result (a linked
 * title in the list) is on screen; on the home page and the typical circular
 * (tests/fixtures/page-types.ts), the first contentful paint and the load event. Prints each run
 * and the medians, and writes the medians into docs/benchmarks.md between
 * `<!-- search-3g -->` markers. Run `npm run build` first. `--dist DIR` measures another build
 * (e.g. one of the main branch, built with OUT_DIR=DIR) and writes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { pageTypes } from '../../tests/fixtures/page-types.ts';
import { launchBrowser, serve } from '../../tests/helpers/browser.ts';
import { median } from './stats.ts';

/** DevTools' "Fast 3G" preset (Chromium's front end, NetworkManager: 1.6 Mbit/s and 750 kbit/s at 90 %, 150 ms × 3.75). */
export const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1000 * 1000) / 8 * 0.9, uploadThroughput: (750 * 1000) / 8 * 0.9 } as const;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dist = path.join(root, 'dist');
const doc = path.join(root, 'docs/benchmarks.md');

interface Timing {
  /** First contentful paint, ms after navigation start. */
  fcp: number;
  /** The load event, ms after navigation start. */
  load: number;
  /** On the search page: the first result on screen, ms after navigation start. */
  firstResult?: number;
  /** Requests the page made until then. */
  requests: number;
}

/** Loads `url` once, cold and throttled, and times it. */
async function measure(browser: Browser, url: string, search: boolean): Promise<Timing> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  let requests = 0;
  page.on('request', () => {
    requests += 1;
  });
  if (args.waterfall) {
    const started = Date.now();
    const asked = new Map<object, number>();
    page.on('request', (r) => asked.set(r, Date.now() - started));
    page.on('requestfinished', (r) => {
      const url = new URL(r.url());
      process.stdout.write(`  ${String(asked.get(r)).padStart(5)} → ${String(Date.now() - started).padStart(5)} ms  ${url.pathname}${url.search}\n`);
    });
  }
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const firstResult = search
    ? await (await page.waitForFunction(() => (document.querySelector('#search-list > li h3 a')?.checkVisibility() ? performance.now() : false), undefined, { polling: 'raf', timeout: 60_000 })).jsonValue()
    : undefined;
  // The first paint may come after the load event: wait for its entry.
  const paints = await page.evaluate(async () => ({
    fcp: await new Promise<number>((resolve) => {
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
    }),
    load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
  }));
  const counted = requests;
  await context.close();
  return { ...paints, ...(firstResult === undefined ? {} : { firstResult: Number(firstResult) }), requests: counted };
}

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    query: { type: 'string', default: '产业转移' },
    'no-write': { type: 'boolean', default: false },
    /** Print each request as it finishes (ms after the navigation began): where the time goes. */
    waterfall: { type: 'boolean', default: false },
    /** Another built site to measure (not written into docs/benchmarks.md). */
    dist: { type: 'string' },
  },
});
if (args.dist) dist = path.resolve(args.dist);
const runs = Number(args.runs);
if (!existsSync(path.join(dist, 'search/index.html'))) {
  process.stderr.write('没有找到 dist/search/：请先运行 npm run build。\n');
  process.exit(1);
}

const circular = pageTypes.find((t) => t.name === 'circular');
const targets = [
  { name: 'search, first result', path: `/search/?q=${encodeURIComponent(args.query)}`, search: true },
  { name: 'home', path: '/', search: false },
  ...(circular ? [{ name: 'circular', path: encodeURI(circular.path), search: false }] : []),
];

const site = await serve(dist);
const browser = await launchBrowser();
const rows: string[] = [];
try {
  for (const target of targets) {
    const timings: Timing[] = [];
    for (let i = 0; i < runs; i++) {
      const t = await measure(browser, site.url + target.path, target.search);
      timings.push(t);
      process.stdout.write(`${target.name} run ${i + 1}: FCP ${t.fcp.toFixed(0)} ms, load ${t.load.toFixed(0)} ms${t.firstResult === undefined ? '' : `, first result ${t.firstResult.toFixed(0)} ms`}, ${t.requests} requests\n`);
    }
    const ms = (values: number[]) => `${(median(values) / 1000).toFixed(2)} s`;
    const range = (values: number[]) => `${(Math.min(...values) / 1000).toFixed(2)}–${(Math.max(...values) / 1000).toFixed(2)} s`;
    const first = timings.map((t) => t.firstResult).filter((v): v is number => v !== undefined);
    rows.push(`| ${target.name} | \`${decodeURI(target.path)}\` | ${ms(timings.map((t) => t.fcp))} | ${ms(timings.map((t) => t.load))} | ${first.length > 0 ? `**${ms(first)}** (${range(first)})` : '—'} | ${median(timings.map((t) => t.requests))} |`);
  }
} finally {
  await browser.close();
  await site.close();
}

const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const load = os.loadavg().map((n) => n.toFixed(1)).join(' / ');
const section = [
  '<!-- search-3g -->',
  `Run ${when} UTC with \`npm run bench:3g\`: Debian's Chromium, Fast 3G (562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up), cache off, a fresh context per run, ${runs} runs, medians (range); load average at the end ${load} on ${os.cpus().length} cores.`,
  '',
  '| page | address | first contentful paint | load event | first result | requests |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
  ...rows,
  '<!-- /search-3g -->',
].join('\n');
process.stdout.write(`${section}\n`);
if (!args['no-write'] && !args.dist) {
  let text = readFileSync(doc, 'utf8');
  if (/<!-- search-3g -->[\s\S]*<!-- \/search-3g -->/u.test(text)) text = text.replace(/<!-- search-3g -->[\s\S]*<!-- \/search-3g -->/u, section);
  else text += `\n## Search on a slow network (\`npm run bench:3g\`, issue 26)\n\n${section}\n`;
  writeFileSync(doc, text);
  process.stdout.write(`Written to ${path.relative(root, doc)}.\n`);
}
