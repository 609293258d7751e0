import { getCollection, type CollectionEntry } from 'astro:content';
import { buildFacets, resolveCase, sortCases, type CaseView, type Reference } from './cases.ts';

/** A case entry as the pages use it: id plus frontmatter. */
export type CaseEntry = CollectionEntry<'cases'>['data'] & { id: string };

/**
 * Loads the cases and the reference data once per page and resolves them
 * (the thin Astro-facing side of src/lib/cases/cases.ts).
 */
export async function loadCases(): Promise<{ ref: Reference; views: CaseView<CaseEntry>[]; facets: ReturnType<typeof buildFacets<CaseEntry>> }> {
  const [regions, cities, parks, themes, cases] = await Promise.all([
    getCollection('regions'),
    getCollection('cities'),
    getCollection('parks'),
    getCollection('themes'),
    getCollection('cases'),
  ]);
  const ref: Reference = {
    regions: regions.map((e) => e.data),
    cities: cities.map((e) => e.data),
    parks: parks.map((e) => e.data),
    themes: themes.map((e) => e.data),
  };
  const views = sortCases(cases.map((e) => resolveCase({ ...e.data, id: e.id }, ref)), ref);
  return { ref, views, facets: buildFacets(views, ref) };
}
