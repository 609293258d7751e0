/**
 * Prefixes a site path with the deployment base, so links work at a domain's
 * root and under a sub-path alike. Paths keep a trailing slash (trailingSlash: 'always').
 * @example withBase('/notices/', '/szy/') // '/szy/notices/'
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const rest = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${rest}`;
}
