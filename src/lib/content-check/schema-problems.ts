import type { z } from 'astro/zod';
import type { ParsedFile } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { unknownFieldProblems } from './unknown-fields.ts';

type AnySchema = z.ZodType;

/** Walks into a schema along a field path, through optional/default/array/pipe wrappers. */
function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  const unwrap = (s: AnySchema): AnySchema => {
    const def = (s as unknown as { def: Record<string, unknown> }).def;
    if (def.innerType) return unwrap(def.innerType as AnySchema);
    if (def.type === 'pipe' && def.in) return unwrap(def.in as AnySchema);
    return s;
  };
  for (const key of path) {
    if (!current) return undefined;
    const s = unwrap(current);
    const def = (s as unknown as { def: Record<string, unknown> }).def;
    if (def.type === 'object') current = (def.shape as Record<string, AnySchema>)[String(key)];
    else if (def.type === 'array') current = def.element as AnySchema;
    else return undefined;
  }
  return current;
}

/** The field's Chinese name, taken from the schema's `.describe()`. */
export function fieldLabel(schema: AnySchema, path: readonly PropertyKey[]): string | undefined {
  const named = path.filter((k) => typeof k === 'string');
  if (named.length === 0) return undefined;
  return schemaAt(schema, path)?.description;
}

/** Turns a failed schema parse into located problems, one per issue. */
export function schemaProblems(file: string, parsed: ParsedFile, schema: AnySchema, error: z.ZodError): Problem[] {
  // Unknown keys are reported by one rule for every schema, strict or not (unknown-fields.ts).
  return error.issues.filter((issue) => issue.code !== 'unrecognized_keys').map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const field = path.map(String).join('.');
    const label = fieldLabel(schema, path);
    const value = path.reduce<unknown>((obj, key) => (obj == null ? undefined : (obj as Record<string, unknown>)[key]), parsed.data);
    let message = issue.message;
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && value === undefined) {
      message = `缺少必填字段 ${field}${label ? `（${label}）` : ''}。`;
    } else if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
      const expected = (issue as { expected?: unknown }).expected;
      message = `类型不对：${expected ? `应为${describeExpected(String(expected))}，` : ''}这里是 ${JSON.stringify(value)}。`;
    }
    const suggestion = (issue as { params?: { suggestion?: string } }).params?.suggestion;
    const pos = parsed.locate(value === undefined && path.length > 0 ? path.slice(0, -1) : path);
    return { file, ...pos, field, label, message, suggestion, severity: 'error' as const };
  });
}

function describeExpected(expected: string): string {
  const names: Record<string, string> = {
    string: '文字',
    number: '数字',
    boolean: 'true 或 false',
    array: '列表（每项以 - 开头）',
    object: '含子字段的对象',
    date: '日期',
  };
  return names[expected] ?? expected;
}

/**
 * Checks one entry's data against its schema: the schema's own problems, and every field it
 * does not know (which zod would drop without a word). Every content file, data-list item and
 * settings file passes here. `data` is the schema's output when it passed (an unknown field is its own error, and
 * does not make the entry unknown to the rules that read the others).
 */
export function validate(file: string, parsed: ParsedFile, schema: AnySchema): { data?: Record<string, unknown>; problems: Problem[] } {
  const result = schema.safeParse(parsed.data);
  const problems = [...unknownFieldProblems(file, parsed, schema), ...(result.success ? [] : schemaProblems(file, parsed, schema, result.error))];
  return { data: result.success ? (result.data as Record<string, unknown>) : undefined, problems };
}
