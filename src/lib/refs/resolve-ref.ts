import { getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { parseRef } from './refs.ts';
import { collectionLabel, entryPath } from '../routes.ts';

/** A reference resolved against the site's content, for display. */
export interface ResolvedRef {
  ref: string;
  collection: string;
  id: string;
  title: string;
  /** The entry's page, without the base. */
  path: string;
  /** What it is, e.g. 通知. */
  label: string;
  /** The entry's date, YYYY-MM-DD, when it has one. */
  date?: string;
  docNumber?: string;
  description?: string;
  sample: boolean;
  entry: CollectionEntry<CollectionKey>;
}

/** The date an entry is listed under, whatever its collection calls it. */
export function entryDate(data: Record<string, unknown>): string | undefined {
  for (const key of ['date', 'publishedAt', 'signedOn']) {
    if (typeof data[key] === 'string') return (data[key] as string).slice(0, 10);
  }
  return undefined;
}

/**
 * Resolves `collection/id` to the entry, in any collection. The content check has
 * already refused references to missing entries, so a miss here is a bug: it throws.
 */
export async function resolveRef(ref: string): Promise<ResolvedRef> {
  const parsed = parseRef(ref);
  const entry = parsed && (await getEntry(parsed.collection as CollectionKey, parsed.id));
  if (!parsed || !entry) throw new Error(`Unresolved reference ${ref}: the content check should have reported it.`);
  const data = entry.data as Record<string, unknown>;
  return {
    ref,
    collection: parsed.collection,
    id: parsed.id,
    title: String(data.title),
    path: entryPath(parsed.collection, parsed.id),
    label: collectionLabel(parsed.collection),
    date: entryDate(data),
    docNumber: typeof data.docNumber === 'string' ? data.docNumber : undefined,
    description: typeof data.description === 'string' ? data.description : undefined,
    sample: data.sample === true,
    entry,
  };
}
