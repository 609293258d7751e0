import { distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import type { ParsedFile } from './frontmatter.ts';
import type { Problem } from './problem.ts';

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  catchall?: z.ZodType;
  getter?: () => z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** A schema without its optional/default/nullable/pipe/lazy wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  for (let current = schema; ; ) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else return current;
  }
}

/**
 * The fields an object schema knows, each with its schema; undefined when the schema takes
 * any key (a record, or an object with a catch-all). Unions and intersections of objects
 * know the fields of all their members.
 */
function knownFields(schema: z.ZodType): Map<string, z.ZodType> | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'object' && def.shape) {
    if (def.catchall && defOf(def.catchall).type !== 'never') return undefined;
    return new Map(Object.entries(def.shape));
  }
  const members = def.type === 'union' ? (def.options ?? []) : def.type === 'intersection' ? [def.left!, def.right!] : [];
  const objects = members.map((m) => ({ m, def: defOf(unwrap(m)) })).filter(({ def: d }) => d.type === 'object' || d.type === 'union' || d.type === 'intersection');
  if (objects.length === 0) return undefined;
  const fields = new Map<string, z.ZodType>();
  for (const { m } of objects) {
    const known = knownFields(m);
    if (!known) return undefined;
    for (const [key, field] of known) if (!fields.has(key)) fields.set(key, field);
  }
  return fields;
}

/** The schema of a list's items, when the schema is a list. */
function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  if (def.type === 'union') {
    for (const option of def.options ?? []) {
      const element = elementOf(option);
      if (element) return element;
    }
  }
  return undefined;
}

/** An unknown key, where it stands, and the known field it most likely means. */
export interface UnknownField {
  path: (string | number)[];
  key: string;
  /** The nearest known field at the same level, with its Chinese label. */
  nearest?: { key: string; label?: string };
  /** Every field known at that level. */
  known: string[];
}

/**
 * Short typos (smaple, attachmnets) are a few edits away; a word that is further is no guess.
 * Of equally near fields, the one of the same length is meant (kidn: kind, not id).
 */
function nearestOf(key: string, fields: Map<string, z.ZodType>): UnknownField['nearest'] {
  const ranked = [...fields.keys()]
    .map((candidate) => ({ key: candidate, d: distance(key.toLowerCase(), candidate.toLowerCase()), lengths: Math.abs(candidate.length - key.length) }))
    .sort((a, b) => a.d - b.d || a.lengths - b.lengths || a.key.localeCompare(b.key));
  const best = ranked[0];
  if (!best || best.d > Math.max(2, Math.ceil(key.length / 3))) return undefined;
  return { key: best.key, label: unwrapLabel(fields.get(best.key)!) };
}

function unwrapLabel(schema: z.ZodType): string | undefined {
  return schema.description ?? unwrap(schema).description;
}

/**
 * Every key in the data that its schema does not know, found by walking the data beside the
 * schema (nested objects and lists of objects included). zod drops such keys without a word,
 * so a misspelt `smaple: true` would publish a sample as real; reading the known keys from
 * the schemas themselves means a field added to a schema is known here at once.
 */
export function unknownFields(schema: z.ZodType, data: unknown, path: (string | number)[] = []): UnknownField[] {
  if (Array.isArray(data)) {
    const element = elementOf(schema);
    return element ? data.flatMap((item, i) => unknownFields(element, item, [...path, i])) : [];
  }
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  const def = defOf(unwrap(schema));
  if (def.type === 'record') {
    return Object.entries(data).flatMap(([key, value]) => unknownFields(def.valueType!, value, [...path, key]));
  }
  const fields = knownFields(schema);
  if (!fields) return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const field = fields.get(key);
    if (field) return unknownFields(field, value, [...path, key]);
    return [{ path: [...path, key], key, nearest: nearestOf(key, fields), known: [...fields.keys()] }];
  });
}

/** Unknown fields as problems at their key, each with the known field it most likely means. */
export function unknownFieldProblems(file: string, parsed: ParsedFile, schema: z.ZodType): Problem[] {
  return unknownFields(schema, parsed.data).map(({ path, key, nearest, known }) => {
    const where = path.length > 1 ? `${path.slice(0, -1).join('.')} 中` : '这类内容';
    const message = nearest
      ? `不认识的字段“${key}”：${where}没有这个字段，它会被忽略而不发布。是不是 ${nearest.key}${nearest.label ? `（${nearest.label}）` : ''}？`
      : `不认识的字段“${key}”：${where}没有这个字段，它会被忽略而不发布。这里可写的字段有：${known.join('、')}。`;
    const written = parsed.written(path);
    return {
      file,
      ...parsed.locate(path),
      field: path.map(String).join('.'),
      label: '未知字段',
      message,
      ...(nearest ? { suggestion: written ?? '', suggestedField: nearest.key } : {}),
      severity: 'error' as const,
    };
  });
}
