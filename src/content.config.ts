import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { devTolerant } from './lib/content/dev-tolerant.ts';
import { wrapLoaders } from './lib/content/wrap-loaders.ts';
import { renderStaticMdx } from './lib/content/static-mdx.ts';
import { timestampsAsWritten } from './lib/content/timestamps-as-written.ts';
import { collections as registry, dataCollections as data } from './schemas/index.ts';

// CONTENT_DIR lets tests build the site from a fixture folder instead of `content/`.
const contentDir = process.env.CONTENT_DIR ?? './content';

// renderStaticMdx: in a build, MDX documents without components are rendered while content
// loads instead of becoming modules for Vite to bundle (src/lib/content/static-mdx.ts).
// timestampsAsWritten: unquoted YAML timestamps reach the schemas as written, not as UTC Dates.
// devTolerant: in `astro dev`, an entry with a content error is left out instead of stopping the server.
export const collections = devTolerant(wrapLoaders({
  notices: defineCollection({
    loader: renderStaticMdx(glob({ pattern: registry.notices.pattern, base: `${contentDir}/${registry.notices.dir}` })),
    schema: registry.notices.schema,
  }),
  cases: defineCollection({
    loader: renderStaticMdx(glob({ pattern: registry.cases.pattern, base: `${contentDir}/${registry.cases.dir}` })),
    schema: registry.cases.schema,
  }),
  regions: defineCollection({ loader: file(`${contentDir}/${data.regions.file}`), schema: data.regions.schema }),
  cities: defineCollection({ loader: file(`${contentDir}/${data.cities.file}`), schema: data.cities.schema }),
  parks: defineCollection({ loader: file(`${contentDir}/${data.parks.file}`), schema: data.parks.schema }),
  themes: defineCollection({ loader: file(`${contentDir}/${data.themes.file}`), schema: data.themes.schema }),
  issuers: defineCollection({ loader: file(`${contentDir}/${data.issuers.file}`), schema: data.issuers.schema }),
  bulletins: defineCollection({
    // Not rendered early: bulletin pages give each article's h2 a component (ArticleHeading).
    loader: glob({ pattern: registry.bulletins.pattern, base: `${contentDir}/${registry.bulletins.dir}` }),
    schema: registry.bulletins.schema,
  }),
  compilations: defineCollection({
    loader: renderStaticMdx(glob({ pattern: registry.compilations.pattern, base: `${contentDir}/${registry.compilations.dir}` })),
    schema: registry.compilations.schema,
  }),
  documents: defineCollection({
    loader: glob({ pattern: registry.documents.pattern, base: `${contentDir}/${registry.documents.dir}` }),
    schema: registry.documents.schema,
  }),
  datasets: defineCollection({
    loader: glob({ pattern: registry.datasets.pattern, base: `${contentDir}/${registry.datasets.dir}` }),
    schema: registry.datasets.schema,
  }),
}, timestampsAsWritten));
