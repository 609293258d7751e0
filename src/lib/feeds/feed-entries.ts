import { site } from '../../site.ts';
import { getCollection } from 'astro:content';
import type { FeedEntry } from './feeds.ts';
import { issueLabel } from '../bulletins/bulletins.ts';
import { loadArticles } from '../bulletins/load-articles.ts';
import { bestDate } from '../notices/notices.ts';
import { collectionLabel, entryPath } from '../routes.ts';
import { datasetPaths } from '../datasets/paths.ts';

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
  /** Each issue, and each of its articles as itself (under the issue's date). */
  bulletins: async (): Promise<FeedEntry[]> => [
    ...(await getCollection('bulletins')).map((e) => ({
      title: `${site.bulletinName} ${issueLabel(e.data)}：${e.data.title}`,
      path: entryPath('bulletins', e.id),
      date: e.data.date,
      description: e.data.description,
      label: collectionLabel('bulletins'),
      sample: e.data.sample,
    })),
    ...(await loadArticles()).map((a) => ({
      title: `${a.title}（${site.bulletinName} ${a.issue.label}）`,
      path: a.path,
      date: a.issue.date,
      description: a.source ? `原载${a.source.name}。` : undefined,
      label: collectionLabel('bulletins'),
      sample: a.sample,
    })),
  ],
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

/**
 * Datasets, by the date they were last changed on the site (本站更新日期): in the whole-site
 * feed only (a reader following the statistics follows the site). See FEEDS in ./feeds.ts for
 * what the whole-site feed carries and why.
 */
async function datasetEntries(): Promise<FeedEntry[]> {
  return (await getCollection('datasets')).map((e) => ({
    title: e.data.title,
    path: datasetPaths(e.id).page,
    date: e.data.updated,
    description: e.data.description,
    label: collectionLabel('datasets'),
    sample: e.data.sample,
  }));
}

/** Every dated item of the site, for the whole-site feed. */
export async function allFeedEntries(): Promise<FeedEntry[]> {
  return (await Promise.all([...Object.values(feedSources).map((load) => load()), datasetEntries()])).flat();
}
