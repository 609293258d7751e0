/**
 * The W3C Nu HTML Checker (npm `vnu-jar`, the checker the W3C runs; needs Java) over every
 * page and SVG of each built site, beside html-validate (pages.test.ts): the checker a
 * reader, a journalist or an auditor would use. One JVM per site checks all files at once.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.ts';
import { sites } from '../helpers/sites.ts';

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

describe.each(sites())('the $name site', (site) => {
  const messages = checkFolder(site.outDir);
  const where = (m: NuMessage) => `${path.relative(site.outDir, new URL(m.url ?? 'file:/').pathname)}:${m.lastLine ?? ''} ${m.message}`;

  it('every page and SVG passes the Nu checker with no error', () => {
    expect(messages.filter((m) => m.type !== 'info').map(where)).toEqual([]);
  });

  it('and with no warning', () => {
    expect(messages.filter((m) => m.type === 'info' && m.subType === 'warning').map(where)).toEqual([]);
  });
});
