import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configuredOrigin } from '../site-url.ts';
import type { SourceState } from './source-state.ts';

/** What a build records about itself in dist/_site.json, for the publish script and the admin. */
export interface SiteManifest {
  /** The public origin the build wrote into feeds, the sitemap and downloads; null when none was given. */
  siteUrl: string | null;
  /** The sub-path the build serves under (SITE_BASE), e.g. `/` or `/shuangzhuanyi/`. */
  base: string;
  /** The commit built (full hash); null when the project was not a git checkout. */
  commit: string | null;
  /**
   * When that commit was made (committer date, ISO 8601). The build's own clock is left out, so two
   * builds of one commit stay byte-identical; the target's `history` records when it went live.
   */
  commitTime: string | null;
  /** True when the checkout had changes not committed (tracked or new files git does not ignore). */
  dirty: boolean;
  /** What 国办发〔2017〕47号 has a government site show and content/site.yaml still lacks (Chinese names). */
  identityMissing: string[];
  /** content/site.yaml says the codes are placeholders (`sample: true`). */
  identitySample: boolean;
  /** content/site.yaml declares a test site (`testSite: true`), which may go live without the identity. */
  testSite: boolean;
}

/** What the build knows about the site's identity (from content/site.yaml). */
export interface IdentityState {
  identityMissing: string[];
  identitySample: boolean;
  testSite: boolean;
}

export const manifestFile = '_site.json';

/**
 * The manifest of a build made with this environment, from this checkout and these settings. The
 * public address comes from `configuredOrigin` (SITE_URL today), the one place that decides it.
 */
export function siteManifest(env: Record<string, string | undefined>, source: SourceState, identity: IdentityState): SiteManifest {
  return { siteUrl: configuredOrigin(env) ?? null, base: normalBase(env.SITE_BASE), ...source, ...identity };
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

export interface PublishCheck {
  /** The build's folder as the user named it (for messages). */
  dir: string;
  /** The checkout the build folder belongs to, now; null when it is in no git checkout. */
  checkout: SourceState | null;
  /** `--allow-dirty`: publish a build of uncommitted or other changes anyway (said loudly). */
  allowDirty: boolean;
  /** A preview (`--preview`) rather than the live site. */
  preview: boolean;
}

/**
 * Why a build must not be published, in words for whoever runs the pipeline; undefined when it may.
 * A build without the public address has http://localhost:4321 in its feeds, sitemap and the
 * citation lines of its downloads; a build of uncommitted changes, or of another commit than the
 * checkout's (a build that failed since leaves the old dist/), is not what the commit says; the live
 * site must show the government identity unless content/site.yaml declares a test site.
 */
export function publishRefusal(manifest: SiteManifest | undefined, check: PublishCheck): string | undefined {
  const { dir } = check;
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
  if (/^https?:\/\/(?:localhost|127\.|\[::1\]|0\.0\.0\.0)/iu.test(manifest.siteUrl)) {
    return `拒绝发布：${dir} 的公开地址是本机地址 ${manifest.siteUrl}，读者无法打开。请把 SITE_URL 设为网站的公开地址后重新构建。`;
  }
  const sourceProblem = sourceRefusal(manifest, check);
  if (sourceProblem && !check.allowDirty) {
    return `拒绝发布：${sourceProblem}\n请提交改动后重新运行 npm run build 再发布；确需发布未提交的改动时加 --allow-dirty（会明确提示）。`;
  }
  if (!check.preview && !manifest.testSite && (manifest.identityMissing.length > 0 || manifest.identitySample)) {
    const what = manifest.identityMissing.length > 0 ? `还缺：${manifest.identityMissing.join('、')}` : '其中的编码是示例（sample: true），不是本单位的';
    return [
      `拒绝发布正式网站：content/site.yaml 中政府网站必须展示的标识（国办发〔2017〕47号《政府网站发展指引》）${what}。`,
      '请填写本单位取得的网站标识码、ICP备案编号、主办单位等（docs/editor-guide.md“网站设置”）后重新构建；',
      '预览（--preview）不受此限；仅供测试的网站可在 content/site.yaml 中写 testSite: true。',
    ].join('\n');
  }
  return undefined;
}

/**
 * What is wrong with the build's source, for `--allow-dirty` to override; undefined when the build is
 * exactly the checkout's commit and the checkout has nothing uncommitted.
 */
export function sourceRefusal(manifest: SiteManifest, check: PublishCheck): string | undefined {
  const { dir, checkout } = check;
  if (!manifest.commit) return `${dir} 没有记录它构建自哪个提交（不在 git 仓库中构建，或是旧版本的构建）。`;
  if (manifest.dirty) return `${dir} 是在有未提交改动时构建的（提交 ${manifest.commit.slice(0, 12)} 加上未提交的改动），线上将无法对应到任何提交。`;
  if (!checkout?.commit) return `${dir} 不在 git 仓库中，无法核对它是否是当前提交的构建。`;
  if (checkout.commit !== manifest.commit) {
    return `${dir} 是提交 ${manifest.commit.slice(0, 12)} 的构建，但当前提交是 ${checkout.commit.slice(0, 12)}（构建过期，或最近一次构建失败而留下了旧的 ${dir}）。`;
  }
  if (checkout.dirty) return `工作区有未提交的改动，而 ${dir} 是提交 ${manifest.commit.slice(0, 12)} 的构建，不含这些改动（最近一次构建可能失败了）。`;
  return undefined;
}
