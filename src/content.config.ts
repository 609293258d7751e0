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
  bulletins: defineCollection({
    loader: glob({ pattern: registry.bulletins.pattern, base: `${contentDir}/${registry.bulletins.dir}` }),
    schema: registry.bulletins.schema,
  }),
  compilations: defineCollection({
    loader: glob({ pattern: registry.compilations.pattern, base: `${contentDir}/${registry.compilations.dir}` }),
    schema: registry.compilations.schema,
  }),
  documents: defineCollection({
    loader: glob({ pattern: registry.documents.pattern, base: `${contentDir}/${registry.documents.dir}` }),
    schema: registry.documents.schema,
  }),
};
