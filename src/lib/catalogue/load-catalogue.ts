import { getCollection } from 'astro:content';
import { site as siteSettings } from '../../site.ts';
import { issueArticles } from '../bulletins/articles.ts';
import { issueLabel } from '../bulletins/bulletins.ts';
import { loadCases } from '../cases/load-cases.ts';
import { loadDatasetsWithSources } from '../datasets/collection.ts';
import { datasetPaths } from '../datasets/paths.ts';
import { entryPath } from '../routes.ts';
import { withBase } from '../url.ts';
import type { CatalogueRecord } from './catalogue.ts';

/** The catalogue's title, as its files and datapackage.json name it. */
export const catalogueTitle = `${siteSettings.name}文件目录`;

/**
 * Every published document as a catalogue record (./catalogue.ts), from the content
 * collections; `site` makes the addresses absolute. Only what the content states: a fact
 * the content does not give is left empty.
 */
export async function loadCatalogue(site: URL | undefined): Promise<CatalogueRecord[]> {
  const url = (path: string) => (site ? new URL(withBase(path), site).href : withBase(path));
  const blank = { docNumber: '', issuer: '', signedOn: '', date: '', subjects: [], status: '', bodyStatus: '全文' };
  const [notices, documents, bulletins, compilations, cases, datasets] = await Promise.all([
    getCollection('notices'),
    getCollection('documents'),
    getCollection('bulletins'),
    getCollection('compilations'),
    loadCases(),
    loadDatasetsWithSources(site),
  ]);
  const records: CatalogueRecord[] = [];
  for (const e of notices) {
    records.push({
      id: `notices/${e.id}`,
      kind: '通知公告',
      title: e.data.title,
      // A fact declared unknown is an empty cell (the page says why).
      docNumber: e.data.docNumber ?? '',
      issuer: e.data.issuer,
      signedOn: e.data.signedOn ?? '',
      date: e.data.publishedAt?.slice(0, 10) ?? '',
      subjects: e.data.subjects,
      status: e.data.validity?.state ?? '',
      sample: e.data.sample,
      url: url(entryPath('notices', e.id)),
      bodyStatus: e.data.bodyStatus,
    });
  }
  for (const e of documents) {
    records.push({
      ...blank,
      id: `documents/${e.id}`,
      kind: '政策文件目录',
      title: e.data.title,
      docNumber: e.data.docNumber ?? '',
      issuer: e.data.issuedBy ?? '',
      status: e.data.status ?? '',
      sample: e.data.sample,
      url: url(entryPath('documents', e.id)),
      bodyStatus: e.data.fullText ? '全文' : '仅见引用',
    });
  }
  for (const e of bulletins) {
    const issue = { ...blank, issuer: e.data.editor, date: e.data.date, sample: e.data.sample };
    records.push({ ...issue, id: `bulletins/${e.id}`, kind: '专刊', title: `${siteSettings.bulletinName} ${issueLabel(e.data)}：${e.data.title}`, url: url(entryPath('bulletins', e.id)) });
    // Each article as itself: its own page, title, sample flag and source date (src/lib/bulletins/articles.ts).
    for (const article of issueArticles(e.id, e.data, e.body ?? '')) {
      records.push({ ...issue, id: `bulletins/${e.id}#${article.anchor}`, kind: '专刊文章', title: article.title, sample: article.sample, url: url(article.path) });
    }
  }
  for (const e of compilations) {
    records.push({ ...blank, id: `compilations/${e.id}`, kind: '政策汇编', title: e.data.title, issuer: e.data.editor, date: e.data.date, sample: e.data.sample, url: url(entryPath('compilations', e.id)) });
  }
  for (const view of cases.views) {
    const e = view.entry;
    records.push({ ...blank, id: `cases/${view.id}`, kind: '典型案例', title: e.title, date: String(e.year), subjects: view.themes.map((t) => t.name), sample: e.sample, url: url(entryPath('cases', view.id)) });
  }
  for (const d of datasets) {
    records.push({
      ...blank,
      id: `datasets/${d.id}`,
      kind: '统计数据',
      title: d.data.title,
      docNumber: '',
      issuer: d.source.issuer,
      date: d.data.updated,
      sample: d.data.sample,
      url: url(datasetPaths(d.id).page),
      bodyStatus: '数据',
    });
  }
  return records;
}
