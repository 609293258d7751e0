import type { z } from 'astro/zod';

/** A reference found in an entry's data, with the field path it stands at. */
export interface FoundRef {
  path: (string | number)[];
  value: string;
  /** False for a reverse reference (where the entry is cited), which makes no backlink. */
  backlink: boolean;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[] };

/**
 * Walks data along its schema and returns every value whose schema is marked
 * as a reference (`refSchema` in src/schemas/refs.ts, meta `szyRef`). So any
 * collection that uses `refSchema` has its references checked, without a list
 * of fields to keep up to date.
 */
export function collectRefs(schema: z.ZodType, data: unknown, path: (string | number)[] = []): FoundRef[] {
  if (data === undefined || data === null) return [];
  const meta = (schema as unknown as { meta?: () => Record<string, unknown> | undefined }).meta?.();
  if (meta?.szyRef && typeof data === 'string') return [{ path, value: data, backlink: meta.backlink !== false }];
  const def = (schema as unknown as { def: Def }).def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'catch':
    case 'prefault':
      return def.innerType ? collectRefs(def.innerType, data, path) : [];
    case 'pipe':
      return def.in ? collectRefs(def.in, data, path) : [];
    case 'object':
      if (typeof data !== 'object') return [];
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) =>
        collectRefs(field, (data as Record<string, unknown>)[key], [...path, key]),
      );
    case 'array':
      return Array.isArray(data) && def.element ? data.flatMap((item, i) => collectRefs(def.element!, item, [...path, i])) : [];
    case 'union': {
      const seen = new Map<string, FoundRef>();
      for (const option of def.options ?? []) {
        for (const ref of collectRefs(option, data, path)) seen.set(ref.path.join('.'), ref);
      }
      return [...seen.values()];
    }
    default:
      return [];
  }
}
