import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/content-check/body/parse-body.ts';
import { checkContent, readEntries } from '../../src/lib/content-check/check-content.ts';
import { parseFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { templates } from '../../src/lib/scaffold/index.ts';
import { planNewFile, reviewLines, unknownFlags, withDefaults } from '../../src/lib/scaffold/scaffold.ts';
import { splitList } from '../../src/lib/scaffold/yaml-text.ts';
import type { Answers } from '../../src/lib/scaffold/types.ts';
import { root } from '../helpers/paths.ts';

/** A copy of content/ the scaffolder writes into (CONTENT_DIR), never content/ itself. */
const contentCopy = mkdtempSync(path.join(os.tmpdir(), 'szy-new-content-'));
cpSync(path.join(root, 'content'), contentCopy, { recursive: true });
afterAll(() => rmSync(contentCopy, { recursive: true, force: true }));

/**
 * A 发文字号 of a circular in the content, for the types that must name one on the site (the
 * examples' numbers are made up, marked 示意). Any circular with one will do.
 */
const onSite = readEntries({ root, contentDir: contentCopy }).entries.find((e) => e.collection === 'notices' && typeof e.data?.docNumber === 'string')?.data?.docNumber as string | undefined;
const siteNumber = (field: string): Answers => (onSite ? { [field]: onSite } : {});

/** Answers that, with the examples, name an entry content/ does not have yet. */
const unused: Record<string, Answers> = {
  notice: { docNumber: '粤经信园区〔2012〕98号', id: 'new-notice' },
  case: { id: 'new-case', ...siteNumber('sourceDocNumber') },
  bulletin: { number: '9', id: '2012-09' },
  compilation: { id: 'new-compilation' },
  dataset: { id: 'new-dataset', ...siteNumber('source') },
};

/** Runs `npm run new -- <type>` with the answers as flags, as an editor would without a terminal. */
function runNew(type: string, answers: Answers): { status: number | null; output: string } {
  const flags = Object.entries(answers).flatMap(([name, value]) => [`--${name}`, value]);
  const result = spawnSync(process.execPath, ['scripts/new.ts', type, ...flags], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentCopy, NO_COLOR: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Answers taken from each field's own example. */
const exampleAnswers = (type: string): Answers =>
  Object.fromEntries(
    templates[type]!.fields
      // A reason for declaring a fact unknown is the alternative to giving it: the example gives it.
      .filter((f) => f.hint && !f.name.endsWith('Unknown'))
      .map((f) => [f.name, f.hint!.replace(/（示意）$/u, '')]),
  );

/** The types that make a new file (the article type adds to an existing issue: tested below). */
const newFileTypes = Object.keys(templates).filter((type) => !templates[type]!.amends);

describe.each(newFileTypes)('npm run new -- %s', (type) => {
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
    for (const field of template.fields.filter((f) => f.hint && f.name !== 'id' && !f.name.endsWith('Unknown') && !/^\d+$/u.test(f.hint))) {
      for (const item of field.list ? splitList(field.hint) : [exampleAnswers(type)[field.name]!]) expect(plan.text, `${field.name} is written`).toContain(item);
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

  it('run non-interactively into a copy of content/, creates a file that passes the content check', () => {
    const created = runNew(type, { ...exampleAnswers(type), ...unused[type] });
    expect(created.status, created.output).toBe(0);
    expect(created.output).toContain('已创建');
    const file = path.join(contentCopy, template.collection, `${template.id(withDefaults(template, { ...exampleAnswers(type), ...unused[type] }))}.${template.ext}`);
    expect(existsSync(file), file).toBe(true);
    const relative = path.relative(root, file).split(path.sep).join('/');
    expect(checkContent({ root, contentDir: contentCopy }).filter((p) => p.file === relative)).toEqual([]);
    // The same answers again: refused, the file left as it was.
    const before = readFileSync(file, 'utf8');
    const again = runNew(type, { ...exampleAnswers(type), ...unused[type] });
    expect(again.status).not.toBe(0);
    expect(again.output).toContain('已经存在');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('npm run new -- article', () => {
  const article = templates.article!;
  const issue = ['---', 'title: 示例专刊', 'number: 2', 'serial: 4', 'date: 2013-03', 'editor: 示例编辑部', 'items:', '  - article: 卷首语', '---', '', '## 卷首语', '', '示例。', ''].join('\n');

  it('adds the article to the end of an existing issue, its source date as far as known, and the result passes the check', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-new-content-'));
    cpSync(path.join(root, 'content'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'bulletins/2099-02.mdx'), issue);
    const answers = { issue: '2099-02', title: '示例日报关于示例考核的报道', sourceName: '示例日报', sourceDate: '2013-03', slug: 'shili-baodao' };
    const created = spawnSync(process.execPath, ['scripts/new.ts', 'article', ...Object.entries(answers).flatMap(([k, v]) => [`--${k}`, v])], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: dir, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(created.status, `${created.stdout}${created.stderr}`).toBe(0);
    expect(created.stdout).toContain('加入专刊文章');
    const text = readFileSync(path.join(dir, 'bulletins/2099-02.mdx'), 'utf8');
    const { data, body } = parseFrontmatter(text);
    expect(data.items).toEqual([{ article: '卷首语' }, { article: '示例日报关于示例考核的报道', slug: 'shili-baodao', source: { name: '示例日报', date: '2013-03' } }]);
    expect(body).toContain('\n## 卷首语\n\n示例。\n');
    expect(body.trimEnd().split('\n## ').at(-1)!.startsWith('示例日报关于示例考核的报道\n')).toBe(true);
    // Not a sample unless asked.
    expect(text).not.toContain('sample');
    const relative = path.relative(root, path.join(dir, 'bulletins/2099-02.mdx')).split(path.sep).join('/');
    expect(checkContent({ root, contentDir: dir }).filter((p) => p.file === relative && p.severity === 'error')).toEqual([]);
  });

  it('marks the article sample only with --sample', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-new-'));
    mkdirSync(path.join(dir, 'bulletins'));
    writeFileSync(path.join(dir, 'bulletins/2099-02.mdx'), issue);
    const plan = planNewFile(article, { issue: '2099-02', title: '示例文章', sample: 'true' }, dir);
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(parseFrontmatter(plan.text).data.items).toEqual([{ article: '卷首语' }, { article: '示例文章', sample: true }]);
  });

  it('names the issues there are when the issue does not exist', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-new-'));
    mkdirSync(path.join(dir, 'bulletins'));
    writeFileSync(path.join(dir, 'bulletins/2099-02.mdx'), issue);
    const plan = planNewFile(article, { issue: '2099-03', title: '示例文章' }, dir);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.errors.join('\n')).toContain('已有的 id：2099-02');
  });
});

describe('sample: true is written only when asked', () => {
  it.each(Object.keys(templates).filter((t) => !templates[t]!.amends))('the %s template writes sample: true only with --sample', (type) => {
    const dir = () => mkdtempSync(path.join(os.tmpdir(), 'szy-new-'));
    const plain = planNewFile(templates[type]!, exampleAnswers(type), dir());
    const sample = planNewFile(templates[type]!, { ...exampleAnswers(type), sample: 'true' }, dir());
    if (!plain.ok || !sample.ok) throw new Error('plan failed');
    const data = (text: string) => (templates[type]!.ext === 'mdx' ? parseFrontmatter(text).data : (parse(text) as Record<string, unknown>));
    expect(data(plain.text).sample).toBeUndefined();
    expect(data(sample.text).sample).toBe(true);
  });
});

describe('the notice template', () => {
  it('prints the 成文日期 in Chinese numerals and lists the addressees in order', () => {
    const plan = planNewFile(templates.notice!, { ...exampleAnswers('notice'), signedOn: '2012-10-20', signedOnPrinted: '', publishedAt: '2012-10-21 09:00' }, mkdtempSync(path.join(os.tmpdir(), 'szy-new-')));
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.text).toContain('signedOnPrinted: 二○一二年十月二十日');
    expect(plan.text).toContain('addressees:\n  - 各地级以上市经济和信息化主管部门\n  - 省产业转移工业园');
  });

  it('refuses a 发文字号 another circular already has, however its brackets are typed', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'szy-new-'));
    mkdirSync(path.join(dir, 'notices'));
    writeFileSync(path.join(dir, 'notices/old.mdx'), '---\ntitle: 旧\ndocNumber: 粤经信园区〔2026〕1号\n---\n');
    const plan = planNewFile(templates.notice!, { ...exampleAnswers('notice'), id: 'new' }, dir);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.errors.join('\n')).toMatch(/发文字号“粤经信园区〔2026〕1号”已被 .*old\.mdx 使用/u);
  });
});

