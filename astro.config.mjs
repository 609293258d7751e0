// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import contentCheck from './src/integrations/content-check.ts';
import pngCache from './src/integrations/png-cache.ts';
import { astroCacheDir } from './src/lib/build/cache-dir.ts';
import crossRefs from './src/integrations/crossrefs.ts';
import buildProfile from './src/integrations/build-profile.ts';
import { siteOrigin } from './src/lib/site-url.ts';
import { isAstroDirectiveWarning } from './src/lib/build/build-log.ts';
import { contentDates, sitemapLastmod } from './src/lib/feeds/sitemap-dates.ts';
import { readEntries } from './src/lib/content-check/check-content.ts';

const base = process.env.SITE_BASE || '/';
// Automatic cross-references (《title》 and 发文字号 become links); see src/lib/crossref/.
const xref = crossRefs({ root: fileURLToPath(new URL('.', import.meta.url)), contentDir: process.env.CONTENT_DIR, base });
import { siteBaseLinks } from './src/lib/markdown/site-base-links.ts';

/**
 * Deployment settings come from the environment so one build serves any host:
 * - SITE_BASE: the sub-path the site is served under, e.g. /shuangzhuanyi/ (default /).
 * - SITE_URL: the public origin, e.g. https://www.example.gov.cn, for canonical links, feeds and the sitemap.
 * - OUT_DIR, CONTENT_DIR, ASTRO_CACHE_DIR: for tests that build into other folders.
 */
export default defineConfig({
  // Feeds and the sitemap need absolute URLs; without SITE_URL they use the local
  // preview address (see src/lib/site-url.ts), and pages get no canonical link.
  site: siteOrigin(process.env),
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: astroCacheDir(process.env, fileURLToPath(new URL('.', import.meta.url))),
  build: {
    format: 'directory',
    // Two or more pages in flight let sharp render Open Graph images on the second core
    // while the first renders the next page (measured: 2,000 pages 88 s → 69 s wall).
    concurrency: 4,
    // External stylesheets only: pages carry no inline <style>, which keeps the CSP strict.
    inlineStylesheets: 'never',
  },
  markdown: {
    // No syntax highlighting: Shiki colours code blocks with style attributes, which the CSP
    // forbids (the build's page check refuses them); a code block is plain <pre><code>.
    syntaxHighlight: false,
    // Official texts are published as issued: no smart quotes, dashes or ellipses.
    // Cross-references (《title》, 发文字号 → links); root-relative links and images in bodies get SITE_BASE.
    processor: satteri({
      features: { smartPunctuation: false },
      mdastPlugins: [xref.mdastPlugin],
      hastPlugins: [siteBaseLinks(base)],
    }),
  },
  integrations: [
    // With SZY_PROFILE=<file>: CPU and wall time per build stage (npm run bench -- --profile).
    buildProfile(),
    // First, so that Open Graph images start rendering (in a worker thread) before the content
    // check; kept between builds, unused ones pruned after each build.
    pngCache({ contentDir: process.env.CONTENT_DIR }),
    contentCheck({ contentDir: process.env.CONTENT_DIR }),
    xref.integration,
    // optimize: static MDX compiles to one HTML string per document instead of a tree of
    // JSX calls: smaller modules for Vite to bundle and less work to render each page.
    // h2 stays an element: bulletin pages render it with their own component (ArticleHeading).
    mdx({ optimize: { ignoreElementNames: ['h2'] } }),
    // lastmod from the content's dates (src/lib/feeds/sitemap-dates.ts), never the build's clock.
    sitemap({ serialize: sitemapLastmod(() => contentDates(readEntries({ root: fileURLToPath(new URL('.', import.meta.url)), contentDir: process.env.CONTENT_DIR }).entries), base) }),
  ],
  devToolbar: { enabled: false },
  // A clean build prints no warning an editor cannot act on (src/lib/build/build-log.ts):
  // pages one per line, and not the bundler's warning about Astro's own MDX directive.
  logger: { entrypoint: './src/lib/build/astro-logger.ts' },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (level === 'warn' && isAstroDirectiveWarning(log)) return;
          handler(level, log);
        },
      },
    },
  },
  experimental: {
    // Repeated builds skip the pages whose data (their getStaticPaths cacheKey) and code are
    // unchanged, restoring the previous output from the cache (see docs/benchmarks.md).
    incrementalBuild: true,
  },
});
