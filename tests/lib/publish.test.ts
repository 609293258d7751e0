import { describe, expect, it } from 'vitest';
import { normalBase, publishRefusal, siteManifest } from '../../src/lib/build/site-manifest.ts';
import { parseTarget, releaseId } from '../../src/lib/publish/target.ts';

describe('parseTarget', () => {
  it.each([
    ['deploy@www.example.gov.cn:/srv/szy', { host: 'deploy@www.example.gov.cn', path: '/srv/szy' }],
    ['web1:/srv/szy/', { host: 'web1', path: '/srv/szy' }],
    ['/srv/szy', { path: '/srv/szy' }],
  ])('reads %s', (text, expected) => {
    expect(parseTarget(text)).toEqual(expected);
  });

  it.each([
    ['deploy@host:srv/szy', /绝对路径/u],
    ['srv/szy', /绝对路径/u],
    ['/srv/my site', /空格/u],
    ["/srv/s'zy", /引号/u],
  ])('refuses %s', (text, message) => {
    const result = parseTarget(text);
    expect('error' in result && result.error).toMatch(message);
  });
});

it('names releases by time, so that they sort in publishing order', () => {
  const names = ['2026-11-30T03:41:05.123Z', '2026-11-30T03:41:05.124Z', '2027-01-01T00:00:00.000Z'].map((t) => releaseId(new Date(t)));
  expect(names[0]).toBe('20261130T034105123Z');
  expect([...names].sort()).toEqual(names);
});

describe('a build’s manifest', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['szy', '/szy/'],
    ['/szy', '/szy/'],
    ['/a/b/', '/a/b/'],
  ])('SITE_BASE %j is the base %s', (value, base) => {
    expect(normalBase(value)).toBe(base);
  });

  it('records the public address from SITE_URL', () => {
    expect(siteManifest({ SITE_URL: 'https://www.example.gov.cn/', SITE_BASE: '/szy/' })).toEqual({ siteUrl: 'https://www.example.gov.cn', base: '/szy/' });
    expect(siteManifest({}).siteUrl).toBeNull();
  });

  it.each([
    [undefined, /不是本项目构建出的网站/u],
    [{ siteUrl: null, base: '/' }, /拒绝发布.*SITE_URL.*localhost:4321/su],
    [{ siteUrl: 'http://localhost:4321', base: '/' }, /本机地址/u],
    [{ siteUrl: 'http://127.0.0.1:8080', base: '/' }, /本机地址/u],
  ])('refuses to publish %j', (manifest, message) => {
    expect(publishRefusal(manifest, 'dist')).toMatch(message);
  });

  it('lets a build with its public address be published', () => {
    expect(publishRefusal({ siteUrl: 'https://www.example.gov.cn', base: '/' }, 'dist')).toBeUndefined();
  });
});
