import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { withStoreSet } from './store-set.ts';
import { siteContentDigests } from '../build/content-digests.ts';

/** The comment form MDX allows: `{/* … *\/}`. */
const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/gu;
/** An HTML tag as MDX and Markdown both read it: lower-case name, plain quoted attributes. */
const PLAIN_TAG = /^<\/?[a-z][a-z0-9]*(?:\s+[a-z][a-z-]*="[^"{}<>]*")*\s*\/?>$/u;
/** Characters that make text after a tag on the same line read differently in MDX (parsed) and Markdown (raw). */
const INLINE_SYNTAX = /[*_`[\]!\\&《〔]/u;

/**
 * The body of an MDX document as Markdown that renders to the same page, or undefined when
 * the document needs MDX: imports or exports, components, expressions other than comments,
 * tags with anything but plain quoted attributes, indented lines (code in Markdown, not in MDX),
 * or Markdown syntax beside a tag on one line (parsed by MDX, left raw by Markdown).
 * @example staticMdxBody('{/* note *\/}\n\n正文') // '\n\n正文'
 * @example staticMdxBody('<DatasetChart id="x" />') // undefined
 */
export function staticMdxBody(body: string): string | undefined {
  const text = body.replace(MDX_COMMENT, '');
  if (text.startsWith('---')) return undefined;
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(?:```|~~~)/u.test(line)) fenced = !fenced;
    if (fenced) continue;
    if (/^(?:import|export)\s/u.test(line) || /^(?: {4}|\t)/u.test(line) || /[{}]/u.test(line)) return undefined;
    const tags = line.match(/<[^>]*>?/gu) ?? [];
    if (tags.some((tag) => !PLAIN_TAG.test(tag))) return undefined;
    if (tags.length > 0 && INLINE_SYNTAX.test(line.replace(/<[^>]*>/gu, ''))) return undefined;
  }
  return fenced ? undefined : text;
}

/** Where a collection's loader keeps the metadata digest its stored renderings were made with. */
const METADATA_KEY = 'szy-content-metadata';

/**
 * Wraps a glob() loader of MDX files so that, in a build, every document that does not need
 * MDX (see staticMdxBody) is rendered to HTML while content loads, as Markdown files are,
 * with the same processor and plugins. Only documents that use components stay MDX modules.
 * Why: each MDX module is bundled by Vite and loaded for rendering, which at 10,000 documents
 * took 80 s and most of the build's peak memory (docs/benchmarks.md). In `astro dev` every
 * document stays MDX, so live reload works as Astro made it; SZY_MDX_MODULES=1 does the same
 * in a build (tests compare the two builds page by page).
 */
export function renderStaticMdx(loader: Loader): Loader {
  return {
    ...loader,
    async load(context: LoaderContext) {
      if (context.watcher || process.env.SZY_MDX_MODULES) return loader.load(context);
      // A stored rendering links the titles and 发文字号 of other documents (cross-references),
      // but Astro's loader renders again only the files that changed. So when any metadata of
      // the content folder changed since the last build (a title, a 发文字号, an entry added or
      // removed), every document of this collection is rendered again, as in a cold build.
      const meta = siteContentDigests().meta;
      if (context.meta.get(METADATA_KEY) !== meta) {
        context.store.clear();
        context.meta.set(METADATA_KEY, meta);
      }
      const pending: Promise<void>[] = [];
      const store = withStoreSet(context.store, (entry, target) => {
        const body = entry.deferredRender && entry.body !== undefined && entry.filePath ? staticMdxBody(entry.body) : undefined;
        if (body === undefined) return target.set(entry);
        const fileURL = pathToFileURL(path.resolve(fileURLToPath(context.config.root), entry.filePath!));
        pending.push(context.renderMarkdown(body, { fileURL }).then((rendered) => void target.set({ ...entry, deferredRender: false, rendered })));
        return true;
      });
      await loader.load({ ...context, store });
      await Promise.all(pending);
    },
  };
}
