/**
 * Reading URLs as a browser does before deciding what they do: entities decoded,
 * tabs, newlines and control characters dropped, leading spaces trimmed. So
 * `&#106;ava&#x09;script:` is seen as the `javascript:` it is.
 */

const NAMED_ENTITIES: Record<string, string> = { amp: '&', colon: ':', tab: '\t', newline: '\n', sol: '/', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes numeric and the common named character references of an attribute value. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A URL as the browser resolves it: trimmed, without the tabs and newlines it ignores, lower-cased scheme. */
function normalize(url: string): string {
  // eslint-disable-next-line no-control-regex
  return decodeEntities(url).replace(/[\u0000-\u001f\u007f]/gu, '').trim();
}

/**
 * The scheme of a URL in lower case (`javascript`, `https`…), or undefined for a
 * relative URL.
 * @example urlScheme(' JaVa&#x09;Script:alert(1)') // 'javascript'
 */
export function urlScheme(url: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*):/iu.exec(normalize(url));
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Schemes that run script or carry a whole document inline: never allowed in a link or a source. */
export const FORBIDDEN_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/** True when a URL would run script or inline a document (`javascript:`, `vbscript:`, `data:`). */
export function isScriptUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme !== undefined && FORBIDDEN_SCHEMES.has(scheme);
}

/**
 * True when a URL names another origin: an absolute URL with a network scheme or a
 * protocol-relative `//host/…`. Site paths (`/x/`), anchors and relative paths are not.
 * @example isOtherOrigin('//tracker.example/x.png') // true
 */
export function isOtherOrigin(url: string): boolean {
  const value = normalize(url).replace(/\\/gu, '/');
  return value.startsWith('//') || /^(?:[a-z][a-z0-9+.-]*:)?\/\//iu.test(value) || /^(?:https?|ftp|wss?):/iu.test(value);
}

/** The host a URL loads from, for messages: `https://evil.example/x` → `evil.example`. */
export function hostOf(url: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)/iu.exec(normalize(url).replace(/\\/gu, '/'));
  return m?.[1] || url;
}

/** Attributes that hold a URL the browser follows or loads. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'srcset', 'poster', 'data', 'action', 'formaction', 'xlink:href', 'background', 'ping', 'cite', 'longdesc']);
/** Attributes whose URL the browser loads as soon as the page opens (unlike a link's href). */
export const LOADING_ATTRIBUTES: ReadonlySet<string> = new Set(['src', 'srcset', 'poster', 'data', 'background', 'ping']);

/** The URLs an attribute names: its value, or each candidate of a srcset. */
export function urlsOf(attribute: string, value: string): string[] {
  return attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/u)[0]!).filter(Boolean) : [value];
}
