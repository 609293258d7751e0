import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasetsWithSources, type LoadedDataset } from '../../lib/datasets/collection.ts';
import { site as siteSettings } from '../../site.ts';
import { datasetXlsx } from '../../lib/datasets/downloads.ts';
import { wholeContentCacheKey } from '../../lib/build/content-digests.ts';

export const getStaticPaths = (async () => (await loadDatasetsWithSources()).map((d) => ({ params: { id: d.id }, props: { dataset: d }, cacheKey: wholeContentCacheKey('data.xlsx', d.id) }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { data, source } = props.dataset as LoadedDataset;
  const body = await datasetXlsx(data, { ...source, url: site ? new URL(source.url, site).href : source.url }, siteSettings.name);
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
