import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { ogEntryCollections, ogPages, type OgPage } from '../../lib/og/pages.ts';
import { ogSvg } from '../../lib/og/og-svg.ts';
import { svgToPngCached } from '../../lib/png/svg-to-png.ts';

export const getStaticPaths = (async () => {
  const entries = Object.fromEntries(
    await Promise.all(ogEntryCollections.map(async (c) => [c.collection, (await getCollection(c.collection)).map((e) => ({ id: e.id, title: e.data.title }))] as const)),
  );
  return ogPages(entries).map((page) => ({ params: { slug: page.slug }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await svgToPngCached(ogSvg(props.page as OgPage), 1)), { headers: { 'Content-Type': 'image/png' } });
