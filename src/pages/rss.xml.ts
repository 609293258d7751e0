import type { APIContext } from 'astro';
import { allFeedEntries } from '../lib/feeds/feed-entries.ts';
import { rssResponse } from '../lib/feeds/rss-response.ts';
import { site } from '../site.ts';

export async function GET(context: APIContext) {
  return rssResponse({ title: '全站更新', description: site.description, entries: await allFeedEntries(), site: context.site, base: import.meta.env.BASE_URL });
}
