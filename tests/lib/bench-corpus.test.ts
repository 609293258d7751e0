import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generators } from '../../scripts/bench/generators/index.ts';
import { realEntryWords, words } from '../../scripts/bench/generators/vocabulary.ts';
import { root } from '../helpers/paths.ts';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { parseFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { collections } from '../../src/schemas/index.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(generators)('the benchmark generator for $collection', (generator) => {
  const docs = Array.from({ length: 40 }, (_, i) => generator.generate(i));

  it('writes documents that pass the content check (schema and cross-file rules)', () => {
    mkdirSync(path.join(dir, generator.dir), { recursive: true });
    for (const doc of docs) writeFileSync(path.join(dir, generator.dir, doc.file), doc.text);
    expect(checkContent({ root: dir, contentDir: '.' })).toEqual([]);
  });

  it('marks every document as synthetic sample content', () => {
    for (const doc of docs) {
      expect(parseFrontmatter(doc.text).data.sample, doc.file).toBe(true);
      expect(doc.text).toMatch(/SYNTHETIC|合成测试/u);
    }
  });

  it('is deterministic and varied', () => {
    expect(generator.generate(7)).toEqual(generator.generate(7));
    expect(new Set(docs.map((d) => d.text.length)).size).toBeGreaterThan(20);
  });

  it('names a collection the site has', () => {
    expect(Object.keys(collections)).toContain(generator.collection);
  });
});

describe('the benchmark corpus follows the real texts’ word frequencies', () => {
  // Document frequency: the share of pages on which a term's every word appears (what a
  // Pagefind search for the term matches, and what sizes its index chunks).
  const real = realEntryWords(root).map((e) => new Set(e.words));
  const synthetic = Array.from({ length: 300 }, (_, i) => new Set(words(generators[0]!.generate(i).text)));
  const df = (pages: Set<string>[], term: string) => {
    const termWords = words(term);
    return pages.filter((p) => termWords.every((w) => p.has(w))).length / pages.length;
  };

  it('reads real text entries from content/', () => {
    expect(real.length).toBeGreaterThan(0);
  });

  // Terms the issue and the query set name; whatever content/ holds, a term is about as common
  // on synthetic pages as on the real entries (a few points, or a quarter of its share).
  it.each(['环境影响评价', '产业转移', '劳动力', '招商引资', '转移就业', '技能培训', '深汕'])('%s is on about the share of pages it is on in content/', (term) => {
    const expected = df(real, term);
    expect(Math.abs(df(synthetic, term) - expected), `real ${expected}, synthetic ${df(synthetic, term)}`).toBeLessThanOrEqual(0.05 + 0.25 * expected);
  });

  it('matches the real document frequency of the words of content/ closely, word by word', () => {
    const vocabulary = [...new Set(real.flatMap((p) => [...p]))].filter((w) => df(real, w) >= 0.1);
    const gaps = vocabulary.map((w) => Math.abs(df(synthetic, w) - df(real, w))).sort((a, b) => a - b);
    // The median over every word on a tenth of the real entries or more; circulars' own frame
    // (关于…的通知, 发文机关, 工业园) makes a few words more common, so not every word.
    expect(gaps[Math.floor(gaps.length / 2)]).toBeLessThanOrEqual(0.06);
  });
});
