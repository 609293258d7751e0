import { describe, expect, it } from 'vitest';
import { catchAllPattern, formatHeaders, headersFor, matchesPattern, parseHeaders, withBase } from '../../src/lib/server/headers-file.ts';
import { locationFor, nginxSiteBody, nginxSiteLocation } from '../../src/lib/server/nginx-config.ts';

const source = `# comment
/*
  Content-Security-Policy: default-src 'self'
  X-Content-Type-Options: nosniff
/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/pagefind/pagefind.*.pf_meta
  Cache-Control: public, max-age=31536000, immutable
`;

describe('_headers rules', () => {
  it.each([
    ['/', '/*', '/_astro/*'],
    ['/szy/', '/szy/*', '/szy/_astro/*'],
    ['/a/b/', '/a/b/*', '/a/b/_astro/*'],
  ])('under base %s the patterns are %s, %s', (base, all, astro) => {
    const rules = withBase(parseHeaders(source), base);
    expect([...rules.keys()].slice(0, 2)).toEqual([all, astro]);
    expect(catchAllPattern(rules)).toBe(all);
  });

  it('reads back what it writes', () => {
    const rules = parseHeaders(source);
    expect(parseHeaders(formatHeaders(rules, ['note']))).toEqual(rules);
  });

  it.each([
    ['/*', '/', true],
    ['/_astro/*', '/_astro/x.B1.css', true],
    ['/_astro/*', '/notices/_astro/x.css', false],
    ['/pagefind/pagefind.*.pf_meta', '/pagefind/pagefind.zh-cn_f2e.pf_meta', true],
    ['/pagefind/pagefind.*.pf_meta', '/pagefind/pagefind.js', false],
  ])('%s matches %s: %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it('merges every matching rule for a path, as a static host does', () => {
    expect(headersFor(parseHeaders(source), '/_astro/a.css')).toEqual({
      'Content-Security-Policy': "default-src 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
  });
});

describe('nginx configuration', () => {
  it.each([
    ['/_astro/*', '^~ /_astro/'],
    ['/szy/pagefind/fragment/*', '^~ /szy/pagefind/fragment/'],
    ['/pagefind/pagefind.*.pf_meta', '~ ^/pagefind/pagefind\\..*\\.pf_meta$'],
  ])('serves %s from location %s', (pattern, location) => {
    expect(locationFor(pattern)).toBe(location);
  });

  it('puts every header of _headers in every location, since nginx sends only one location’s', () => {
    const body = nginxSiteBody(withBase(parseHeaders(source), '/szy/'), '/szy/');
    const blocks = body.split(/\nlocation /u);
    expect(blocks).toHaveLength(4);
    for (const block of blocks.slice(0, 3)) {
      expect(block).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
      expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
    }
    expect(blocks[0]).toContain('add_header Cache-Control "no-cache" always;');
    expect(blocks[1]).toMatch(/^\^~ \/szy\/_astro\/ \{[^}]*add_header Cache-Control "public, max-age=31536000, immutable";/u);
    expect(body).toContain('error_page 403 404 =404 /szy/404.html;');
    expect(blocks[3]).toMatch(/_\(\?:headers\|nginx\\.conf\|site\\.json\|redirects\)\$ \{\s+return 404;/u);
  });

  it('refuses a header nginx would read as a variable', () => {
    expect(() => nginxSiteBody(parseHeaders('/*\n  X-A: $host\n'), '/')).toThrow(/\$host/u);
  });

  it.each([
    ['/', '/srv/szy/current', 'location ^~ / {\n    root /srv/szy/current;\n    include /srv/szy/current/_nginx.conf;\n}\n'],
    ['/szy/', '/srv/szy/current', 'location ^~ /szy/ {\n    root /srv/szy/current;\n    include /srv/szy/current/szy/_nginx.conf;\n}\nlocation = /szy {\n    return 301 /szy/$is_args$args;\n}\n'],
  ])('the site’s location under %s', (base, rootDir, expected) => {
    expect(nginxSiteLocation(base, rootDir).split('\n').slice(1).join('\n')).toBe(expected);
  });
});
