import rss from '@astrojs/rss';
import { site as siteInfo } from '../../site.ts';
import { withBase } from '../url.ts';
import { FEED_XMLNS, channelData, feedItems, type FeedEntry, type FeedInfo } from './feeds.ts';

/**
 * An RSS 2.0 response for a feed page (with @astrojs/rss), newest items first: the channel
 * links to the feed's section, names its own address and says when it was built (from the content).
 */
export function rssResponse(options: { feed: FeedInfo; entries: FeedEntry[]; site: URL | undefined; base: string }) {
  const { feed, entries, base } = options;
  const origin = options.site!;
  return rss({
    title: `${siteInfo.name} · ${feed.title}`,
    description: feed.description,
    site: new URL(withBase(feed.section, base), origin).href,
    items: feedItems(entries, base),
    xmlns: FEED_XMLNS,
    customData: channelData(new URL(withBase(feed.path, base), origin).href, entries),
    trailingSlash: true,
  });
}
