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
import { missingPdfFonts, pdfFontsVersion } from './fonts.ts';
import { findPdfLink, withPdfSize, type PdfInfo } from './link.ts';
import { launchPdfBrowser, printPages } from './render.ts';

/** Bump when the stage's output changes for the same input (print options, metadata). */
const STAGE_VERSION = 'pdf-2';

export interface PdfStageResult {
  /** PDFs printed by Chromium in this build. */
  made: number;
  /** PDFs taken from the cache. */
  cached: number;
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

/**
 * Makes the PDFs of a built site (`siteDir`, built under `base`), using and refreshing the cache
 * in `cacheDir` (entries no page of this build uses are removed). Throws with a Chinese message.
 */
export async function buildPdfs(siteDir: string, base: string, cacheDir: string, concurrency = 2): Promise<PdfStageResult> {
  const pages = htmlFiles(siteDir)
    .map((file) => ({ file, html: readFileSync(path.join(siteDir, file), 'utf8') }))
    .flatMap(({ file, html }) => {
      const link = html.includes('data-szy-pdf') ? findPdfLink(html) : undefined;
      return link ? [{ file, html, ...link }] : [];
    });
  if (pages.length === 0) return { made: 0, cached: 0, files: [] };
  const missing = missingPdfFonts();
  if (missing) throw new Error(`${missing}；只预览网站时可设 SZY_PDF=0 跳过 PDF。`);
  const engine = `${STAGE_VERSION}|${chromiumVersion()}|${pdfFontsVersion()}`;
  mkdirSync(cacheDir, { recursive: true });
  const jobs = pages.map((p) => {
    if (!p.href.startsWith(base)) throw new Error(`${p.file}：PDF 链接 ${p.href} 不在网站路径 ${base} 之下。`);
    const key = createHash('sha256').update(engine).update('\0').update(p.html).digest('hex').slice(0, 32);
    return { ...p, key, cached: path.join(cacheDir, `${key}.pdf`), out: path.join(siteDir, p.href.slice(base.length)) };
  });
  const toPrint = jobs.filter((j) => !existsSync(j.cached));
  if (toPrint.length > 0) {
    const browser = await launchPdfBrowser();
    try {
      const pagePath = (file: string) => `${base}${file.replace(/index\.html$/u, '')}`;
      const raw = await printPages(browser, siteDir, base, toPrint.map((j) => ({ pagePath: pagePath(j.file) })), concurrency);
      for (const [i, job] of toPrint.entries()) writeFileSync(job.cached, await finishPdf(raw[i]!, job.info as PdfInfo));
    } finally {
      await browser.close();
    }
  }
  const files = jobs.map((job) => {
    mkdirSync(path.dirname(job.out), { recursive: true });
    copyFileSync(job.cached, job.out);
    const bytes = statSync(job.out).size;
    writeFileSync(path.join(siteDir, job.file), withPdfSize(job.html, bytes));
    return { file: path.relative(siteDir, job.out), bytes };
  });
  const used = new Set(jobs.map((j) => `${j.key}.pdf`));
  for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(path.join(cacheDir, name), { force: true });
  return { made: toPrint.length, cached: jobs.length - toPrint.length, files };
}
