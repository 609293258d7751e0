import type { APIContext } from 'astro';
import { feedSources } from '../../lib/feeds/feed-entries.ts';
import { rssResponse } from '../../lib/feeds/rss-response.ts';

export async function GET(context: APIContext) {
  return rssResponse({ title: '通知公告', description: '通知公告，最新在前。', entries: await feedSources.notices(), site: context.site, base: import.meta.env.BASE_URL });
}
