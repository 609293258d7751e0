import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generators } from '../../scripts/bench/generators/index.ts';
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
