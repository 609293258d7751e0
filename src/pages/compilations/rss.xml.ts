import type { APIContext } from 'astro';
import { feedSources } from '../../lib/feeds/feed-entries.ts';
import { rssResponse } from '../../lib/feeds/rss-response.ts';

export async function GET(context: APIContext) {
  return rssResponse({ title: '政策汇编', description: '政策汇编，最新在前。', entries: await feedSources.compilations(), site: context.site, base: import.meta.env.BASE_URL });
}