describe('a circular whose copy lost its header', () => {
  const notice = templates.notice!;
  const dir = () => mkdtempSync(path.join(os.tmpdir(), 'szy-new-'));
  const given: Answers = Object.fromEntries(Object.entries({ ...exampleAnswers('notice'), id: 'lost-header' }).filter(([name]) => name !== 'docNumber' && name !== 'publishedAt'));

  it('is refused without a 发文字号, with both ways out and no real document\'s number as the example', () => {
    const plan = planNewFile(notice, given, dir());
    expect(plan.ok).toBe(false);
    const errors = !plan.ok ? plan.errors.join('\n') : '';
    expect(errors).toContain('缺少发文字号：原件载有时加上 --docNumber');
    expect(errors).toContain('--docNumberUnknown "理由"');
    expect(errors).toContain('缺少发布时间：原件载有时加上 --publishedAt');
    // The only number shown is visibly made up (示意).
    for (const number of errors.match(/\S+〔\d{4}〕\d+号\S*/gu) ?? []) expect(number).toContain('示意');
  });

  it('declared unknown with a reason, makes a file that passes the check and says so', () => {
    const folder = dir();
    const plan = planNewFile(notice, { ...given, docNumberUnknown: '所据转载本缺文头。', publishedAtUnknown: '所据转载本未载发布时间。' }, folder);
    expect(plan.ok, JSON.stringify(plan)).toBe(true);
    if (!plan.ok) return;
    const data = parseFrontmatter(plan.text).data;
    expect(data.docNumber).toBeUndefined();
    expect(data.unknown).toEqual({ docNumber: '所据转载本缺文头。', publishedAt: '所据转载本未载发布时间。' });
    mkdirSync(path.join(folder, 'notices'));
    writeFileSync(path.join(folder, 'notices/lost-header.mdx'), plan.text);
    expect(checkContent({ root: folder, contentDir: folder }).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses a fact both given and declared unknown', () => {
    const plan = planNewFile(notice, { ...exampleAnswers('notice'), docNumberUnknown: '理由。', id: 'both' }, dir());
    expect(!plan.ok && plan.errors.join('\n')).toContain('--docNumber 与 --docNumberUnknown 只能取一');
  });
});

describe('the scaffolder never alters or invents a fact', () => {
  const notice = templates.notice!;
  const dir = () => mkdtempSync(path.join(os.tmpdir(), 'szy-new-'));

  it.each([
    ['韶关、东莞、中山、阳江市人民政府', ['韶关、东莞、中山、阳江市人民政府']],
    ['各地级以上市人民政府，省政府各部门、各直属机构', ['各地级以上市人民政府，省政府各部门、各直属机构']],
    ['韶关市人民政府|东莞市人民政府', ['韶关市人民政府', '东莞市人民政府']],
    ['韶关市人民政府｜东莞市人民政府', ['韶关市人民政府', '东莞市人民政府']],
    ['韶关市人民政府\n东莞市人民政府', ['韶关市人民政府', '东莞市人民政府']],
  ])('splits %j only at | or a repeated flag', (given, items) => {
    expect(splitList(given)).toEqual(items);
  });

  it('writes an addressee with 、 as one addressee, and its greeting exactly as given', () => {
    const plan = planNewFile(notice, { ...exampleAnswers('notice'), addressees: '韶关、东莞、中山、阳江市人民政府' }, dir());
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(parseFrontmatter(plan.text).data.addressees).toEqual(['韶关、东莞、中山、阳江市人民政府']);
    expect(plan.text).toContain('\n韶关、东莞、中山、阳江市人民政府：\n');
    expect(plan.text).not.toContain('韶关，');
  });

  it('does not make up the punctuation between several addressees in the greeting', () => {
    const plan = planNewFile(notice, exampleAnswers('notice'), dir());
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.text).not.toMatch(/各地级以上市经济和信息化主管部门[，、]省产业转移工业园：/u);
    expect(plan.text).toContain('请照原件录入主送机关一行');
  });

  it('invents no time of publication: 发布时间 has no default, and a date alone is accepted as written', () => {
    expect(withDefaults(notice, { signedOn: '2012-02-06' }).publishedAt).toBeUndefined();
    const plan = planNewFile(notice, { ...exampleAnswers('notice'), publishedAt: '2012-02-06' }, dir());
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.text).toContain('\npublishedAt: 2012-02-06\n');
    expect(plan.text).not.toContain('09:00');
  });

  it('names an unknown flag and lists the valid ones', () => {
    const lines = unknownFlags(notice, { ...exampleAnswers('notice'), signedOnPrintd: '二○一二年二月六日' });
    expect(lines[0]).toBe('没有 --signedOnPrintd 这个参数（通知公告）。');
    expect(lines.join('\n')).toContain('--signedOnPrinted');
    expect(lines.join('\n')).toContain('--addressees');
    expect(unknownFlags(notice, { ...exampleAnswers('notice'), yes: 'true', sample: 'true' })).toEqual([]);
    // A field one type has is not silently taken by another.
    expect(unknownFlags(templates.case!, { ...exampleAnswers('case'), docNumber: '示经信〔2012〕1号' })[0]).toBe('没有 --docNumber 这个参数（先进典型）。');
  });

  it('shows back each list as split and every default it filled in', () => {
    const given = { ...exampleAnswers('notice'), signedOnPrinted: '', id: '' };
    const lines = reviewLines(notice, given, withDefaults(notice, given));
    expect(lines).toContain('  1. 各地级以上市经济和信息化主管部门');
    expect(lines).toContain('  2. 省产业转移工业园');
    expect(lines.some((l) => l.startsWith('已采用默认值：成文日期原件写法') && l.includes('二○一二年二月六日') && l.endsWith('请核对。'))).toBe(true);
    expect(lines.some((l) => l.startsWith('已采用默认值：文件 id') && l.includes('notice-2026-1'))).toBe(true);
  });

  it('on the command line: refuses an unknown flag, keeps 、 and says what it filled in', () => {
    const refused = runNew('notice', { ...exampleAnswers('notice'), ...unused.notice, signedOnPrintd: 'x' });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('没有 --signedOnPrintd 这个参数');
    const answers = { ...exampleAnswers('notice'), docNumber: '粤经信园区〔2012〕99号', id: '', signedOnPrinted: '', addressees: '韶关、东莞、中山、阳江市人民政府' };
    const created = runNew('notice', Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== '')));
    expect(created.status, created.output).toBe(0);
    expect(created.output).toContain('共 1 项');
    expect(created.output).toContain('  1. 韶关、东莞、中山、阳江市人民政府');
    expect(created.output).toMatch(/已采用默认值：文件 id.*notice-2012-99，请核对。/u);
    const text = readFileSync(path.join(contentCopy, 'notices/notice-2012-99.mdx'), 'utf8');
    expect(parseFrontmatter(text).data.addressees).toEqual(['韶关、东莞、中山、阳江市人民政府']);
  });
});
