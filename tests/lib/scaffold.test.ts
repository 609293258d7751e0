import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/content-check/body/parse-body.ts';
import { checkSources } from '../../src/lib/content-check/check-content.ts';
import { parseFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { templates } from '../../src/lib/scaffold/index.ts';
import { planNewFile } from '../../src/lib/scaffold/scaffold.ts';
import type { Answers } from '../../src/lib/scaffold/types.ts';
import { collections } from '../../src/schemas/index.ts';
import { root } from '../helpers/paths.ts';

/** Answers taken from each field's own example. */
const exampleAnswers = (type: string): Answers =>
  Object.fromEntries(templates[type]!.fields.filter((f) => f.hint).map((f) => [f.name, f.hint!]));

describe.each(Object.keys(templates))('npm run new -- %s', (type) => {
  const template = templates[type]!;

  it('makes a file whose metadata and body parse, with the answers in it, in the collection’s folder', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-new-'));
    const plan = planNewFile(template, exampleAnswers(type), dir);
    expect(plan.ok, JSON.stringify(plan)).toBe(true);
    if (!plan.ok) return;
    expect(path.dirname(plan.file)).toBe(path.join(dir, template.collection));
    expect(plan.file.endsWith(`.${template.ext}`)).toBe(true);
    const data = template.ext === 'mdx' ? parseFrontmatter(plan.text).data : (parse(plan.text) as Record<string, unknown>);
    if (template.ext === 'mdx') {
      expect(parseFrontmatter(plan.text).syntaxError).toBeUndefined();
      expect(parseBody(parseFrontmatter(plan.text).body).error).toBeUndefined();
    }
    expect(data.title ?? plan.text).toBeTruthy();
    for (const field of template.fields.filter((f) => f.hint && f.name !== 'id' && !/^\d+$/u.test(f.hint))) {
      expect(plan.text, `${field.name} is written`).toContain(field.hint!.split('、')[0]);
    }
    // Template comments are in Chinese, marked as comments the site does not show.
    expect(plan.text).toMatch(template.ext === 'mdx' ? /\{\/\* .+ \*\/\}/u : /^# .+/mu);
  });

  it('refuses to overwrite an existing file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-new-'));
    const first = planNewFile(template, exampleAnswers(type), dir);
    if (!first.ok) throw new Error(first.errors.join('\n'));
    mkdirSync(path.dirname(first.file), { recursive: true });
    writeFileSync(first.file, first.text);
    const second = planNewFile(template, exampleAnswers(type), dir);
    expect(second.ok).toBe(false);
    expect(!second.ok && second.errors.join('\n')).toContain('已经存在');
  });

  it('names every missing essential and the flag that gives it', () => {
    const plan = planNewFile(template, {}, mkdtempSync(path.join(os.tmpdir(), 'szy-new-')));
    expect(plan.ok).toBe(false);
    const required = template.fields.filter((f) => f.required && !f.defaultValue);
    for (const field of required) expect(!plan.ok && plan.errors.join('\n')).toContain(`--${field.name}`);
  });

  it(type === 'notice' ? 'passes the content check as it is made' : 'is marked provisional until its collection is merged', () => {
    if (!(template.collection in collections)) {
      expect(template.provisional).toBe(true);
      return;
    }
    const plan = planNewFile(template, { ...exampleAnswers(type), docNumber: '粤经信园区〔2012〕98号', id: 'new-notice' }, mkdtempSync(path.join(os.tmpdir(), 'szy-new-')));
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(checkSources(root, [{ collection: 'notices', file: 'content/notices/new-notice.mdx', relative: 'new-notice.mdx', source: plan.text }])).toEqual([]);
  });
});

describe('the notice template', () => {
  it('prints the 成文日期 in Chinese numerals and lists the addressees in order', () => {
    const plan = planNewFile(templates.notice!, { ...exampleAnswers('notice'), signedOn: '2012-10-20', publishedAt: '2012-10-21 09:00' }, mkdtempSync(path.join(os.tmpdir(), 'szy-new-')));
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.text).toContain('signedOnPrinted: 二○一二年十月二十日');
    expect(plan.text).toContain('addressees:\n  - 各地级以上市经济和信息化主管部门\n  - 省产业转移工业园');
  });

  it('refuses a 发文字号 another circular already has, however its brackets are typed', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-new-'));
    mkdirSync(path.join(dir, 'notices'));
    writeFileSync(path.join(dir, 'notices/old.mdx'), '---\ntitle: 旧\ndocNumber: 粤经信园区〔2012〕68号\n---\n');
    const plan = planNewFile(templates.notice!, { ...exampleAnswers('notice'), id: 'new' }, dir);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.errors.join('\n')).toMatch(/发文字号“粤经信园区〔2012〕68号”已被 .*old\.mdx 使用/u);
  });
});
