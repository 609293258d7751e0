import path from 'node:path';

/**
 * Astro's cache folder, as astro.config.mjs sets it: ASTRO_CACHE_DIR (tests and the
 * benchmark build with a cold cache of their own) or node_modules/.astro. Our own build
 * caches (rendered PNGs) live inside it, so clearing Astro's cache clears them too.
 */
export function astroCacheDir(env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
  return path.resolve(root, env.ASTRO_CACHE_DIR || 'node_modules/.astro');
}
