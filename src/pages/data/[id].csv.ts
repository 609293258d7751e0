import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasetsWithSources, type LoadedDataset } from '../../lib/datasets/collection.ts';
import { datasetCsv } from '../../lib/datasets/downloads.ts';
import { wholeContentCacheKey } from '../../lib/build/content-digests.ts';

export const getStaticPaths = (async () => (await loadDatasetsWithSources()).map((d) => ({ params: { id: d.id }, props: { dataset: d }, cacheKey: wholeContentCacheKey('data.csv', d.id) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { data, source } = props.dataset as LoadedDataset;
  return new Response(datasetCsv(data, { ...source, url: site ? new URL(source.url, site).href : source.url }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
