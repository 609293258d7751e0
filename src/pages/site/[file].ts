import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../site.ts';

/**
 * The 党政机关网站标识 image, stored in content/ (site.yaml's conac.image) and served from the
 * site itself, never from the register's server. Built only when the settings name one.
 */
export const getStaticPaths = (() => (site.conac.id && site.conac.image ? [{ params: { file: 'conac.png' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
  const body = readFileSync(path.join(process.env.CONTENT_DIR ?? 'content', site.conac.image));
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'image/png' } });
};
