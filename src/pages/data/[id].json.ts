import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasetsWithSources, type LoadedDataset } from '../../lib/datasets/collection.ts';
import { datasetJson } from '../../lib/datasets/downloads.ts';
import { wholeContentCacheKey } from '../../lib/build/content-digests.ts';

export const getStaticPaths = (async () => (await loadDatasetsWithSources()).map((d) => ({ params: { id: d.id }, props: { dataset: d }, cacheKey: wholeContentCacheKey('data.json', d.id) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { id, data, source } = props.dataset as LoadedDataset;
  return new Response(datasetJson(data, id, { ...source, url: site ? new URL(source.url, site).href : source.url }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
