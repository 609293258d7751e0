/**
 * The build's PDF stage: every built page that links a PDF (./link.ts) is printed to it
 * (./render.ts, ./finish.ts), and the link gets the file's size. PDFs are cached by what they
 * are made from — the page's HTML (whose stylesheet and images are content-hashed names), the
 * fonts, Chromium's version and this stage's own version — in Astro's cache folder
 * (node_modules/.astro/szy-pdf/), so a build remakes only the PDFs whose page changed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { finishPdf } from './finish.ts';
import { missingPdfFonts } from './fonts.ts';
import { findPdfLink, withPdfSize, type PdfInfo } from './link.ts';
import { launchPdfBrowser, PRINT_TABS, printPages, type PrintJob } from './render.ts';
import { firstUncovered, FONT_CUTS, subsetPdfFontDirs, subsetFontsVersion, type FontCut } from './subset.ts';

/** Bump when the stage's output changes for the same input (print options, metadata). */
const STAGE_VERSION = 'pdf-4';

export interface PdfStageResult {
  /** PDFs printed by Chromium in this build. */
  made: number;
  /** PDFs taken from the cache. */
  cached: number;
  /** Of those printed, the ones printed with the whole fonts (a character outside the cut-down set, ./subset.ts). */
  wholeFonts: number;
  /** Each PDF: its file in the site and its size. */
  files: { file: string; bytes: number }[];
}

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

function chromiumVersion(): string {
  const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(browser)) throw new Error(`找不到 Chromium（${browser}）：生成 PDF 需要它。请安装 Debian 软件包 chromium（sudo apt-get install chromium），或用 CHROMIUM_PATH 指明路径；只预览网站时可设 SZY_PDF=0 跳过 PDF。`);
  return execFileSync(browser, ['--version'], { encoding: 'utf8' }).trim();
}

/** One document to print: its page's address under the base, its built HTML, its PDF's metadata. */
export interface PdfJob extends PrintJob {
  info: PdfInfo;
}

/** The text of the site's stylesheets (their generated content, e.g. the page numbers' dashes, is printed too). */
function stylesheetText(siteDir: string): string {
  return (readdirSync(siteDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => readFileSync(path.join(siteDir, f), 'utf8'))
    .join('\n');
}

/**
 * Prints documents to finished PDFs (metadata, fixed dates), in the jobs' order. A document is
 * printed with the smallest cut of the fonts (./subset.ts: `common`, then `gb2312`) that holds
 * every character of its page and of the stylesheets; any other with the whole fonts. Each set of
 * fonts has its browser, started only when a document needs it, so no character is ever lost; the
 * sets' browsers print side by side. A PDF's bytes do not depend on which tab or when it was printed.
 * The cut-down fonts are made in, and taken from, `cacheDir`.
 */
export async function makePdfs(siteDir: string, base: string, jobs: readonly PdfJob[], cacheDir: string, concurrency = PRINT_TABS): Promise<{ pdfs: Uint8Array[]; wholeFonts: number; byFonts: Record<FontCut | 'whole', number> }> {
  const pdfs: Uint8Array[] = new Array(jobs.length);
  const fontSets = [...FONT_CUTS, 'whole'] as const;
  const byFonts = Object.fromEntries(fontSets.map((set) => [set, 0])) as Record<FontCut | 'whole', number>;
  if (jobs.length === 0) return { pdfs, wholeFonts: 0, byFonts };
  const css = stylesheetText(siteDir);
  const cssFits = FONT_CUTS.map((cut) => firstUncovered(css, cut) === undefined);
  const setOf = (html: string) => {
    const i = FONT_CUTS.findIndex((cut, k) => cssFits[k] && firstUncovered(html, cut) === undefined);
    return i < 0 ? FONT_CUTS.length : i;
  };
  const indexed = jobs.map((job, i) => ({ job, i, set: setOf(job.html) }));
  // The sets' browsers print at the same time: a set's fonts are cut while another's browser
  // starts, and the last documents of one set share the cores with another's instead of leaving
  // one idle. Each PDF is finished as it comes, so no work is left for the end.
  const printSet = async (set: FontCut | 'whole', g: number) => {
    const group = indexed.filter((entry) => entry.set === g);
    byFonts[set] = group.length;
    if (group.length === 0) return;
    const browser = await launchPdfBrowser(set === 'whole' ? undefined : await subsetPdfFontDirs(cacheDir, set));
    try {
      await printPages(browser, siteDir, base, group.map(({ job }) => job), concurrency, (raw, k) => {
        pdfs[group[k]!.i] = finishPdf(raw, group[k]!.job.info);
      });
    } finally {
      await browser.close();
    }
  };
  // Every set's browser is closed before a failure is reported.
  const failed = (await Promise.allSettled(fontSets.map(printSet))).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return { pdfs, wholeFonts: byFonts.whole, byFonts };
}

/**
 * Makes the PDFs of a built site (`siteDir`, built under `base`), using and refreshing the cache
 * in `cacheDir` (entries no page of this build uses are removed). Throws with a Chinese message.
 */
export async function buildPdfs(siteDir: string, base: string, cacheDir: string, concurrency = PRINT_TABS): Promise<PdfStageResult> {
  const pages = htmlFiles(siteDir)
    .map((file) => ({ file, html: readFileSync(path.join(siteDir, file), 'utf8') }))
    .flatMap(({ file, html }) => {
      const link = html.includes('data-szy-pdf') ? findPdfLink(html) : undefined;
      return link ? [{ file, html, ...link }] : [];
    });
  if (pages.length === 0) return { made: 0, cached: 0, wholeFonts: 0, files: [] };
  const missing = missingPdfFonts();
  if (missing) throw new Error(`${missing}；只预览网站时可设 SZY_PDF=0 跳过 PDF。`);
  const engine = `${STAGE_VERSION}|${chromiumVersion()}|${subsetFontsVersion()}`;
  mkdirSync(cacheDir, { recursive: true });
  const jobs = pages.map((p) => {
    if (!p.href.startsWith(base)) throw new Error(`${p.file}：PDF 链接 ${p.href} 不在网站路径 ${base} 之下。`);
    const key = createHash('sha256').update(engine).update('\0').update(p.html).digest('hex').slice(0, 32);
    return { ...p, key, cached: path.join(cacheDir, `${key}.pdf`), out: path.join(siteDir, p.href.slice(base.length)) };
  });
  const toPrint = jobs.filter((j) => !existsSync(j.cached));
  const pagePath = (file: string) => `${base}${file.replace(/index\.html$/u, '')}`;
  const printed = await makePdfs(siteDir, base, toPrint.map((j) => ({ pagePath: pagePath(j.file), html: j.html, info: j.info })), cacheDir, concurrency);
  for (const [i, job] of toPrint.entries()) writeFileSync(job.cached, printed.pdfs[i]!);
  const files = jobs.map((job) => {
    mkdirSync(path.dirname(job.out), { recursive: true });
    copyFileSync(job.cached, job.out);
    const bytes = statSync(job.out).size;
    writeFileSync(path.join(siteDir, job.file), withPdfSize(job.html, bytes));
    return { file: path.relative(siteDir, job.out), bytes };
  });
  const used = new Set(jobs.map((j) => `${j.key}.pdf`));
  for (const name of readdirSync(cacheDir)) if (name.endsWith('.pdf') && !used.has(name)) rmSync(path.join(cacheDir, name), { force: true });
  return { made: toPrint.length, cached: jobs.length - toPrint.length, wholeFonts: printed.wholeFonts, files };
}
