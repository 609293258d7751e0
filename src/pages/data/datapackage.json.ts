import type { APIRoute } from 'astro';
import { loadDatasetsWithSources } from '../../lib/datasets/collection.ts';
import { datapackage } from '../../lib/datasets/datapackage.ts';
import { site as siteSettings } from '../../site.ts';
import { withBase } from '../../lib/url.ts';
import { configuredOrigin } from '../../lib/site-url.ts';

export const GET: APIRoute = async () => {
  // Absolute URLs only for a build that knows its public origin (SITE_URL); otherwise site paths.
  const origin = configuredOrigin(process.env);
  const site = origin ? new URL(`${origin}/`) : undefined;
  const url = (path: string) => (site ? new URL(withBase(path), site).href : withBase(path));
  const datasets = (await loadDatasetsWithSources(site)).map(({ id, data, source }) => ({ id, data, source }));
  return new Response(`${JSON.stringify(datapackage(datasets, url, siteSettings.name), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
