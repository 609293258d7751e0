import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as registry } from './schemas/index.ts';

// CONTENT_DIR lets tests build the site from a fixture folder instead of `content/`.
const contentDir = process.env.CONTENT_DIR ?? './content';

export const collections = {
  notices: defineCollection({
    loader: glob({ pattern: registry.notices.pattern, base: `${contentDir}/${registry.notices.dir}` }),
    schema: registry.notices.schema,
  }),
  datasets: defineCollection({
    loader: glob({ pattern: registry.datasets.pattern, base: `${contentDir}/${registry.datasets.dir}` }),
    schema: registry.datasets.schema,
  }),
};
