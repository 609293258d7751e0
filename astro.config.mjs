// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import contentCheck from './src/integrations/content-check.ts';

/**
 * Deployment settings come from the environment so one build serves any host:
 * - SITE_BASE: the sub-path the site is served under, e.g. /shuangzhuanyi/ (default /).
 * - SITE_URL: the public origin, e.g. https://www.example.gov.cn, for canonical links and feeds.
 * - OUT_DIR, CONTENT_DIR, ASTRO_CACHE_DIR: for tests that build into other folders.
 */
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.SITE_BASE || '/',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  build: {
    format: 'directory',
    // External stylesheets only: pages carry no inline <style>, which keeps the CSP strict.
    inlineStylesheets: 'never',
  },
  markdown: {
    // Official texts are published as issued: no smart quotes, dashes or ellipses.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  integrations: [contentCheck({ contentDir: process.env.CONTENT_DIR }), mdx()],
  devToolbar: { enabled: false },
  experimental: {
    // Repeated builds skip the pages whose data (their getStaticPaths cacheKey) and code are
    // unchanged, restoring the previous output from the cache (see docs/benchmarks.md).
    incrementalBuild: true,
  },
});
