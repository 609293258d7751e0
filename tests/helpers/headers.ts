import { readFileSync } from 'node:fs';

/**
 * Reads a `_headers` file (static hosts' format: a path pattern on its own line,
 * then indented `Name: value` lines; `#` starts a comment) into headers by pattern.
 */
export function parseHeaders(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
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

/** The headers a built site sends with every page (the `/*` rule of its _headers file). */
export function siteHeaders(file: string): Record<string, string> {
  return parseHeaders(readFileSync(file, 'utf8')).get('/*') ?? {};
}

/** A Content-Security-Policy as directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/u))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}
