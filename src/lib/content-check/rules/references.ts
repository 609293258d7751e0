import { collections } from '../../../schemas/index.ts';
import { explainUnresolved, suggestRef, type RefTargets } from '../../refs/refs.ts';
import { collectRefs } from '../collect-refs.ts';
import type { CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';

/** The ids of every entry, by collection: what a reference may point at. */
export function refTargets(entries: readonly CheckedEntry[]): RefTargets {
  const targets = new Map<string, Set<string>>(Object.keys(collections).map((name) => [name, new Set<string>()]));
  for (const entry of entries) targets.get(entry.collection)?.add(entry.id);
  return targets;
}

/**
 * Every reference (`collection/id`, in any field built on `refSchema`) must name
 * an entry that exists in content/, in any registered collection.
 */
export function references(entries: CheckedEntry[]): Problem[] {
  const targets = refTargets(entries);
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!entry.data || !(entry.collection in collections)) continue;
    for (const ref of collectRefs(collections[entry.collection as keyof typeof collections].schema, entry.data)) {
      const message = explainUnresolved(ref.value, targets);
      if (!message) continue;
      problems.push({
        file: entry.file,
        ...entry.parsed.locate(ref.path),
        field: ref.path.join('.'),
        label: '引用',
        message,
        suggestion: suggestRef(ref.value, targets),
        severity: 'error',
      });
    }
  }
  return problems;
}
