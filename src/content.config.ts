import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { devTolerant } from './lib/content/dev-tolerant.ts';
import { collections as registry } from './schemas/index.ts';

// CONTENT_DIR lets tests build the site from a fixture folder instead of `content/`.
const contentDir = process.env.CONTENT_DIR ?? './content';

// devTolerant: in `astro dev`, an entry with a content error is left out instead of stopping the server.
export const collections = devTolerant({
  notices: defineCollection({
    loader: glob({ pattern: registry.notices.pattern, base: `${contentDir}/${registry.notices.dir}` }),
    schema: registry.notices.schema,
  }),
});
