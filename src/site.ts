import { loadSiteSettings } from './lib/site/load-settings.ts';

/**
 * Site-wide settings shown to readers: the site's name, tagline, the programme's names and
 * the office's identity (主办单位, codes). They come from `content/site.yaml`
 * (schema: src/schemas/site.ts), so another office publishes another programme by changing
 * `content/` alone. CONTENT_DIR lets tests build from a fixture folder.
 */
export const site = loadSiteSettings(process.env.CONTENT_DIR ?? 'content');
