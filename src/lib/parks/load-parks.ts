import { getCollection } from 'astro:content';
import { articleSection } from '../bulletins/articles.ts';
import { loadArticles } from '../bulletins/load-articles.ts';
import { datasetPaths } from '../datasets/paths.ts';
import { collectionLabel, entryPath } from '../routes.ts';
import type { SiteText } from './park-page.ts';

/**
 * The site's texts a park's page searches and links to (the Astro-facing side of park-page.ts):
 * circulars and register documents, each bulletin article as itself, and datasets by their rows.
 * A case's text is not searched (a case names its park by id, and the page lists those itself),
 * nor an issue's as a whole (its articles are): they are there to be named by a source's `ref`.
 */
export async function loadSiteTexts(): Promise<SiteText[]> {
  const [notices, documents, bulletins, datasets, articles, cases] = await Promise.all([
    getCollection('notices'),
    getCollection('documents'),
    getCollection('bulletins'),
    getCollection('datasets'),
    loadArticles(),
    getCollection('cases'),
  ]);
  /** Entries a park's source may name by reference whose text is not searched (an issue as a whole, a case). */
  const referable = [
    ...bulletins.map((e) => ({ key: `bulletins/${e.id}`, title: e.data.title, path: entryPath('bulletins', e.id), label: collectionLabel('bulletins'), sample: e.data.sample, text: '' })),
    ...cases.map((e) => ({ key: `cases/${e.id}`, title: e.data.title, path: entryPath('cases', e.id), label: collectionLabel('cases'), sample: e.data.sample, text: '' })),
  ];
  const bodies = new Map(bulletins.map((e) => [e.id, e.body ?? '']));
  return [
    ...notices.map((e) => ({ key: `notices/${e.id}`, title: e.data.title, path: entryPath('notices', e.id), label: collectionLabel('notices'), docNumber: e.data.docNumber, sample: e.data.sample, text: e.body ?? '' })),
    ...documents.map((e) => ({
      key: `documents/${e.id}`,
      title: e.data.title,
      path: entryPath('documents', e.id),
      label: collectionLabel('documents'),
      docNumber: e.data.docNumber,
      sample: false,
      text: [e.data.title, ...e.data.citations.map((c) => c.passage)].join('\n'),
    })),
    ...articles.map((a) => ({
      key: `bulletins/${a.issueId}#${a.anchor}`,
      title: `${a.title}（${a.issue.label}）`,
      path: a.path,
      label: '专刊文章',
      sample: a.sample,
      text: articleSection(bodies.get(a.issueId) ?? '', a.anchor) ?? '',
    })),
    ...datasets.map((e) => ({ key: `datasets/${e.id}`, title: e.data.title, path: datasetPaths(e.id).page, label: collectionLabel('datasets'), sample: e.data.sample, text: JSON.stringify(e.data.rows) })),
    ...referable,
  ];
}
