import { site } from '../../site.ts';
import { getCollection } from 'astro:content';
import type { FeedEntry } from './feeds.ts';
import { issueLabel } from '../bulletins/bulletins.ts';
import { bestDate } from '../notices/notices.ts';
import { collectionLabel, entryPath } from '../routes.ts';

/**
 * The feed entries of each published collection. A collection added later gets
 * its feed by adding a function here (and a rss.xml.ts page in its folder).
 */
export const feedSources = {
  notices: async (): Promise<FeedEntry[]> =>
    (await getCollection('notices')).map((e) => ({
      title: e.data.title,
      path: entryPath('notices', e.id),
      // The best date known: 发布时间, else 成文日期 (said in the item), else none.
      date: bestDate(e.data)?.value,
      dateKind: bestDate(e.data)?.kind === '成文日期' ? '成文日期' : undefined,
      description: e.data.description,
      label: collectionLabel('notices'),
      sample: e.data.sample,
    })),
  bulletins: async (): Promise<FeedEntry[]> =>
    (await getCollection('bulletins')).map((e) => ({
      title: `${site.bulletinName} ${issueLabel(e.data)}：${e.data.title}`,
      path: entryPath('bulletins', e.id),
      date: e.data.date,
      description: e.data.description,
      label: collectionLabel('bulletins'),
      sample: e.data.sample,
    })),
  compilations: async (): Promise<FeedEntry[]> =>
    (await getCollection('compilations')).map((e) => ({
      title: e.data.title,
      path: entryPath('compilations', e.id),
      date: e.data.date,
      description: e.data.description,
      label: collectionLabel('compilations'),
      sample: e.data.sample,
    })),
} as const;

/** Every collection's entries, for the whole-site feed. */
export async function allFeedEntries(): Promise<FeedEntry[]> {
  return (await Promise.all(Object.values(feedSources).map((load) => load()))).flat();
}
