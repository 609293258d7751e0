import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasetsWithSources, type LoadedDataset } from '../../lib/datasets/collection.ts';
import { datasetCsv } from '../../lib/datasets/downloads.ts';

export const getStaticPaths = (async () => (await loadDatasetsWithSources()).map((d) => ({ params: { id: d.id }, props: { dataset: d } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(datasetCsv((props.dataset as LoadedDataset).data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
