import { noticeSchema } from './notices.ts';
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
  bulletins: { dir: 'bulletins', pattern: '**/*.mdx', schema: bulletinSchema },
  compilations: { dir: 'compilations', pattern: '**/*.mdx', schema: compilationSchema },
  documents: { dir: 'documents', pattern: '**/*.yaml', schema: documentSchema },
} as const;

export type CollectionName = keyof typeof collections;
