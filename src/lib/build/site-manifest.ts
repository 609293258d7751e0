import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configuredOrigin } from '../site-url.ts';

/** What a build records about itself in dist/_site.json, for the publish script. */
export interface SiteManifest {
  /** The public origin the build wrote into feeds, the sitemap and downloads; null when none was given. */
  siteUrl: string | null;
  /** The sub-path the build serves under (SITE_BASE), e.g. `/` or `/shuangzhuanyi/`. */
  base: string;
}

export const manifestFile = '_site.json';

/**
 * The manifest of a build made with this environment. The public address comes from
 * `configuredOrigin` (SITE_URL today), the one place that decides it.
 */
export function siteManifest(env: Record<string, string | undefined>): SiteManifest {
  return { siteUrl: configuredOrigin(env) ?? null, base: normalBase(env.SITE_BASE) };
}

/** SITE_BASE as Astro reads it: with a leading and trailing slash. */
export function normalBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/gu, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Reads a build's manifest; undefined when the folder is not a build of this version. */
export function readSiteManifest(dir: string): SiteManifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, manifestFile), 'utf8')) as SiteManifest;
  } catch {
    return undefined;
  }
}

/**
 * Why a build must not be published, in words for whoever runs the pipeline; undefined when it may.
 * A build without the public address has http://localhost:4321 in its feeds, sitemap and the
 * citation lines of its downloads.
 */
export function publishRefusal(manifest: SiteManifest | undefined, dir: string): string | undefined {
  if (!manifest) {
    return `${dir} 不是本项目构建出的网站（缺少 ${manifestFile}）。请先运行 npm run build，再发布。`;
  }
  if (!manifest.siteUrl) {
    return [
      `拒绝发布：${dir} 构建时没有设置网站的公开地址（SITE_URL）。`,
      '这样构建的订阅源（RSS）、站点地图和数据下载（CSV/XLSX/JSON）中的“来源网址”都是 http://localhost:4321，读者无法打开。',
      '请设置公开地址后重新构建，例如：SITE_URL=https://www.example.gov.cn npm run build，再运行 npm run publish。',
    ].join('\n');
  }
  if (/^https?:\/\/(?:localhost|127\.|\[::1\])/iu.test(manifest.siteUrl)) {
    return `拒绝发布：${dir} 的公开地址是本机地址 ${manifest.siteUrl}，读者无法打开。请把 SITE_URL 设为网站的公开地址后重新构建。`;
  }
  return undefined;
}
