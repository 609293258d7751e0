import { readFileSync } from 'node:fs';
import { catchAllPattern, parseHeaders } from '../../src/lib/server/headers-file.ts';

export { parseHeaders };

/** The headers a built site sends with every page (the catch-all rule of its _headers file). */
export function siteHeaders(file: string): Record<string, string> {
  const rules = parseHeaders(readFileSync(file, 'utf8'));
  const pattern = catchAllPattern(rules);
  return pattern ? rules.get(pattern)! : {};
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
