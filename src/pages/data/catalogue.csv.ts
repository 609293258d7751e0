import type { APIRoute } from 'astro';
import { catalogueCsv } from '../../lib/catalogue/catalogue.ts';
import { loadCatalogue } from '../../lib/catalogue/load-catalogue.ts';

export const GET: APIRoute = async ({ site }) => new Response(catalogueCsv(await loadCatalogue(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
