import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteSettings } from '../../schemas/site.ts';

/** Where the site settings live inside the content folder. */
export const SITE_SETTINGS_FILE = 'site.yaml';

/**
 * What a site without a settings file (a test fixture folder) is called. Nothing of any
 * programme: the content check warns that content/site.yaml is missing.
 */
const unnamed: SiteSettings = siteSchema.parse({
  name: '未命名网站',
  description: '未命名网站：请在 content/site.yaml 中填写网站设置。',
  homeTitle: '未命名网站',
  homeIntro: '请在 content/site.yaml 中填写网站设置。',
  bulletinName: '专刊',
});

/**
 * Reads the site settings (content/site.yaml) from a content folder. A file that fails
 * its schema has already stopped the build in the content check; `astro dev` carries on
 * with the unnamed settings so the preview still opens.
 * @example loadSiteSettings('content').name // '广东“双转移”'
 */
export function loadSiteSettings(contentDir: string): SiteSettings {
  const file = path.join(contentDir, SITE_SETTINGS_FILE);
  if (!existsSync(file)) return unnamed;
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch {
    return unnamed;
  }
  const result = siteSchema.safeParse(data);
  return result.success ? result.data : unnamed;
}
