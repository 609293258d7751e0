import type { DatasetCite } from '../../schemas/datasets.ts';

/** A value's source, resolved: a phrase of a document, or a derivation. */
export type ResolvedCite = { phrase: string; source: string } | { derived: string };

/** Resolves a cell's `cite` entry; a bare phrase cites the dataset's own source. */
export function resolveCite(cite: DatasetCite | undefined, datasetSource: string): ResolvedCite | undefined {
  if (cite === undefined) return undefined;
  if (typeof cite === 'string') return { phrase: cite, source: datasetSource };
  if ('derived' in cite) return { derived: cite.derived };
  return { phrase: cite.phrase, source: cite.source ?? datasetSource };
}
