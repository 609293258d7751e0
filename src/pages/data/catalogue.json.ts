import type { APIRoute } from 'astro';
import { catalogueJson } from '../../lib/catalogue/catalogue.ts';
import { catalogueTitle, loadCatalogue } from '../../lib/catalogue/load-catalogue.ts';

export const GET: APIRoute = async ({ site }) => new Response(catalogueJson(await loadCatalogue(site), catalogueTitle), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
