import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { oldAddressMeta } from '../../src/lib/server/redirect-files.ts';
import { PREVIEW_ORIGIN } from '../../src/lib/site-url.ts';
import { dist } from './paths.ts';

/**
 * The origin a build's absolute addresses (feeds, site map, downloads) use: the SITE_URL it was built
 * with, as its _site.json records, or the local preview's. The content lane of CI tests the very build
 * it then publishes, made with the live site's address.
 */
export function builtOrigin(outDir: string): string {
  const { siteUrl } = JSON.parse(readFileSync(path.join(outDir, '_site.json'), 'utf8')) as { siteUrl: string | null };
  return siteUrl ? new URL(siteUrl).origin : PREVIEW_ORIGIN;
}

/** Reads a built page by its URL path, e.g. '/notices/' → dist/notices/index.html. */
export function readPage(urlPath: string, outDir: string = dist): cheerio.CheerioAPI {
  const file = urlPath.endsWith('.html') ? urlPath : path.join(urlPath, 'index.html');
  return cheerio.load(readFileSync(path.join(outDir, file), 'utf8'));
}

/** The built file of a page's address: '/notices/' → 'notices/index.html' (query and #anchor dropped). */
export function fileOf(urlPath: string): string {
  const pathname = decodeURIComponent(urlPath.split(/[?#]/u)[0]!).replace(/^\//u, '');
  return pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

/** Every HTML file in a build, as paths relative to it, pages at old addresses included. */
function allHtmlFiles(outDir: string): string[] {
  return (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

const isOldAddress = (outDir: string, file: string) => readFileSync(path.join(outDir, file), 'utf8').includes(`<meta name="${oldAddressMeta}"`);

/**
 * Every page of a built site, as paths relative to it. Not the pages the build leaves at old
 * addresses (content/redirects.yaml: a link on, or a note that the page was removed), which
 * are not pages of the site: tests/site/renames.test.ts checks them (`oldAddressPages`).
 */
export function htmlFiles(outDir: string = dist): string[] {
  return allHtmlFiles(outDir).filter((f) => !isOldAddress(outDir, f));
}

/** The pages a build left at old addresses (moved or removed pages). */
export function oldAddressPages(outDir: string = dist): string[] {
  return allHtmlFiles(outDir).filter((f) => isOldAddress(outDir, f));
}

/** Text with all white space removed, for comparing Chinese text regardless of layout. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** A hash of every file in a folder, by relative path: equal fingerprints mean byte-identical trees. */
export function fingerprint(dir: string): Record<string, string> {
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(path.join(dir, f)).isFile());
  return Object.fromEntries(files.sort().map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

/** The files of a build a reader or a data tool reads as text (not images, compressed copies, Pagefind's binary index, code). */
const TEXT_FILE = /\.(html|xml|json|csv|svg|txt|webmanifest)$/u;

/** Every text file of a build (TEXT_FILE) whose text contains `needle`, as paths relative to it. */
export function filesContaining(dir: string, needle: string | RegExp): string[] {
  // Addresses are read as a reader sees them: %E5%8A%A0… holds no figure “0%” (the generated site of TEST_SEED=1093061679).
  const decoded = (text: string) => text.replace(/(?:%[0-9A-Fa-f]{2})+/gu, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
  const found = (raw: string) => {
    const text = decoded(raw);
    return typeof needle === 'string' ? text.includes(needle) : needle.test(text);
  };
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => TEXT_FILE.test(f) && statSync(path.join(dir, f)).isFile() && found(readFileSync(path.join(dir, f), 'utf8')))
    .sort();
}
