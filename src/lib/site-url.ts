/**
 * The public origin of the site. Feeds, the sitemap and robots.txt need absolute
 * URLs; they take them from SITE_URL. When SITE_URL is not set (local builds,
 * tests), they use the address of `npm run preview`, so the files stay valid and
 * work in local preview, and pages carry no canonical link (a canonical pointing
 * at localhost would mislead search engines). Set SITE_URL for every public build.
 */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

/** The origin feeds and the sitemap are written against. */
export function siteOrigin(env: Record<string, string | undefined>): string {
  return configuredOrigin(env) ?? PREVIEW_ORIGIN;
}

/** The origin the site is deployed at, only when SITE_URL says so. */
export function configuredOrigin(env: Record<string, string | undefined>): string | undefined {
  const value = env.SITE_URL?.trim();
  return value ? value.replace(/\/+$/u, '') : undefined;
}

/** An absolute URL on the site, from a path that already includes the base. */
export function absoluteUrl(pathWithBase: string, origin: string): string {
  return new URL(pathWithBase, `${origin}/`).href;
}
