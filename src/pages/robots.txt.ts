import type { APIContext } from 'astro';
import { robotsTxt } from '../lib/feeds/robots.ts';
import { withBase } from '../lib/url.ts';

export function GET(context: APIContext) {
  return new Response(robotsTxt(new URL(withBase('/sitemap-index.xml'), context.site).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
