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

/**
 * What is wrong with a SITE_URL, in Chinese; undefined when it is empty (a local build) or a web
 * origin. Checked before the build starts, so a slip gets a sentence rather than Astro's `Invalid URL`.
 * @example siteUrlProblem('www.example.gov.cn') // '…应以 https:// 或 http:// 开头…'
 */
export function siteUrlProblem(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const example = '例如 SITE_URL=https://www.example.gov.cn';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `SITE_URL“${text}”不是完整的网址：应以 https:// 或 http:// 开头，并写出域名，${example}。`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL“${text}”应以 https:// 或 http:// 开头，${example}。`;
  if (!url.hostname) return `SITE_URL“${text}”没有域名，${example}。`;
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return `SITE_URL“${text}”只写网站的协议和域名；网站放在子路径下时，子路径写在 SITE_BASE 中（例如 SITE_BASE=/shuangzhuanyi/）。`;
  }
  return undefined;
}
