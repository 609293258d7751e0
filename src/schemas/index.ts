import { datasetSchema } from './datasets.ts';
import { noticeSchema } from './notices.ts';

/**
 * Every content collection: its folder under `content/` and its schema.
 * `src/content.config.ts` wires these to Astro's loaders, and the content check
 * (`src/lib/content-check/`) validates the same files with the same schemas.
 */
export const collections = {
  notices: { dir: 'notices', pattern: '**/*.mdx', schema: noticeSchema },
  datasets: { dir: 'datasets', pattern: '**/*.yaml', schema: datasetSchema },
} as const;

export type CollectionName = keyof typeof collections;
