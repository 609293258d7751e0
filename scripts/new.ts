/**
 * `npm run new -- <type> [--field value …]`: starts a new content file from the
 * type's template (src/lib/scaffold/templates/), asking for what the flags do not
 * give when run in a terminal. Refuses to overwrite a file or reuse a 发文字号/id,
 * and checks the new file with the content check before writing it.
 * CONTENT_DIR names another content folder (default content/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { checkContent, type SourceFile } from '../src/lib/content-check/check-content.ts';
import { formatProblems } from '../src/lib/content-check/problem.ts';
import { templates } from '../src/lib/scaffold/index.ts';
import { missingFields, planNewFile, reviewLines, unknownFlags, withDefaults } from '../src/lib/scaffold/scaffold.ts';
import type { Answers } from '../src/lib/scaffold/types.ts';
import { collections, type CollectionName } from '../src/schemas/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.resolve(root, process.env.CONTENT_DIR || 'content');

function usage(): string {
  const types = Object.values(templates)
    .map((t) => `  ${t.type.padEnd(12)}${t.label}`)
    .join('\n');
  return `用法：npm run new -- <类型> [--字段 值 …]\n\n类型：\n${types}\n\n例：npm run new -- notice --title "关于……的通知" --docNumber "粤经信园区〔2026〕1号"（示意）\n原件未载发文字号时，改用 --docNumberUnknown "理由"。\n多项的字段（如主送机关）用竖线 | 分项，或重复参数；顿号、逗号照原样保留，不分项。\n不带字段运行时会逐项询问。`;
}

/**
 * Reads `--name value`, `--name=value` and `--flag` (true); kebab-case names become camelCase.
 * A flag given more than once gives a list: its values joined by line breaks (see splitList).
 */
function parseArgs(argv: string[]): { positional: string[]; flags: Answers } {
  const positional: string[] = [];
  const flags: Answers = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--([^=]+)(?:=(.*))?$/su.exec(arg);
    if (!m) {
      positional.push(arg);
      continue;
    }
    const name = m[1]!.replace(/-([a-z])/gu, (_, c: string) => c.toUpperCase());
    const value = m[2] !== undefined ? m[2] : argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--') ? argv[++i]! : 'true';
    flags[name] = flags[name] === undefined ? value : `${flags[name]}\n${value}`;
  }
  return { positional, flags };
}

function fail(lines: string[], code = 1): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(code);
}

const { positional, flags } = parseArgs(process.argv.slice(2));
const template = templates[positional[0] ?? ''];
if (!template) fail([positional[0] ? `没有“${positional[0]}”这种内容类型。` : '请说明要新建哪种内容。', '', usage()], 2);

const unknown = unknownFlags(template, flags);
if (unknown.length > 0) fail(['未创建文件：', ...unknown], 2);

let answers: Answers = { ...flags };
/** What the editor gave (flags and typed replies), as against defaults the scaffolder filled in. */
const given: Answers = { ...flags };
const interactive = process.stdin.isTTY === true && flags.yes !== 'true';
if (interactive) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  process.stdout.write(`新建${template.label}。直接回车采用方括号中的默认值。\n`);
  for (const field of template.fields) {
    if ((answers[field.name] ?? '') !== '') continue;
    for (;;) {
      const fallback = withDefaults(template, answers)[field.name];
      const hint = field.hint ? `，如 ${field.hint}` : '';
      const typed = (await rl.question(`${field.label}${hint}${fallback ? ` [${fallback}]` : ''}：`)).trim();
      const reply = typed || fallback || '';
      const problem = reply && field.validate ? field.validate(reply, answers) : undefined;
      if (problem) process.stdout.write(`  ${problem}\n`);
      else if (!reply && field.required) process.stdout.write('  此项必填。\n');
      else {
        if (reply) answers[field.name] = reply;
        if (typed) given[field.name] = typed;
        break;
      }
    }
  }
  rl.close();
} else if (missingFields(template, withDefaults(template, answers)).length > 0 && Object.keys(flags).length === 0) {
  fail(['没有在终端中运行，无法逐项询问；请用参数给出各项：', '', usage()], 2);
}
answers = withDefaults(template, answers);

const plan = planNewFile(template, answers, contentDir);
if (!plan.ok) fail(['未创建文件：', ...plan.errors.map((e) => `  ✖ ${e}`)]);

// Check the new file together with the existing content before writing it.
const relative = path.relative(root, plan.file).split(path.sep).join('/');
if (template.collection in collections) {
  const collection = template.collection as CollectionName;
  const source: SourceFile = { collection, file: relative, relative: path.basename(plan.file), source: plan.text };
  // With the existing content, so that references to it (cities, themes, circulars…) resolve.
  const all = checkContent({ root, contentDir }, [source]).filter((p) => p.severity === 'error');
  const problems = all.filter((p) => p.file === relative);
  const others = all.filter((p) => p.file !== relative);
  if (problems.length > 0) fail(['未创建文件：按所给内容生成的文件通不过内容检查。', '', formatProblems(problems)]);
  if (others.length > 0) process.stderr.write(`提醒：已有内容中有 ${others.length} 处错误，运行 npm run check 查看。\n`);
}

// Shown before the file is written: the lists as split, and every value filled in by default.
const review = reviewLines(template, given, answers);
if (review.length > 0) process.stdout.write(`${review.join('\n')}\n\n`);

mkdirSync(path.dirname(plan.file), { recursive: true });
writeFileSync(plan.file, plan.text, { flag: plan.amended ? 'w' : 'wx' });
process.stdout.write(
  [
    plan.amended ? `已在 ${relative} 中加入${template.label}（目录 items 末尾一项，正文末尾一节）` : `已创建 ${relative}`,
    '',
    '下一步：',
    '  1. 打开这个文件，照原件补全元数据和正文（文件中的注释说明了每一项）。',
    '  2. 运行 npm run dev，在浏览器中预览（保存后自动刷新）。',
    '  3. 提交前运行 npm run check，按提示逐条修改。',
    '',
  ].join('\n'),
);
