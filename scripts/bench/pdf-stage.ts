/**
 * The PDF stage alone, for `npm run bench` (run as a child process so that the benchmark measures
 * its whole process tree, Chromium included): prints `count` circular pages of a built site cold
 * — the fonts cut down, browser start, printing, metadata and fixed dates — as the build's PDF
 * stage does (src/lib/pdf/stage.ts), and prints a JSON line with the pages and the bytes written.
 *
 * Usage: node scripts/bench/pdf-stage.ts <built site> <count> [<base>]
 * (SZY_PDF_TABS=n prints with n tabs instead of the stage's PRINT_TABS, to compare.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makePdfs } from '../../src/lib/pdf/stage.ts';

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
// Cold: a fresh cache folder, so the fonts are cut down again (./src/lib/pdf/subset.ts) as in a
// first build.
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'szy-bench-pdf-'));
try {
  const jobs = chosen.map((id) => {
    const html = readFileSync(path.join(notices, id, 'index.html'), 'utf8');
    const title = /<title>([^<]*)<\/title>/u.exec(html)?.[1] ?? id;
    return { pagePath: `${base}notices/${id}/`, html, info: { title, author: '', subject: '', keywords: [], sample: true, address: `http://localhost:4321${base}notices/${id}/` } };
  });
  const tabs = process.env.SZY_PDF_TABS ? Number(process.env.SZY_PDF_TABS) : undefined;
  const { pdfs, wholeFonts, byFonts } = await makePdfs(siteDir, base, jobs, cacheDir, tabs);
  const bytes = pdfs.reduce((sum, pdf) => sum + pdf.length, 0);
  const pages = pdfs.reduce((sum, pdf) => sum + (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-z])/gu) ?? []).length, 0);
  process.stdout.write(`${JSON.stringify({ documents: count, pages, bytes, wholeFonts, byFonts })}\n`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
