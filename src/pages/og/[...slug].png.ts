import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { ogEntryCollections, ogPages, type OgPage } from '../../lib/og/pages.ts';
import { ogSvg } from '../../lib/og/og-svg.ts';
import { svgToPngCached } from '../../lib/png/svg-to-png.ts';
import { pageCacheKey } from '../../lib/build/cache-key.ts';

export const getStaticPaths = (async () => {
  const entries = Object.fromEntries(
    await Promise.all(ogEntryCollections.map(async (c) => [c.collection, (await getCollection(c.collection)).map((e) => ({ id: e.id, title: e.data.title }))] as const)),
  );
  // The image is drawn from these props alone (and the code and fonts, which Astro hashes).
  return ogPages(entries).map((page) => ({ params: { slug: page.slug }, props: { page }, cacheKey: pageCacheKey(['og', page.slug, page.title, page.kicker]) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await svgToPngCached(ogSvg(props.page as OgPage), 1)), { headers: { 'Content-Type': 'image/png' } });
