import { slug } from 'github-slugger';

/**
 * The id Astro's glob loader gives a file (its default `generateId`): the path
 * relative to the collection folder, without extension, each segment slugged,
 * a trailing /index dropped. The content check uses it to resolve references
 * exactly as the site will.
 * @example entryId('yue-jingxin-yuanqu-2012-68.mdx') // 'yue-jingxin-yuanqu-2012-68'
 */
export function entryId(relativePath: string, data: Record<string, unknown> = {}): string {
  if (typeof data.slug === 'string' && data.slug) return data.slug;
  const withoutExt = relativePath.split('\\').join('/').replace(/\.[^./]+$/u, '');
  return withoutExt
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/u, '');
}
