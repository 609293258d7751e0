import type { AstroIntegration } from 'astro';
import { crossRefPlugin } from '../lib/crossref/satteri-plugin.ts';
import { buildSiteIndex, type SiteIndex } from '../lib/crossref/site-index.ts';

const VIRTUAL = 'virtual:szy/crossrefs';
const RESOLVED = `\0${VIRTUAL}`;

/**
 * Cross-references for the whole build. The index of linkable documents and the
 * backlinks are computed once, on first use (after the content check has passed),
 * and shared by the Markdown plugin (which writes the links) and the pages
 * (which import `virtual:szy/crossrefs` for 引用本文的页面).
 * In `astro dev` the index is built at start-up; restart after adding documents.
 */
export default function crossRefs(options: { root: string; contentDir?: string; base: string }) {
  let index: SiteIndex | undefined;
  const get = () => (index ??= buildSiteIndex({ root: options.root, contentDir: options.contentDir }));
  const integration: AstroIntegration = {
    name: 'szy:crossrefs',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'szy:crossrefs-data',
                resolveId: (id: string) => (id === VIRTUAL ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? `export const backlinks = ${JSON.stringify(get().backlinks)};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
  return { integration, mdastPlugin: crossRefPlugin(get, options.base) };
}
