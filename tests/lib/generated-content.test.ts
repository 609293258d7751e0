/**
 * The content generator (tests/generated/) in step with the schemas and the content check:
 * every generated entry parses with its collection's schema, every field of every schema is
 * generated both present and (when optional) absent, and a whole generated site passes
 * `npm run check`. A schema that gains a field fails here until its arbitrary makes it.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { formatProblems } from '../../src/lib/content-check/problem.ts';
import { collections, dataCollections } from '../../src/schemas/index.ts';
import { generateSite, givenBy, siteArbitrary, writeGeneratedSite, type GeneratedSite } from '../generated/site.ts';
import { root } from '../helpers/paths.ts';

const content = path.join(root, 'content');
/** What content/ holds that generated entries refer to. */
const given = givenBy(content);

/** Each generated collection with its schema and its entries' frontmatter. */
const generated: { name: string; schema: z.ZodObject; of: (site: GeneratedSite) => Record<string, unknown>[] }[] = [
  { name: 'notices', schema: collections.notices.schema, of: (s) => s.notices.map((e) => e.data) },
  { name: 'cases', schema: collections.cases.schema, of: (s) => s.cases.map((e) => e.data) },
  { name: 'bulletins', schema: collections.bulletins.schema, of: (s) => s.bulletins.map((e) => e.data) },
  { name: 'compilations', schema: collections.compilations.schema, of: (s) => s.compilations.map((e) => e.data) },
  { name: 'documents', schema: collections.documents.schema, of: (s) => s.documents.map((e) => e.data) },
  { name: 'datasets', schema: collections.datasets.schema, of: (s) => s.datasets.map((e) => e.data) },
  { name: 'parks', schema: dataCollections.parks.schema, of: (s) => s.parks },
  { name: 'issuers', schema: dataCollections.issuers.schema, of: (s) => s.issuers },
];

/**
 * Schemas the generator does not make entries of, and why: the reference lists a site is
 * built on are taken from the content folder the generated entries are added to.
 */
const takenFromContent = {
  regions: 'the four regions of Guangdong, fixed',
  cities: 'the 21 cities of Guangdong, fixed; generated entries use any of them',
  themes: 'the workstreams of 粤经信园区〔2012〕68号, quoted from it; generated cases use any of them',
};

/** Fields no valid entry can have, and why. */
const neverValid: Record<string, string> = {
  'documents.keepAsIs': 'a register entry is YAML, with no body to quote',
  'datasets.keepAsIs': 'a dataset is YAML, with no body to quote',
};

describe('the content generator', () => {
  it('makes an arbitrary for every collection and data file, or says why the content folder gives it', () => {
    const covered = new Set([...generated.map((g) => g.name), ...Object.keys(takenFromContent)]);
    for (const name of [...Object.keys(collections), ...Object.keys(dataCollections)]) expect(covered, `no arbitrary for ${name} in tests/generated/arbitraries.ts`).toContain(name);
  });

  /** Generated sites of a fixed seed, shared by the two tests below (sampling is the slow part). */
  const sampled = fc.sample(siteArbitrary(given), { seed: 1, numRuns: 120 });

  it('makes only entries their schema accepts', () => {
    for (const site of sampled) {
      for (const { name, schema, of } of generated) {
        for (const data of of(site)) {
          const result = schema.safeParse(data);
          expect(result.success, `${name}: ${JSON.stringify(result.error?.issues)}\n${JSON.stringify(data)}`).toBe(true);
        }
      }
    }
  });

  it('makes every field of every schema, and leaves out every optional one', () => {
    for (const { name, schema, of } of generated) {
      const entries = sampled.flatMap(of);
      for (const [field, type] of Object.entries(schema.shape)) {
        if (`${name}.${field}` in neverValid) continue;
        expect(
          entries.some((e) => e[field] !== undefined),
          `${name}.${field} is never generated: add it to its arbitrary in tests/generated/arbitraries.ts`,
        ).toBe(true);
        if ((type as z.ZodType).safeParse(undefined).success) {
          expect(
            entries.some((e) => e[field] === undefined),
            `${name}.${field} is optional but always generated`,
          ).toBe(true);
        }
      }
    }
  });

  it('gives the same site for the same seed', () => {
    expect(generateSite(content, 42)).toEqual(generateSite(content, 42));
    expect(generateSite(content, 42)).not.toEqual(generateSite(content, 43));
  });

  it('makes whole sites that pass the content check (npm run check)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'szy-generated-')), 'content');
        try {
          cpSync(content, dir, { recursive: true });
          writeGeneratedSite(dir, generateSite(dir, seed));
          const errors = checkContent({ root, contentDir: dir }).filter((p) => p.severity === 'error');
          expect(errors, `TEST_SEED=${seed}\n${formatProblems(errors)}`).toEqual([]);
        } finally {
          rmSync(path.dirname(dir), { recursive: true, force: true });
        }
      }),
      { numRuns: 5 },
    );
  });
});
