import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { checkDataFiles, parseYamlList } from '../../src/lib/content-check/data-files.ts';
import type { CheckedEntry } from '../../src/lib/content-check/entry.ts';
import { parseFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { formatProblems } from '../../src/lib/content-check/problem.ts';
import { referenceDataIds as references } from '../../src/lib/content-check/rules/reference-data-ids.ts';
import { fixtures, root } from '../helpers/paths.ts';
import { isNotSettingsReminder } from '../helpers/content.ts';

/** A small world of entries, as the checker hands them to the rule. */
function world(caseYaml: string, extra: CheckedEntry[] = []): CheckedEntry[] {
  const list = (collection: CheckedEntry['collection'], file: string, yaml: string): CheckedEntry[] =>
    parseYamlList(yaml).items.map((parsed) => ({ collection, file, id: String(parsed.data.id), parsed, data: parsed.data }));
  const notice = parseFrontmatter('---\ndocNumber: 粤经信园区〔2012〕68号\n---\n继续推进合作共建工作,推广两地合作的成功经验。\n');
  return [
    ...list('regions', 'content/regions.yaml', '- { id: yuedong, name: 粤东 }\n'),
    ...list('cities', 'content/cities.yaml', '- { id: shanwei, name: 汕尾市, region: yuedong }\n- { id: shantou, name: 汕头市, region: yuedong }\n'),
    ...list('parks', 'content/parks.yaml', '- { id: shenshan, name: 深汕(尾)特别合作区, transferOut: { city: shanwei }, host: { city: shanwei } }\n'),
    ...list('themes', 'content/themes.yaml', '- { id: sanjiehe, name: “三结合”, quote: 推广两地合作, quoteFrom: 粤经信园区〔2012〕68号 }\n'),
    { collection: 'notices', file: 'content/notices/n.mdx', id: 'n', parsed: notice, data: notice.data },
    { collection: 'cases', file: 'content/cases/c.mdx', id: 'c', parsed: parseFrontmatter(`---\n${caseYaml}---\n`), data: {} },
    ...extra,
  ];
}

describe('references between cases and the reference data', () => {
  it('accepts a case whose ids and quotes all exist', () => {
    const ok = 'city: shanwei\npark: shenshan\nthemes: [sanjiehe]\nrelatedNotices: [粤经信园区〔2012〕68号]\nsources:\n  - { title: 甲, docNumber: 粤经信园区〔2012〕68号, quote: 推广两地合作的成功经验 }\n';
    expect(references(world(ok))).toEqual([]);
  });

  it.each([
    ['an unknown city', 'city: shanwie\nthemes: [sanjiehe]\n', 'city', '没有 id 为“shanwie”的城市', undefined],
    ['a city written by name', 'city: 汕尾市\nthemes: [sanjiehe]\n', 'city', '可用的 id：shanwei（汕尾市）、shantou（汕头市）', 'shanwei'],
    ['a city written without 市', 'city: 汕头\nthemes: [sanjiehe]\n', 'city', '没有 id 为“汕头”的城市', 'shantou'],
    ['an unknown park', 'city: shanwei\npark: shenshan2\nthemes: [sanjiehe]\n', 'park', '可用的 id：shenshan（深汕(尾)特别合作区）', undefined],
    ['an unknown theme', 'city: shanwei\nthemes: [sanjiehe, 三结合]\n', 'themes.1', '可用的 id：sanjiehe（“三结合”）', 'sanjiehe'],
    ['an unknown circular', 'city: shanwei\nthemes: [sanjiehe]\nrelatedNotices: [粤经信园区〔2012〕99号]\n', 'relatedNotices.0', '本站没有发文字号为“粤经信园区〔2012〕99号”的文件', undefined],
    ['a misquoted source', 'city: shanwei\nthemes: [sanjiehe]\nsources:\n  - { title: 甲, docNumber: 粤经信园区〔2012〕68号, quote: 合作共建工作，推广两地合作 }\n', 'sources.0.quote', '正文中找不到', undefined],
  ])('reports %s, naming the file and field', (_name, yaml, field, fragment, suggestion) => {
    const problems = references(world(yaml));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/cases/c.mdx', field, severity: 'error' });
    expect(problems[0]!.suggestion).toBe(suggestion);
    expect(problems[0]!.message).toContain(fragment);
    // The line of the field's key (frontmatter starts on line 2, after ---).
    const key = field.split('.').filter((k) => !/^\d+$/u.test(k)).pop()!;
    expect(problems[0]!.line).toBe(yaml.split('\n').findIndex((l) => l.includes(`${key}:`)) + 2);
  });

  it('reports a city whose region is unknown, in the data file at the item', () => {
    const extra = parseYamlList('- { id: a, name: 甲市, region: yuedong }\n- { id: b, name: 乙市, region: dongyi }\n').items.map(
      (parsed): CheckedEntry => ({ collection: 'cities', file: 'content/more-cities.yaml', id: String(parsed.data.id), parsed, data: parsed.data }),
    );
    const problems = references(world('city: shanwei\nthemes: [sanjiehe]\n', extra));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/more-cities.yaml', field: '[1].region', line: 2, message: expect.stringContaining('可用的 id：yuedong（粤东）') }),
    ]);
  });
});

describe('the reference data files', () => {
  it('pass the check as published, with 21 cities in four regions', () => {
    expect(formatProblems(checkContent({ root }).filter(isNotSettingsReminder))).toBe('内容检查通过，未发现问题。');
    const cities = parseYamlList(readFileSync(path.join(root, 'content/cities.yaml'), 'utf8')).items.map((i) => i.data);
    const count = (region: string) => cities.filter((c) => c.region === region).map((c) => c.name);
    expect(cities).toHaveLength(21);
    expect(count('zhusanjiao')).toHaveLength(9);
    expect(count('yuedong')).toEqual(['汕头市', '汕尾市', '潮州市', '揭阳市']);
    expect(count('yuexi')).toEqual(['湛江市', '茂名市', '阳江市']);
    expect(count('yuebei')).toEqual(['韶关市', '河源市', '梅州市', '清远市', '云浮市']);
    const tiles = cities.map((c) => JSON.stringify(c.tile));
    expect(new Set(tiles).size, 'no two cities share a square of the map').toBe(21);
  });

  it('reports a schema problem in a YAML list at the item’s line, and a duplicate id', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-data-'));
    writeFileSync(
      path.join(dir, 'cities.yaml'),
      '- { id: shanwei, name: 汕尾市, region: yuedong, tile: { col: 0, row: 0 } }\n- id: shanwei\n  name: 汕头市\n  region: yuedong\n',
    );
    const { problems } = checkDataFiles(dir, dir);
    expect(problems.map((p) => [p.file, p.field, p.line])).toEqual([
      ['cities.yaml', '[1].tile', 2],
      ['cities.yaml', '[1].id', 2],
    ]);
    expect(problems[0]!.message).toContain('缺少必填字段 tile（示意地图位置）');
    expect(problems[1]!.message).toContain('与第 1 项重复');
    expect(parseYamlList('a: 1\n').error?.message).toContain('列表');
  });
});

describe('a case with an unknown city', () => {
  it('is reported with the file, the field and every valid id', () => {
    const report = formatProblems(checkContent({ root, contentDir: path.join(fixtures, 'broken-cases') }));
    expect(report).toContain('tests/fixtures/broken-cases/cases/unknown-city.mdx:5:1');
    expect(report).toContain('字段：city（城市）');
    expect(report).toContain('可用的 id：shenzhen（深圳市）、shanwei（汕尾市）');
    expect(report).toContain('改为：city: shanwei');
  });
});
