/**
 * The PDF stage alone, for `npm run bench` (run as a child process so that the benchmark measures
 * its whole process tree, Chromium included): prints `count` circular pages of a built site cold
 * — browser start, printing, metadata and fixed dates — as the build's PDF stage does
 * (src/lib/pdf/), and prints a JSON line with the pages and the bytes written.
 *
 * Usage: node scripts/bench/pdf-stage.ts <built site> <count> [<base>]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { finishPdf } from '../../src/lib/pdf/finish.ts';
import { launchPdfBrowser, printPages } from '../../src/lib/pdf/render.ts';

const [siteDir, countArg, base = '/'] = process.argv.slice(2);
if (!siteDir || !countArg) throw new Error('usage: node scripts/bench/pdf-stage.ts <built site> <count> [<base>]');
const notices = path.join(siteDir, 'notices');
// The circulars' pages, spread evenly over the corpus (every n-th in id order); a site with fewer
// circulars than `count` has them printed again in turn (the marginal cost of a document).
const all = readdirSync(notices)
  .filter((id) => statSync(path.join(notices, id)).isDirectory() && readdirSync(path.join(notices, id)).includes('index.html') && id !== 'numbers')
  .sort();
const count = Number(countArg);
const chosen = Array.from({ length: count }, (_, i) => (count <= all.length ? all[Math.floor((i * all.length) / count)]! : all[i % all.length]!));
const browser = await launchPdfBrowser();
let bytes = 0;
let pages = 0;
try {
  const raw = await printPages(browser, siteDir, base, chosen.map((id) => ({ pagePath: `${base}notices/${id}/` })));
  for (const [i, pdf] of raw.entries()) {
    const title = /<title>([^<]*)<\/title>/u.exec(readFileSync(path.join(notices, chosen[i]!, 'index.html'), 'utf8'))?.[1] ?? chosen[i]!;
    const done = await finishPdf(pdf, { title, author: '', subject: '', keywords: [], sample: true, address: `http://localhost:4321${base}notices/${chosen[i]}/` });
    bytes += done.length;
    pages += (Buffer.from(done).toString('latin1').match(/\/Type\s*\/Page(?![a-z])/gu) ?? []).length;
  }
} finally {
  await browser.close();
}
process.stdout.write(`${JSON.stringify({ documents: count, pages, bytes })}\n`);
