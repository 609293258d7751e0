import rss from '@astrojs/rss';
import { site as siteInfo } from '../../site.ts';
import { FEED_XMLNS, feedItems, type FeedEntry } from './feeds.ts';

/** An RSS 2.0 response for a feed page (with @astrojs/rss), newest items first. */
export function rssResponse(options: { title: string; description: string; entries: FeedEntry[]; site: URL | undefined; base: string }) {
  return rss({
    title: `${siteInfo.name} · ${options.title}`,
    description: options.description,
    site: options.site!.href,
    items: feedItems(options.entries, options.base),
    xmlns: FEED_XMLNS,
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  });
}
