import type { APIContext } from 'astro';
import { feedSources } from '../../lib/feeds/feed-entries.ts';
import { FEEDS } from '../../lib/feeds/feeds.ts';
import { rssResponse } from '../../lib/feeds/rss-response.ts';

export async function GET(context: APIContext) {
  return rssResponse({ feed: FEEDS.compilations, entries: await feedSources.compilations(), site: context.site, base: import.meta.env.BASE_URL });
}
