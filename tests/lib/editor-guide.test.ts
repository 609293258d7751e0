import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { schemaFields } from '../../src/lib/content-check/schema-fields.ts';
import { collections, dataCollections, type CollectionName } from '../../src/schemas/index.ts';
import { baseSchema } from '../../src/schemas/common.ts';
import { redirectSchema } from '../../src/schemas/redirects.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { guideBlocks, guidePath } from '../helpers/guide.ts';
import { root } from '../helpers/paths.ts';
import { isNotSettingsReminder } from '../helpers/content.ts';

const guide = readFileSync(guidePath, 'utf8');

interface Row {
  label: string;
  required: boolean;
}

/**
 * The guide's field tables (rows `path` | 中文名 | 必填/可选), by section: the rows
 * under `### 通知公告（notices）` belong to notices, those under `### 各类内容共有的字段`
 * to every collection (base). Fenced code blocks are skipped.
 */
function fieldTables(text: string): Map<string, Map<string, Row>> {
  const tables = new Map<string, Map<string, Row>>();
  let section = '';
  let fenced = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{2,3} (.+)$/u.exec(line);
    if (heading) {
      section = heading[1] === '各类内容共有的字段' ? 'base' : heading[1]!.includes('网站设置') ? 'site' : (/（([a-z]+)）$/u.exec(heading[1]!)?.[1] ?? '');
      continue;
    }
    const row = /^\| `([\w.]+)` \| ([^|]+?) \| (必填|可选) \|/u.exec(line);
    if (!row) continue;
    if (!tables.has(section)) tables.set(section, new Map());
    tables.get(section)!.set(row[1]!, { label: row[2]!, required: row[3] === '必填' });
  }
  return tables;
}

const tables = fieldTables(guide);
const baseFields = new Set(schemaFields(baseSchema).map((f) => f.path));
const schemas = {
  ...Object.fromEntries(Object.entries(collections).map(([name, c]) => [name, c.schema])),
  ...Object.fromEntries(Object.entries(dataCollections).map(([name, c]) => [name, c.schema])),
  // The site settings (content/site.yaml), under the heading “……网站设置……” below.
  site: siteSchema,
  // The redirect list (content/redirects.yaml), under 十一、改名、撤回与删除.
  redirects: redirectSchema,
};

describe('the editor’s guide explains every field of every collection and reference-data list', () => {
  const fields = Object.entries(schemas).flatMap(([name, schema]) => schemaFields(schema).map((field) => [name, field.path, field] as const));

  it.each(fields)('%s: %s has a row with its Chinese name and whether it is required', (collection, fieldPath, field) => {
    const row = tables.get(collection)?.get(fieldPath) ?? (baseFields.has(fieldPath) ? tables.get('base')?.get(fieldPath) : undefined);
    expect(row, `docs/editor-guide.md lacks a row for \`${fieldPath}\` under its ${collection} heading`).toBeDefined();
    expect(row!.label).toBe(field.label);
    expect(row!.required, `\`${fieldPath}\` is ${field.required ? 'required' : 'optional'} in the schema`).toBe(field.required);
  });

  it('has no row for a field that does not exist, and no table outside a collection’s section', () => {
    const extra = [...tables].flatMap(([section, rows]) => {
      const known = new Set(section === 'base' ? baseFields : schemaFields(schemas[section as keyof typeof schemas] ?? baseSchema).map((f) => f.path));
      return [...rows.keys()].filter((p) => !(section in schemas || section === 'base') || !known.has(p)).map((p) => `${section}: ${p}`);
    });
    expect(extra).toEqual([]);
  });
});

describe('the editor’s guide examples', () => {
  const examples = guideBlocks().filter((b) => b.attributes.file);

  it('include a full circular and a full example of every other collection', () => {
    expect(examples.map((e) => e.attributes.file)).toContain('content/notices/shi-jingxin-2012-1.mdx');
    expect(new Set(examples.map((e) => e.attributes.file!.split('/')[1]))).toEqual(new Set(Object.keys(collections)));
  });

  it('are all marked as sample content', () => {
    for (const example of examples) expect(example.code, example.attributes.file).toMatch(/^sample: true$/mu);
  });

  it('pass the content check without a problem, added together to content/', () => {
    const sources = examples.map((example) => {
      const file = example.attributes.file!;
      const collection = file.split('/')[1] as CollectionName;
      return { collection, file, relative: file.split('/').slice(2).join('/'), source: example.code };
    });
    expect(checkContent({ root }, sources).filter(isNotSettingsReminder)).toEqual([]);
  });

  it('show the report format the check really prints', () => {
    const report = guideBlocks().find((b) => b.lang === 'text' && b.code.includes('✖ 错误'))!;
    expect(report.code).toMatch(/^✖ 错误 {2}content\/notices\/example\.mdx:3:1\n {2}字段：docNumber（发文字号）\n {2}问题：.+\n {2}改为：docNumber: /mu);
  });
});
