import { datasetSchema } from './datasets.ts';
import { noticeSchema } from './notices.ts';
import { caseSchema } from './cases.ts';
import { citySchema } from './cities.ts';
import { parkSchema } from './parks.ts';
import { regionSchema } from './regions.ts';
import { themeSchema } from './themes.ts';
import { issuerSchema } from './issuers.ts';
import { bulletinSchema } from './bulletins.ts';
import { compilationSchema } from './compilations.ts';
import { documentSchema } from './documents.ts';

/**
 * Every content collection: its folder under `content/` and its schema.
 * `src/content.config.ts` wires these to Astro's loaders, and the content check
 * (`src/lib/content-check/`) validates the same files with the same schemas.
 */
export const collections = {
  notices: { dir: 'notices', pattern: '**/*.mdx', schema: noticeSchema },
  cases: { dir: 'cases', pattern: '**/*.mdx', schema: caseSchema },
  bulletins: { dir: 'bulletins', pattern: '**/*.mdx', schema: bulletinSchema },
  compilations: { dir: 'compilations', pattern: '**/*.mdx', schema: compilationSchema },
  documents: { dir: 'documents', pattern: '**/*.yaml', schema: documentSchema },
  datasets: { dir: 'datasets', pattern: '**/*.yaml', schema: datasetSchema },
} as const;

export type CollectionName = keyof typeof collections;

/**
 * Reference data: one YAML list per collection in `content/`, each item with an
 * `id`. Astro loads them with its `file()` loader; the content check validates
 * them and every reference to their ids (src/lib/content-check/rules/reference-data-ids.ts).
 */
export const dataCollections = {
  regions: { file: 'regions.yaml', schema: regionSchema },
  cities: { file: 'cities.yaml', schema: citySchema },
  parks: { file: 'parks.yaml', schema: parkSchema },
  themes: { file: 'themes.yaml', schema: themeSchema },
  issuers: { file: 'issuers.yaml', schema: issuerSchema },
} as const;

export type DataCollectionName = keyof typeof dataCollections;
