import type { APIRoute } from 'astro';
import { catalogueResources } from '../../lib/catalogue/catalogue.ts';
import { catalogueTitle } from '../../lib/catalogue/load-catalogue.ts';
import { loadDatasetsWithSources } from '../../lib/datasets/collection.ts';
import { datapackage } from '../../lib/datasets/datapackage.ts';
import { site as siteSettings } from '../../site.ts';
import { configuredOrigin } from '../../lib/site-url.ts';

export const GET: APIRoute = async () => {
  // Resource paths are relative to the descriptor; the sources' addresses are absolute only for a build that knows its public origin (SITE_URL).
  const origin = configuredOrigin(process.env);
  const datasets = (await loadDatasetsWithSources(origin ? new URL(`${origin}/`) : undefined)).map(({ id, data, source }) => ({ id, data, source }));
  return new Response(`${JSON.stringify(datapackage(datasets, siteSettings.name, catalogueResources(catalogueTitle)), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
