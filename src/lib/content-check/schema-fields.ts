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

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/**
 * Lists every field of an object schema, nested objects and objects in lists
 * included, with its label and whether it is required. A union of objects (a park's
 * source: a circular, an entry or an outside source) lists the fields of every form,
 * each required only when every form requires it.
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
  if (def.type === 'union' && def.options) {
    const forms = def.options.map((option) => schemaFields(option, prefix));
    const merged = new Map<string, SchemaField>();
    for (const field of forms.flat()) {
      const everywhere = forms.every((form) => form.some((f) => f.path === field.path && f.required));
      if (!merged.has(field.path)) merged.set(field.path, { ...field, required: everywhere });
    }
    return [...merged.values()];
  }
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).flatMap(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const type = defOf(field).type;
    return [{ path, label: field.description, required: type !== 'optional' && type !== 'default' }, ...schemaFields(field, path)];
  });
}
