/**
 * Issue 22, point 1: a field a schema does not know is refused at its key, with the known
 * field it most likely means, in every collection, data list and the settings file. The
 * fields come from the schemas themselves, so a field added later is known at once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/lib/content-check/check-content.ts';
import { parseDataFile } from '../../src/lib/content-check/frontmatter.ts';
import { formatProblems } from '../../src/lib/content-check/problem.ts';
import { schemaFields } from '../../src/lib/content-check/schema-fields.ts';
import { unknownFieldProblems, unknownFields } from '../../src/lib/content-check/unknown-fields.ts';
import { collections, dataCollections } from '../../src/schemas/index.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { synonymsSchema } from '../../src/schemas/search.ts';
import { root } from '../helpers/paths.ts';

const schemas: Record<string, z.ZodType> = {
  ...Object.fromEntries(Object.entries(collections).map(([name, c]) => [name, c.schema])),
  ...Object.fromEntries(Object.entries(dataCollections).map(([name, c]) => [name, c.schema])),
  site: siteSchema,
  synonyms: synonymsSchema,
};

/** A typo of a key: its last two letters swapped (sample → sampel), or a letter doubled. */
const typo = (key: string) => (key.length > 3 && key.at(-1) !== key.at(-2) ? `${key.slice(0, -2)}${key.at(-1)}${key.at(-2)}` : `${key}${key.at(-1)}`);

/** Data in which the field at `dotted` (lists left out) is written under a misspelt key. */
function misspelt(schema: z.ZodType, dotted: string): { data: Record<string, unknown>; path: (string | number)[] } {
  const keys = dotted.split('.');
  const data: Record<string, unknown> = {};
  let node = data;
  const path: (string | number)[] = [];
  keys.forEach((key, i) => {
    const field = schemaFields(schema).find((f) => f.path === keys.slice(0, i + 1).join('.'))!;
    expect(field).toBeDefined();
    if (i === keys.length - 1) {
      node[typo(key)] = 'x';
      path.push(typo(key));
      return;
    }
    // A list of objects or an object: go one level down (the walk looks into both).
    const child: Record<string, unknown> = {};
    const isList = schemaFields(schema).some((f) => f.path.startsWith(`${field.path}.`)) && Array.isArray(tryList(schema, field.path));
    node[key] = isList ? [child] : child;
    path.push(key, ...(isList ? [0] : []));
    node = child;
  });
  return { data, path };
}

/** Whether the walk treats the field as a list: it takes an array and looks into its items. */
function tryList(schema: z.ZodType, dotted: string): unknown {
  const data: Record<string, unknown> = {};
  let node: Record<string, unknown> = data;
  const keys = dotted.split('.');
  keys.forEach((key, i) => {
    if (i < keys.length - 1) node = (node[key] = {}) as Record<string, unknown>;
    else node[key] = [{ zzzz: 1 }];
  });
  return unknownFields(schema, data).length > 0 ? [] : undefined;
}

describe.each(Object.entries(schemas))('unknown fields in %s', (_name, schema) => {
  const fields = schemaFields(schema).filter((f) => f.path.split('.').every((k) => k.length > 1));
  it.each(fields.map((f) => f.path))('a misspelt %s is found, and the field it means is named', (dotted) => {
    const { data, path } = misspelt(schema, dotted);
    const found = unknownFields(schema, data);
    expect(found.map((f) => f.path)).toEqual([path]);
    expect(found[0]!.nearest?.key).toBe(dotted.split('.').at(-1));
  });
  it('a key that is like no field lists the fields that may be written', () => {
    const [found] = unknownFields(schema, { 完全无关: 1 });
    expect(found!.nearest).toBeUndefined();
    expect(found!.known).toEqual(schemaFields(schema).filter((f) => !f.path.includes('.')).map((f) => f.path));
  });
});

describe('the files with one schema each', () => {
  it('content/search/synonyms.yaml is checked too, unknown fields included', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { checkContent } = await import('../../src/lib/content-check/check-content.ts');
    const dir = mkdtempSync(path.join(root, 'node_modules/.cache/szy-synonyms-'));
    mkdirSync(path.join(dir, 'search'));
    writeFileSync(path.join(dir, 'search/synonyms.yaml'), 'groups:\n  - terms: [双转移, 产业转移和劳动力转移]\n    nots: 说明\n');
    const problems = checkContent({ root, contentDir: dir });
    expect(problems).toMatchObject([{ field: 'groups.0.nots', line: 3, suggestedField: 'note' }]);
  });
});

describe('a misspelt field in a content file', () => {
  const source = readFileSync(path.join(root, 'content/cases/heyuan-sanjiehe.mdx'), 'utf8');

  it('is an error at its line, with 改为 the field it means and its Chinese label (smaple → sample)', () => {
    expect(source).toMatch(/^sample: true$/mu);
    const bad = source.replace(/^sample: true$/mu, 'smaple: true');
    const problems = checkSources(root, [{ collection: 'cases', file: 'content/cases/heyuan-sanjiehe.mdx', relative: 'heyuan-sanjiehe.mdx', source: bad }]);
    const problem = problems.find((p) => p.field === 'smaple');
    expect(problem).toMatchObject({ line: bad.split('\n').indexOf('smaple: true') + 1, severity: 'error' });
    expect(formatProblems([problem!])).toContain('是不是 sample（示例内容标记）');
    expect(formatProblems([problem!])).toContain('改为：sample: true');
  });

  it('nested in a list of objects is found at its own key (attachments[0].titel)', () => {
    const parsed = parseDataFile('title: 甲\nattachments:\n  - titel: 附件一\n    anchor: 附件一\n');
    const [problem] = unknownFieldProblems('x.yaml', parsed, collections.notices.schema);
    expect(problem).toMatchObject({ field: 'attachments.0.titel', line: 3, suggestedField: 'title', suggestion: '附件一' });
  });
});
