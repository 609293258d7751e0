/**
 * The W3C Nu HTML Checker (npm `vnu-jar`, the checker the W3C runs; needs Java) over every
 * page and SVG of each built site, beside html-validate (pages.test.ts): the checker a
 * reader, a journalist or an auditor would use. One JVM checks every site's files at once, each
 * distinct file once (the sites share most pages byte for byte); messages are reported against every
 * page of every site that has those bytes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.ts';
import { sites, type Site } from '../helpers/sites.ts';

const vnu = path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** The checker's messages for every .html and .svg file under a folder. */
function checkFolder(dir: string): NuMessage[] {
  const run = spawnSync('java', ['-Xss4m', '-jar', vnu, '--skip-non-html', '--also-check-svg', '--format', 'json', '--exit-zero-always', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`The Nu checker needs Java (Debian: apt-get install default-jre-headless): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`The Nu checker failed:\n${run.stderr}`);
  return (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
}

/** A message as it concerns one page: the page (relative to its site) instead of the checked copy. */
type SiteMessage = NuMessage & { file: string };

const scratch = mkdtempSync(path.join(os.tmpdir(), 'szy-nu-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Every site's messages: each distinct .html and .svg file (by its bytes) is copied once into a scratch
 * folder, named by its digest, and the folder checked in one run of the checker.
 */
function checkSites(all: Site[]): Map<Site, SiteMessage[]> {
  const pagesOf = new Map<string, { site: Site; file: string }[]>();
  for (const site of all) {
    for (const file of (readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.(html|svg)$/u.test(f)).sort()) {
      const full = path.join(site.outDir, file);
      const name = `${createHash('sha256').update(readFileSync(full)).digest('hex').slice(0, 32)}${path.extname(file)}`;
      if (!pagesOf.has(name)) {
        pagesOf.set(name, []);
        copyFileSync(full, path.join(scratch, name));
      }
      pagesOf.get(name)!.push({ site, file });
    }
  }
  const bySite = new Map<Site, SiteMessage[]>(all.map((site) => [site, []]));
  for (const message of checkFolder(scratch)) {
    const pages = message.url ? pagesOf.get(path.basename(fileURLToPath(message.url))) : undefined;
    // A message about no file in particular concerns every site.
    if (!pages) for (const list of bySite.values()) list.push({ ...message, file: '' });
    else for (const { site, file } of pages) bySite.get(site)!.push({ ...message, file });
  }
  return bySite;
}

mkdirSync(scratch, { recursive: true });
const checked = checkSites(sites());

describe.each(sites())('the $name site', (site) => {
  const messages = [...checked].find(([s]) => s.outDir === site.outDir)?.[1] ?? [];
  const where = (m: SiteMessage) => `${m.file}:${m.lastLine ?? ''} ${m.message}`;

  it('every page and SVG passes the Nu checker with no error', () => {
    expect(messages.filter((m) => m.type !== 'info').map(where)).toEqual([]);
  });

  it('and with no warning', () => {
    expect(messages.filter((m) => m.type === 'info' && m.subType === 'warning').map(where)).toEqual([]);
  });
});
