import type { z } from 'astro/zod';

/** A field of a collection's schema, as the editor's guide lists it. */
export interface SchemaField {
  /** Dotted path; list items are left out, e.g. attachments.anchor. */
  path: string;
  /** The Chinese name from `.describe()`. */
  label?: string;
  /** False when the field may be left out (optional or with a default). */
  required: boolean;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/**
 * Lists every field of an object schema, nested objects and objects in lists
 * included, with its label and whether it is required.
 */
export function schemaFields(schema: z.ZodType, prefix = ''): SchemaField[] {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else if (def.type === 'array' && def.element) current = def.element;
    else break;
  }
  const def = defOf(current);
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).flatMap(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const type = defOf(field).type;
    return [{ path, label: field.description, required: type !== 'optional' && type !== 'default' }, ...schemaFields(field, path)];
  });
}
