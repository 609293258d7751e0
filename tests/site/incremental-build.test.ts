import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generators } from '../../scripts/bench/generators/index.ts';
import { fileDigests } from '../../scripts/bench/measure.ts';
import { parseFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { runBuild, type BuildResult } from '../helpers/build.ts';
import { readPage } from '../helpers/site.ts';

/**
 * Incremental builds (experimental.incrementalBuild with cacheKeys, src/lib/build/cache-key.ts)
 * on a fixture: three synthetic circulars, B citing A by its title, C citing nothing (no
 * reference lists: the content check and Astro skip absent ones). Built once cold; then A's title changes and the site is
 * built again with the same cache; then A's body changes and it is built a third time; then
 * the final content is built cold into a fresh cache. Four builds.
 */
const contentDir = mkdtempSync(path.join(os.tmpdir(), 'szy-incremental-content-'));
mkdirSync(path.join(contentDir, 'notices'));
const [a, b, c] = [0, 1, 2].map((i) => generators[0]!.generate(i));
const titleOf = (text: string) => String(parseFrontmatter(text).data.title);
const id = (file: string) => file.replace(/\.mdx$/u, '');
const write = (file: string, text: string) => writeFileSync(path.join(contentDir, 'notices', file), text);
const citation = `\n依照《${titleOf(a!.text)}》执行。\n`;
write(a!.file, a!.text);
write(b!.file, b!.text + citation);
write(c!.file, c!.text);

const cache = mkdtempSync(path.join(os.tmpdir(), 'szy-incremental-cache-'));
const build = (fresh = false): BuildResult => runBuild({ CONTENT_DIR: contentDir, ...(fresh ? {} : { ASTRO_CACHE_DIR: cache }) });
const citingLinks = (out: string) => readPage(`/notices/${id(b!.file)}/`, out)('a.xref').map((_, el) => el.attribs.href).get();
const page = (out: string, file: string) => readFileSync(path.join(out, 'notices', id(file), 'index.html'), 'utf8');

const first = build();
// Edit 1: the cited circular's title. The citing page's 《…》 no longer names it.
write(a!.file, a!.text.replace(titleOf(a!.text), `${titleOf(a!.text)}（修订）`));
const second = build();
// Edit 2: the cited circular's body only. Nothing any other page shows of it changes.
const newSentence = '合成测试：编辑者修改了正文。';
write(a!.file, readFileSync(path.join(contentDir, 'notices', a!.file), 'utf8') + `\n${newSentence}\n`);
const third = build();
const cold = build(true);

describe('incremental builds', () => {
  it('build, cold and with the cache warm', () => {
    for (const r of [first, second, third, cold]) expect(r.status, r.output).toBe(0);
  });

  it('re-renders the citing page when the cited entry’s title changes', () => {
    expect(citingLinks(first.outDir)).toEqual([`/notices/${id(a!.file)}/`]);
    expect(citingLinks(second.outDir)).toEqual([]);
    expect(page(second.outDir, b!.file)).not.toBe(page(first.outDir, b!.file));
  });

  it('restores the pages a body edit does not touch from the cache, and renders the edited one', () => {
    // Astro logs each page it copies from its cache as "(restored)".
    const restored = (file: string) => new RegExp(`notices/${id(file)}/index\\.html \\(restored\\)`, 'u').test(third.output);
    expect([restored(a!.file), restored(b!.file), restored(c!.file)]).toEqual([false, true, true]);
    expect(page(third.outDir, a!.file)).toContain(newSentence);
  });

  it('gives, after two edits, the same output as a cold build, byte for byte', () => {
    const warm = fileDigests(third.outDir);
    const fresh = fileDigests(cold.outDir);
    expect(fresh.size).toBeGreaterThan(10);
    expect([...warm.keys()]).toEqual([...fresh.keys()]);
    expect([...warm].filter(([file, digest]) => fresh.get(file) !== digest).map(([file]) => file)).toEqual([]);
  });
});
