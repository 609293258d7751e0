/**
 * The site's response headers are data: `public/_headers`, in the format static hosts read
 * (Netlify, Cloudflare Pages): a path pattern on its own line, then indented `Name: value` lines;
 * `#` starts a comment; `*` in a pattern matches any characters. The build writes it to dist/
 * with every pattern under the site's base (`/*` → `/shuangzhuanyi/*`), and generates the nginx
 * configuration from the same rules (./nginx-config.ts): one source, never two hand-kept copies.
 */

/** Headers by path pattern, in the file's order. */
export type HeaderRules = Map<string, Record<string, string>>;

/** Reads a `_headers` file; refuses a line it cannot read rather than dropping a header silently. */
export function parseHeaders(text: string): HeaderRules {
  const rules: HeaderRules = new Map();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      current = {};
      rules.set(line.trim(), current);
      continue;
    }
    const m = /^\s+([\w-]+):\s*(.+)$/u.exec(line);
    if (!m || !current) throw new Error(`_headers: cannot read the line “${line}”`);
    current[m[1]!] = m[2]!.trim();
  }
  return rules;
}

/**
 * The rules with every pattern under the site's base.
 * @example withBase(rules, '/szy/') turns `/_astro/*` into `/szy/_astro/*`
 */
export function withBase(rules: HeaderRules, base: string): HeaderRules {
  const prefix = base.replace(/\/+$/u, '');
  return new Map([...rules].map(([pattern, headers]) => [`${prefix}${pattern}`, headers]));
}

/** Writes rules back in the `_headers` format, after a comment (each line prefixed with `# `). */
export function formatHeaders(rules: HeaderRules, comment: string[] = []): string {
  const blocks = [...rules].map(([pattern, headers]) => [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return [...comment.map((line) => `# ${line}`.trimEnd()), ...blocks].join('\n') + '\n';
}

/** The pattern that covers every response under the base (`/*`, or `/szy/*` under a sub-path). */
export function catchAllPattern(rules: HeaderRules): string | undefined {
  return [...rules.keys()].filter((p) => /^\/(?:[^*]*\/)?\*$/u.test(p)).sort((a, b) => a.length - b.length)[0];
}

/** Whether a URL path matches a pattern (`*` matches any characters, `/` included). */
export function matchesPattern(pattern: string, urlPath: string): boolean {
  const regex = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&')).join('.*');
  return new RegExp(`^${regex}$`, 'u').test(urlPath);
}

/**
 * The headers a static host sends for a path: every matching rule's headers, later rules
 * overriding earlier ones for the same name (nginx sends exactly this; see ./nginx-config.ts).
 */
export function headersFor(rules: HeaderRules, urlPath: string): Record<string, string> {
  return Object.assign({}, ...[...rules].filter(([pattern]) => matchesPattern(pattern, urlPath)).map(([, headers]) => headers));
}
