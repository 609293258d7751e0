import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFor } from '../../lib/charts/chart-cache.ts';
import { loadDatasetsWithSources, type LoadedDataset } from '../../lib/datasets/collection.ts';
import { wholeContentCacheKey } from '../../lib/build/content-digests.ts';

export const getStaticPaths = (async () =>
  (await loadDatasetsWithSources()).filter((d) => d.data.chart).map((d) => ({ params: { id: d.id }, props: { dataset: d }, cacheKey: wholeContentCacheKey('data.svg', d.id) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { id, data } = props.dataset as LoadedDataset;
  return new Response(chartFor(id, data)!.file, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
