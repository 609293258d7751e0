import { parseHTML } from 'linkedom';

/** Attributes whose value is a space-separated list of ids in the same page. */
const idListAttributes = ['for', 'headers', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'aria-flowto', 'aria-activedescendant', 'aria-errormessage', 'list'];

/** Attributes whose value may be a link or a reference to an id in the same page: `#id` or `url(#id)`. */
const linkAttributes = ['href', 'xlink:href', 'clip-path', 'mask', 'fill', 'stroke', 'filter', 'marker-start', 'marker-mid', 'marker-end'];

/**
 * Gives every id of one embedded document's HTML a prefix, and every reference to
 * those ids inside it (`href="#…"`, `aria-labelledby`, `for`, SVG `url(#…)`…) the
 * same, so that a page printing several documents whole (a compilation: two
 * circulars may share a heading, e.g. 一、总体要求) never repeats an id and each
 * document's own links still reach its own headings. References to ids the
 * fragment does not define (the page's own anchors) are left alone.
 */
export function scopeIds(html: string, prefix: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const elements = [...document.body.querySelectorAll('*')];
  const ids = new Set(elements.map((el) => el.getAttribute('id')).filter((id): id is string => Boolean(id)));
  if (ids.size === 0) return html;
  const scoped = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);
  for (const el of elements) {
    const id = el.getAttribute('id');
    if (id) el.setAttribute('id', scoped(id));
    for (const name of idListAttributes) {
      const value = el.getAttribute(name);
      if (value) el.setAttribute(name, value.split(/\s+/u).filter(Boolean).map(scoped).join(' '));
    }
    for (const name of linkAttributes) {
      const value = el.getAttribute(name);
      if (!value) continue;
      if (value.startsWith('#')) {
        const ref = decodeFragment(value.slice(1));
        // Keep the link's own form: percent-encoded stays encoded, raw stays raw.
        if (ids.has(ref)) el.setAttribute(name, `#${value.includes('%') ? encodeURIComponent(scoped(ref)) : scoped(ref)}`);
      } else if (value.includes('url(#')) {
        el.setAttribute(name, value.replace(/url\(#([^)]+)\)/gu, (_, ref: string) => `url(#${scoped(ref)})`));
      }
    }
  }
  return document.body.innerHTML;
}

/** A link's fragment as the id it names (`#%E4%B8%80` → 一). */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
