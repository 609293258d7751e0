import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseFrontmatter } from '../content-check/frontmatter.ts';
import type { Answers, ContentTemplate, FieldSpec } from './types.ts';
import { splitList } from './yaml-text.ts';

/** An entry already in the collection, as far as uniqueness needs it. */
export interface ExistingEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/** The entries already in a collection folder (Markdown/MDX frontmatter or YAML data). */
export function existingEntries(dir: string): ExistingEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.(mdx|md|ya?ml|json)$/u.test(name))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const text = readFileSync(file, 'utf8');
      let data: Record<string, unknown>;
      try {
        data = /\.(mdx|md)$/u.test(name) ? parseFrontmatter(text).data : ((parse(text) ?? {}) as Record<string, unknown>);
      } catch {
        data = {};
      }
      return { id: name.replace(/\.[^.]+$/u, '').split(path.sep).join('/'), file, data };
    });
}

/** Fills defaults worked out from earlier answers, in field order. */
export function withDefaults(template: ContentTemplate, answers: Answers): Answers {
  const filled = { ...answers };
  for (const field of template.fields) {
    if ((filled[field.name] ?? '') === '' && field.defaultValue) {
      const value = field.defaultValue(filled);
      if (value !== undefined) filled[field.name] = value;
    }
  }
  return filled;
}

/** The required fields still without an answer. */
export function missingFields(template: ContentTemplate, answers: Answers): FieldSpec[] {
  return template.fields.filter((f) => f.required && (answers[f.name] ?? '').trim() === '');
}

/** `amended`: the file exists and the text replaces it (a type that `amends`). */
export type Plan = { ok: true; file: string; text: string; amended?: boolean } | { ok: false; errors: string[] };

/**
 * Works out the new file (where and what) from the answers, or says why it
 * cannot be made: a missing or malformed answer, a file that already exists,
 * or a unique value (发文字号, id) already used. Nothing is written here.
 */
export function planNewFile(template: ContentTemplate, given: Answers, contentDir: string): Plan {
  const answers = withDefaults(template, given);
  const errors: string[] = [];
  for (const field of missingFields(template, answers)) {
    errors.push(`缺少${field.label}：请加上 --${field.name} "${field.hint ?? '…'}"。`);
  }
  for (const field of template.fields) {
    const value = answers[field.name]?.trim();
    if (!value || !field.validate) continue;
    const message = field.validate(value, answers);
    if (message) errors.push(`${field.label}：${message}`);
  }
  errors.push(...(template.checkAnswers?.(answers) ?? []));
  if (errors.length > 0) return { ok: false, errors };
  const dir = path.join(contentDir, template.collection);
  const id = template.id(answers);
  const file = path.join(dir, `${id}.${template.ext}`);
  const existing = existingEntries(dir);
  if (template.amends) {
    if (!existsSync(file)) {
      const ids = existing.map((e) => e.id).join('、') || '（无）';
      return { ok: false, errors: [`没有文件 ${file}：${template.label}要加到已有的一期中。已有的 id：${ids}。先用 npm run new -- bulletin 新建一期。`] };
    }
    return { ok: true, file, text: template.amend!(readFileSync(file, 'utf8'), answers), amended: true };
  }
  if (existsSync(file) || existing.some((e) => e.id === id)) {
    const other = existing.find((e) => e.id === id)?.file ?? file;
    errors.push(`文件 ${other} 已经存在（id“${id}”已被使用）：不会覆盖已有文件。请换一个 id（--id）。`);
  }
  if (template.unique && template.unique.field !== 'id') {
    const { field, label, normalize } = template.unique;
    const wanted = normalize(answers[field] ?? '');
    const clash = wanted !== '' && existing.find((e) => typeof e.data[field] === 'string' && normalize(e.data[field] as string) === wanted);
    if (clash) errors.push(`${label}“${answers[field]}”已被 ${clash.file} 使用：两份文件不能共用一个${label}。请核对原件。`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, file, text: template.render(answers) };
}

/** Flags every type takes besides its fields and its own switches. */
export const commonFlags: Record<string, string> = {
  yes: '不逐项询问，只用参数',
};

/**
 * The flags given that the type does not know, each with the valid flags listed: an unknown
 * flag is an error, never silently dropped (a misspelt --docNumbr would lose a fact).
 * @example unknownFlags(templates.notice, { titel: 'x' }) // ['没有 --titel 这个参数。…']
 */
export function unknownFlags(template: ContentTemplate, flags: Answers): string[] {
  const switches = { ...template.switches, ...commonFlags };
  const known = new Set([...template.fields.map((f) => f.name), ...Object.keys(switches)]);
  const unknown = Object.keys(flags).filter((name) => !known.has(name));
  if (unknown.length === 0) return [];
  const valid = [...template.fields.map((f) => `  --${f.name}  ${f.label}`), ...Object.entries(switches).map(([name, label]) => `  --${name}  ${label}`)];
  return [...unknown.map((name) => `没有 --${name} 这个参数（${template.label}）。`), '', `${template.label}可用的参数：`, ...valid];
}

/**
 * What the scaffolder is about to write that the editor should look at before going on: every
 * value it filled in itself (已采用默认值), and every list field as the items it was split into.
 */
export function reviewLines(template: ContentTemplate, given: Answers, filled: Answers): string[] {
  const lines: string[] = [];
  for (const field of template.fields) {
    const value = filled[field.name];
    if (!value) continue;
    if ((given[field.name] ?? '') === '') lines.push(`已采用默认值：${field.label} = ${value}，请核对。`);
    if (field.list) {
      const items = splitList(value);
      lines.push(`${field.label}：共 ${items.length} 项（以竖线 | 或重复参数分项，顿号、逗号不分项）`, ...items.map((item, i) => `  ${i + 1}. ${item}`));
    }
  }
  return lines;
}
