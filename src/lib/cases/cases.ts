/**
 * Typical cases (先进典型) and the finder's facets: pure functions over the case
 * entries and the reference data. Pages, the map and the tests all take their
 * counts from `buildFacets`, so a count shown anywhere is the same count.
 */

export interface RegionRef { id: string; name: string; fullName: string; alias?: string; order: number }
export interface CityRef { id: string; name: string; region: string; tile: { col: number; row: number } }
export interface ParkRef { id: string; name: string; kind: string; transferOut: { city: string; place?: string }; host: { city: string; place?: string } }
export interface ThemeRef { id: string; name: string; kind: '工作' | '做法'; parent?: string; order: number; summary: string; quote: string; quoteFrom: string }

/** The reference data a case is read against. */
export interface Reference {
  regions: RegionRef[];
  cities: CityRef[];
  parks: ParkRef[];
  themes: ThemeRef[];
}

/** What the finder needs of a case entry (its id and frontmatter). */
export interface CaseInput {
  id: string;
  title: string;
  summary: string;
  sample: boolean;
  city: string;
  park?: string;
  themes: string[];
  year: number;
  results?: { label: string; value: number; unit: string; source: string }[];
}

/** A case with its references resolved; the region comes from the city. */
export interface CaseView<T extends CaseInput = CaseInput> {
  entry: T;
  id: string;
  city: CityRef;
  region: RegionRef;
  park?: ParkRef;
  themes: ThemeRef[];
}

/** The facets of the finder, in the order they are shown. */
export const facetKinds = ['region', 'city', 'park', 'theme', 'year'] as const;
export type FacetKind = (typeof facetKinds)[number];

/** Chinese names of the facets. */
export const facetLabels: Record<FacetKind, string> = { region: '区域', city: '城市', park: '园区', theme: '主题', year: '年份' };

/** One value of a facet: its id (in URLs), its name (on the page and in the search filter) and its cases. */
export interface FacetValue<T extends CaseInput = CaseInput> {
  kind: FacetKind;
  id: string;
  name: string;
  /** The cases that match, in list order. */
  cases: CaseView<T>[];
}

/** The URL path of a case's page. */
export function casePath(id: string): string {
  return `/cases/${id}/`;
}

/** The URL path of a facet page, e.g. facetPath('city', 'shanwei') → /cases/city/shanwei/. */
export function facetPath(kind: FacetKind, id: string): string {
  return `/cases/${kind}/${id}/`;
}

function byId<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((x) => x.id === id);
  // The content check reports unknown ids before the build; this only guards against skipping it.
  if (!found) throw new Error(`Unknown ${what} id "${id}" (run npm run check).`);
  return found;
}

/** Resolves a case's city, region (from the city), park and themes. */
export function resolveCase<T extends CaseInput>(entry: T, ref: Reference): CaseView<T> {
  const city = byId(ref.cities, entry.city, 'city');
  return {
    entry,
    id: entry.id,
    city,
    region: byId(ref.regions, city.region, 'region'),
    park: entry.park ? byId(ref.parks, entry.park, 'park') : undefined,
    themes: entry.themes.map((t) => byId(ref.themes, t, 'theme')).sort((a, b) => a.order - b.order),
  };
}

/** List order: by region, then city (as in cities.yaml), then title. */
export function sortCases<T extends CaseInput>(cases: readonly CaseView<T>[], ref: Reference): CaseView<T>[] {
  const cityOrder = (c: CaseView<T>) => ref.cities.findIndex((x) => x.id === c.city.id);
  return [...cases].sort(
    (a, b) => a.region.order - b.region.order || cityOrder(a) - cityOrder(b) || a.entry.title.localeCompare(b.entry.title, 'zh-CN') || a.id.localeCompare(b.id),
  );
}

/** Does a case match one facet value? */
export function matches(view: CaseView, kind: FacetKind, id: string): boolean {
  switch (kind) {
    case 'region':
      return view.region.id === id;
    case 'city':
      return view.city.id === id;
    case 'park':
      return view.park?.id === id;
    case 'theme':
      return view.themes.some((t) => t.id === id);
    case 'year':
      return String(view.entry.year) === id;
  }
}

/**
 * Every value of every facet with the cases that match it. Regions, cities,
 * parks and themes list all their reference values (a city with no case has an
 * empty list, so the map can link every city); years list those that have cases.
 */
export function buildFacets<T extends CaseInput>(views: readonly CaseView<T>[], ref: Reference): Record<FacetKind, FacetValue<T>[]> {
  const sorted = sortCases(views, ref);
  const values = (kind: FacetKind, list: { id: string; name: string }[]) =>
    list.map(({ id, name }) => ({ kind, id, name, cases: sorted.filter((v) => matches(v, kind, id)) }));
  const years = [...new Set(views.map((v) => v.entry.year))].sort((a, b) => b - a).map((y) => ({ id: String(y), name: `${y}年` }));
  return {
    region: values('region', [...ref.regions].sort((a, b) => a.order - b.order)),
    city: values('city', ref.cities),
    park: values('park', ref.parks),
    theme: values('theme', [...ref.themes].sort((a, b) => a.order - b.order)),
    year: values('year', years),
  };
}

/** The value a Pagefind filter carries for a facet value: names, and the bare year for years. */
export function filterValue(value: { kind: FacetKind; id: string; name: string }): string {
  return value.kind === 'year' ? value.id : value.name;
}

/**
 * Similar cases, computed at build time: those sharing a theme score 2 per
 * shared theme, the same region 1, the same park 1; ties by list order. Only
 * cases that share something are offered.
 */
export function similarCases<T extends CaseInput>(view: CaseView<T>, all: readonly CaseView<T>[], ref: Reference, limit = 4): CaseView<T>[] {
  const themeIds = new Set(view.themes.map((t) => t.id));
  const score = (other: CaseView<T>) =>
    other.themes.filter((t) => themeIds.has(t.id)).length * 2 + (other.region.id === view.region.id ? 1 : 0) + (view.park && other.park?.id === view.park.id ? 1 : 0);
  const order = sortCases(all, ref);
  return order
    .filter((o) => o.id !== view.id)
    .map((o) => ({ o, s: score(o) }))
    .filter(({ s }) => s > 0)
    .sort((a, b) => b.s - a.s || order.indexOf(a.o) - order.indexOf(b.o))
    .slice(0, limit)
    .map(({ o }) => o);
}

/**
 * The figures of cases that may enter datasets and charts: only those of cases
 * that are not sample content. Anyone building statistics from cases uses this.
 */
export function publicFigures(cases: readonly CaseInput[]): { caseId: string; label: string; value: number; unit: string; source: string }[] {
  return cases.filter((c) => !c.sample).flatMap((c) => (c.results ?? []).map((r) => ({ caseId: c.id, ...r })));
}
