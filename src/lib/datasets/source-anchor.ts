import GithubSlugger from 'github-slugger';

/**
 * The id of the heading under which a phrase stands in an MDX body, slugged as
 * Astro slugs headings (github-slugger, counting repeats in order), so a data
 * page can link straight to the section of the source that states a figure.
 * Undefined when the phrase is not found or stands before any heading.
 * @example sourceAnchor('## 甲\n\n文字A\n\n### 乙\n\n文字B', '文字B') // { id: '乙', heading: '乙' }
 */
export function sourceAnchor(body: string, phrase: string): { id: string; heading: string } | undefined {
  const at = body.indexOf(phrase);
  if (at < 0) return undefined;
  const slugger = new GithubSlugger();
  let anchor: { id: string; heading: string } | undefined;
  for (const m of body.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gmu)) {
    const slug = slugger.slug(m[1]!);
    if (m.index < at) anchor = { id: slug, heading: m[1]! };
    else break;
  }
  return anchor;
}
