import { site } from '../../site.ts';
import type { APIContext } from 'astro';
import { feedSources } from '../../lib/feeds/feed-entries.ts';
import { rssResponse } from '../../lib/feeds/rss-response.ts';

export async function GET(context: APIContext) {
  return rssResponse({ title: site.bulletinName, description: `${site.bulletinName}，最新在前。`, entries: await feedSources.bulletins(), site: context.site, base: import.meta.env.BASE_URL });
}
