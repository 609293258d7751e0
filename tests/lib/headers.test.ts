import { describe, expect, it } from 'vitest';
import { parseCsp, parseHeaders } from '../helpers/headers.ts';

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
