import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/lib/content-check/check-content.ts';
import { schemaFields } from '../../src/lib/content-check/schema-fields.ts';
import { collections, type CollectionName } from '../../src/schemas/index.ts';
import { baseSchema } from '../../src/schemas/common.ts';
import { guideBlocks, guidePath } from '../helpers/guide.ts';
import { root } from '../helpers/paths.ts';

const guide = readFileSync(guidePath, 'utf8');

/** The guide's field-table rows: `path` | 中文名 | 必填/可选. */
const rows = new Map(
  [...guide.matchAll(/^\| `([\w.]+)` \| ([^|]+?) \| (必填|可选) \|/gmu)].map((m) => [m[1]!, { label: m[2]!, required: m[3] === '必填' }]),
);
const baseFields = new Set(schemaFields(baseSchema).map((f) => f.path));

describe('the editor’s guide explains every field of every collection', () => {
  const fields = (Object.keys(collections) as CollectionName[]).flatMap((name) =>
    schemaFields(collections[name].schema).map((field) => [name, field.path, field] as const),
  );

  it.each(fields)('%s: %s has a row with its Chinese name and whether it is required', (_collection, fieldPath, field) => {
    const row = rows.get(fieldPath);
    expect(row, `docs/editor-guide.md lacks a row for \`${fieldPath}\``).toBeDefined();
    expect(row!.label).toBe(field.label);
    expect(row!.required, `\`${fieldPath}\` is ${field.required ? 'required' : 'optional'} in the schema`).toBe(field.required);
  });

  it('has no row for a field that does not exist', () => {
    const known = new Set(fields.map(([, p]) => p));
    expect([...rows.keys()].filter((p) => !known.has(p) && !baseFields.has(p))).toEqual([]);
  });
});

describe('the editor’s guide examples', () => {
  const examples = guideBlocks().filter((b) => b.attributes.file);

  it('include a full circular', () => {
    expect(examples.map((e) => e.attributes.file)).toContain('content/notices/shi-jingxin-2012-1.mdx');
  });

  it.each(examples.map((e) => [e.attributes.file!, e] as const))('%s passes the content check without a problem', (file, example) => {
    const collection = file.split('/')[1] as CollectionName;
    expect(Object.keys(collections)).toContain(collection);
    const real = 'content/notices/yue-jingxin-yuanqu-2012-68.mdx';
    const problems = checkSources(root, [
      { collection: 'notices', file: real, relative: 'yue-jingxin-yuanqu-2012-68.mdx', source: readFileSync(`${root}/${real}`, 'utf8') },
      { collection, file, relative: file.split('/').slice(2).join('/'), source: example.code },
    ]);
    expect(problems).toEqual([]);
  });

  it('show the report format the check really prints', () => {
    const report = guideBlocks().find((b) => b.lang === 'text' && b.code.includes('✖ 错误'))!;
    expect(report.code).toMatch(/^✖ 错误 {2}content\/notices\/example\.mdx:3:1\n {2}字段：docNumber（发文字号）\n {2}问题：.+\n {2}改为：docNumber: /mu);
  });
});
