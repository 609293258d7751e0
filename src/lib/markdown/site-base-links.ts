import type { HastPluginDefinition } from 'satteri';

/**
 * Makes root-relative links and images written in Markdown bodies
 * (`[文字](/notices/x/)`, `![说明](/images/a.png)`) honour the deployment base,
 * so the same content works at a domain's root and under a sub-path (SITE_BASE).
 * Editors write paths from the site root; the content check resolves them so.
 * Protocol-relative (//host) and already-based paths are left alone.
 */
export function siteBaseLinks(base: string): HastPluginDefinition {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const rebase = (url: unknown): string | undefined => {
    if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//') || prefix === '') return undefined;
    if (url === prefix || url.startsWith(`${prefix}/`)) return undefined;
    return `${prefix}${url}`;
  };
  return {
    name: 'site-base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const rebased = rebase(node.properties?.[key]);
        if (rebased) ctx.setProperty(node, key, rebased);
      },
    },
  };
}
