import { getCollection } from 'astro:content';
import { site } from '../../site.ts';
import { issueLabel } from '../bulletins/bulletins.ts';
import { loadArticles } from '../bulletins/load-articles.ts';
import { datasetPaths } from '../datasets/paths.ts';
import { entryPath } from '../routes.ts';
import { bestDate } from '../notices/notices.ts';
import { siteMapGroups, yearIn, type SiteMapGroup, type SiteMapSection } from './site-map.ts';

/**
 * Every section of the site and every entry published in it, for the site map page
 * (the thin Astro-facing side of src/lib/site/site-map.ts). Entries come from the same
 * collections the entry pages are built from, so the map lists exactly what is published.
 */
export async function loadSiteMap(): Promise<SiteMapGroup[]> {
  const [notices, cases, bulletins, compilations, documents, datasets, articles] = await Promise.all([
    getCollection('notices'),
    getCollection('cases'),
    getCollection('bulletins'),
    getCollection('compilations'),
    getCollection('documents'),
    getCollection('datasets'),
    loadArticles(),
  ]);
  const sections: SiteMapSection[] = [
    {
      title: '通知公告',
      path: '/notices/',
      entries: notices.map((e) => ({ title: e.data.title, path: entryPath('notices', e.id), year: yearIn(bestDate(e.data)?.value), sortKey: bestDate(e.data)?.value, sample: e.data.sample })),
    },
    {
      title: '典型案例',
      path: '/cases/',
      entries: cases.map((e) => ({ title: e.data.title, path: entryPath('cases', e.id), year: e.data.year, sample: e.data.sample })),
    },
    {
      title: site.bulletinName,
      path: '/bulletins/',
      entries: [
        ...bulletins.map((e) => ({ title: `${issueLabel(e.data)}：${e.data.title}`, path: entryPath('bulletins', e.id), year: yearIn(e.data.date), sortKey: `${e.data.date}/~`, sample: e.data.sample })),
        // Each article as itself, listed (newest first) just after its issue, in the issue's order: '~' sorts after digits.
        ...articles.map((a) => ({ title: `${a.title}（${a.issue.label}）`, path: a.path, year: yearIn(a.issue.date), sortKey: `${a.issue.date}/${String(999 - a.position).padStart(3, '0')}`, sample: a.sample })),
      ],
    },
    {
      title: '政策汇编',
      path: '/compilations/',
      entries: compilations.map((e) => ({ title: e.data.title, path: entryPath('compilations', e.id), year: yearIn(e.data.date), sortKey: e.data.date, sample: e.data.sample })),
    },
    {
      title: '政策文件目录',
      path: '/documents/',
      entries: documents.map((e) => ({ title: e.data.title, path: entryPath('documents', e.id), year: yearIn(e.data.docNumber) })),
    },
    {
      title: '统计数据',
      path: '/data/',
      entries: datasets.map((e) => ({ title: e.data.title, path: datasetPaths(e.id).page, year: yearIn(e.data.period), sortKey: e.data.updated, sample: e.data.sample })),
    },
  ];
  return siteMapGroups(sections);
}
