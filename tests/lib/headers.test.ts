import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor } from '../../src/lib/server/headers-file.ts';
import { parseCsp, parseHeaders } from '../helpers/headers.ts';
import { root } from '../helpers/paths.ts';

describe('parseHeaders', () => {
  it.each([
    ['/*\n  X-A: 1\n  X-B: two words\n', '/*', { 'X-A': '1', 'X-B': 'two words' }],
    ['# comment\n/*\n  X-A: 1\n\n/notices/*\n  X-C: 3\n', '/notices/*', { 'X-C': '3' }],
  ])('reads %j', (text, pattern, headers) => {
    expect(parseHeaders(text).get(pattern)).toEqual(headers);
  });

  it('refuses a line it cannot read, rather than dropping a header silently', () => {
    expect(() => parseHeaders('/*\n  not a header\n')).toThrow(/not a header/u);
  });
});

describe('parseCsp', () => {
  it.each([
    ["default-src 'self'; img-src 'self' data:", 'img-src', ["'self'", 'data:']],
    ["default-src 'self';  object-src 'none' ;", 'object-src', ["'none'"]],
  ])('reads %j', (policy, directive, sources) => {
    expect(parseCsp(policy).get(directive)).toEqual(sources);
  });
});

describe('public/_headers, as the Mozilla Observatory grades a site', () => {
  const rules = parseHeaders(readFileSync(path.join(root, 'public/_headers'), 'utf8'));
  const every = headersFor(rules, '/any/page/');

  it('gives every response HSTS (a year), a Permissions-Policy, COOP, the CSP, nosniff and a referrer policy', () => {
    expect(Number(/max-age=(\d+)/u.exec(every['Strict-Transport-Security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31536000);
    expect(every['Permissions-Policy']).toMatch(/camera=\(\)/u);
    expect(every['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(parseCsp(every['Content-Security-Policy'] ?? '').get('frame-ancestors')).toEqual(["'none'"]);
    expect(every['X-Content-Type-Options']).toBe('nosniff');
    expect(every['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});
