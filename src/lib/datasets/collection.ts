import { getCollection } from 'astro:content';
import type { Dataset } from '../../schemas/datasets.ts';
import { noticePath } from '../notices/notices.ts';
import { recogniseIssuer } from '../notices/issuers.ts';
import { withBase } from '../url.ts';
import { resolveCite } from './cite.ts';
import type { SourceDocument } from './downloads.ts';
import { documentText } from './provenance.ts';
import { sourceAnchor } from './source-anchor.ts';

/** A dataset with its source document resolved, as pages and endpoints use it. */
export interface LoadedDataset {
  id: string;
  data: Dataset;
  source: SourceDocument & { id: string; body: string };
}

/** Every dataset (sorted by id) with the notice it cites; the content check has already verified the links. */
export async function loadDatasetsWithSources(site?: URL): Promise<LoadedDataset[]> {
  const notices = await getCollection('notices');
  const issuers = (await getCollection('issuers')).map((e) => e.data);
  const datasets = await getCollection('datasets');
  return datasets
    .map((entry) => {
      const notice = notices.find((n) => n.data.docNumber === entry.data.source || n.id === entry.data.source);
      if (!notice) throw new Error(`数据集 ${entry.id} 的来源文件“${entry.data.source}”不存在。`);
      const path = withBase(noticePath(notice.id));
      return {
        id: entry.id,
        data: entry.data,
        source: { id: notice.id, signedOn: notice.data.signedOn, title: notice.data.title, docNumber: notice.data.docNumber, issuer: recogniseIssuer(notice.data.issuer, issuers).name, url: site ? new URL(path, site).href : path, body: documentText(notice.body ?? '') },
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The sections of the source document that state the dataset's figures, each linked once, in order of first use. */
export function sourceSections(dataset: LoadedDataset): { heading: string; href: string }[] {
  const seen = new Map<string, string>();
  for (const row of dataset.data.rows) {
    for (const column of dataset.data.columns) {
      const cite = resolveCite((row.cite as Record<string, never> | undefined)?.[column.key], dataset.data.source);
      if (!cite || 'derived' in cite) continue;
      const anchor = sourceAnchor(dataset.source.body, cite.phrase);
      const href = withBase(noticePath(dataset.source.id)) + (anchor ? `#${anchor.id}` : '');
      if (!seen.has(href)) seen.set(href, anchor?.heading ?? dataset.source.title);
    }
  }
  return [...seen].map(([href, heading]) => ({ heading, href }));
}
