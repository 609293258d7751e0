import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatChineseDate } from '../../src/lib/text/chinese-date.ts';
import { runBuild, sharedFolder, type BuildResult } from './build.ts';
import { fixtures } from './paths.ts';

/** The seed circular as first published: a frozen copy, so that editing content/ never changes these test sites. */
export const seedCircular = { id: 'yue-jingxin-yuanqu-2012-68', file: path.join(fixtures, 'seed/yue-jingxin-yuanqu-2012-68.mdx') };

/** The sentences of the circular's body (its text as issued), without markup. */
export function circularSentences(): string[] {
  const body = readFileSync(seedCircular.file, 'utf8').split(/^---$/mu)[2]!;
  const plain = body.replace(/\{\/\*[\s\S]*?\*\/\}/gu, '').replace(/<[^>]+>/gu, '').replace(/^#+\s*/gmu, '').replace(/\|/gu, ' ');
  return plain.split(/(?<=[。；;])|\n+/u).map((s) => s.trim()).filter((s) => s.length >= 8 && s.length <= 120);
}

/**
 * Writes a content folder for a test site: the 2012 circular as published, and `count`
 * short SAMPLE circulars (sample: true, never published), each quoting one or two
 * sentences of it and citing it by title and 发文字号 — the situation where a long
 * document competes with many short pages that quote it. Returns the folder.
 */
export function writeQuotingSite(count: number, dir = mkdtempSync(path.join(os.tmpdir(), 'szy-search-content-'))): string {
  mkdirSync(path.join(dir, 'notices'), { recursive: true });
  mkdirSync(path.join(dir, 'search'), { recursive: true });
  copyFileSync(seedCircular.file, path.join(dir, `notices/${seedCircular.id}.mdx`));
  copyFileSync(path.join(fixtures, 'seed/synonyms.yaml'), path.join(dir, 'search/synonyms.yaml'));
  const sentences = circularSentences();
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2013, 0, 1 + ((i * 3) % 360))).toISOString().slice(0, 10);
    const quoted = [sentences[(i * 7) % sentences.length]!, sentences[(i * 7 + 3) % sentences.length]!];
    const page = [
      '---',
      `title: 示例市转发关于印发2012年产业转移工作要点的通知（第${i + 1}份）`,
      `docNumber: 示例经信〔2013〕${i + 1}号`,
      'issuer: 示例市经济和信息化局',
      'addressees: [各县（区）经济和信息化主管部门]',
      `signedOn: ${day}`,
      `signedOnPrinted: ${formatChineseDate(day)}`,
      `publishedAt: ${day} 09:00`,
      'subjects: [产业转移]',
      'sample: true',
      '---',
      '',
      '现将广东省经济和信息化委员会《关于印发2012年产业转移工作要点的通知》（粤经信园区〔2012〕68号）转发给你们，请结合实际认真贯彻落实。',
      '',
      `通知要求：${quoted.join('')}`,
      '',
    ].join('\n');
    writeFileSync(path.join(dir, `notices/sample-${String(i + 1).padStart(3, '0')}.mdx`), page);
  }
  return dir;
}

/** The quoting site's sub-path (quotingSiteBuild): served as some hosts serve the site. */
export const QUOTING_BASE = '/szy/';
/** How many short pages quote the circular in the quoting site (quotingSiteBuild). */
export const QUOTING_PAGES = 40;

/**
 * The quoting site of QUOTING_PAGES short pages (writeQuotingSite), built under QUOTING_BASE once per
 * run for every test file that reads it (the search page in the browser, the ranking in Node): its
 * content is written once per run (sharedFolder), then built once (runBuild's memo).
 */
export function quotingSiteBuild(): BuildResult {
  const dir = sharedFolder(`quoting-${QUOTING_PAGES}`, (written) => void writeQuotingSite(QUOTING_PAGES, written));
  return runBuild({ CONTENT_DIR: dir, SITE_BASE: QUOTING_BASE }, { once: true });
}
