import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPngFor } from '../../lib/charts/chart-cache.ts';
import { loadDatasetsWithSources, type LoadedDataset } from '../../lib/datasets/collection.ts';
import { wholeContentCacheKey } from '../../lib/build/content-digests.ts';

export const getStaticPaths = (async () =>
  (await loadDatasetsWithSources()).filter((d) => d.data.chart).map((d) => ({ params: { id: d.id }, props: { dataset: d }, cacheKey: wholeContentCacheKey('data.png', d.id) }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { id, data } = props.dataset as LoadedDataset;
  return new Response(new Uint8Array((await chartPngFor(id, data))!), { headers: { 'Content-Type': 'image/png' } });
};
