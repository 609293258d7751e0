/**
 * `npm run lighthouse`: Lighthouse (performance, accessibility, best practices, SEO)
 * on one page of every page type (tests/fixtures/page-types.ts), served from the built
 * dist/ on a loopback port with the site's own headers, in Debian's Chromium.
 * Writes the scores into docs/benchmarks.md and the full reports into
 * test-results/lighthouse/. Run `npm run build` first.
 *
 * Lighthouse's default settings: a mid-range phone, simulated slow 4G.
 *
 * `npm run lighthouse -- --only search` runs only the page types whose name or path
 * contains the text, prints the scores and leaves docs/benchmarks.md alone.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pageTypes, slug } from '../tests/fixtures/page-types.ts';
import { serve } from '../tests/helpers/browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const reports = path.join(root, 'test-results/lighthouse');
const doc = path.join(root, 'docs/benchmarks.md');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync(path.join(dist, 'index.html'))) {
  process.stderr.write('没有找到 dist/：请先运行 npm run build。\n');
  process.exit(1);
}
mkdirSync(reports, { recursive: true });

const site = await serve(dist);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const { only } = parseArgs({ options: { only: { type: 'string' } } }).values;
// The anchor variant of a page is the same document: one run per URL path.
const targets = pageTypes
  .filter((t, i) => pageTypes.findIndex((u) => u.path.split('#')[0] === t.path.split('#')[0]) === i)
  .filter((t) => only === undefined || t.name.includes(only) || t.path.includes(only));
const rows: string[] = [];
const below: string[] = [];
try {
  for (const type of targets) {
    const url = site.url + encodeURI(type.path);
    // A run whose trace Lighthouse failed to record (NO_NAVSTART, NO_FCP… on a busy machine) has no
    // scores, only zeros: it is run again, at most twice, and never counted as the page's score.
    let result;
    for (let attempt = 1; attempt <= 3; attempt++) {
      result = await lighthouse(url, { port: chrome.port, output: ['json', 'html'], onlyCategories: [...categories], logLevel: 'error' });
      if (!result?.lhr.runtimeError) break;
      process.stderr.write(`${type.name}: Lighthouse run failed (${result.lhr.runtimeError.code}), attempt ${attempt} of 3\n`);
    }
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse failed three times on ${url}: ${result.lhr.runtimeError.message}`);
    const [json, html] = result.report as string[];
    writeFileSync(path.join(reports, `${slug(type.name)}.json`), json!);
    writeFileSync(path.join(reports, `${slug(type.name)}.html`), html!);
    const lhr = result.lhr;
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    rows.push(`| ${type.name} | \`${type.path}\` | ${scores.join(' | ')} |`);
    process.stdout.write(`${type.name}: ${scores.join(' / ')}\n`);
    for (const c of categories) {
      const category = lhr.categories[c]!;
      if ((category.score ?? 0) >= 1) continue;
      const failing = category.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id} (${Math.round((audit.score ?? 0) * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
      below.push(`- ${type.name}, ${c} ${Math.round((category.score ?? 0) * 100)}: ${failing.join('; ') || 'no weighted audit below 1'}`);
    }
  }
} finally {
  chrome.kill();
  await site.close();
}

if (only !== undefined) {
  process.stdout.write(`${below.join('\n')}\nOnly ${targets.length} page type(s) run: docs/benchmarks.md left as it was.\n`);
  process.exit(0);
}

const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const section = [
  '<!-- lighthouse -->',
  `Run ${when} UTC, Lighthouse ${(JSON.parse(readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version} with Debian's Chromium, default (mobile) settings, site served from loopback.`,
  '',
  `| page type | page | ${categories.join(' | ')} |`,
  `| --- | --- | ${categories.map(() => '---:').join(' | ')} |`,
  ...rows,
  '',
  below.length > 0 ? 'Audits below 100 (see the explanation below):' : 'Every score is 100.',
  ...below,
  '<!-- /lighthouse -->',
].join('\n');
let text = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n';
if (/<!-- lighthouse -->[\s\S]*<!-- \/lighthouse -->/u.test(text)) text = text.replace(/<!-- lighthouse -->[\s\S]*<!-- \/lighthouse -->/u, section);
else text += `\n## Lighthouse\n\n${section}\n`;
mkdirSync(path.dirname(doc), { recursive: true });
writeFileSync(doc, text);
process.stdout.write(`Scores written to ${path.relative(root, doc)}; reports in ${path.relative(root, reports)}/.\n`);
