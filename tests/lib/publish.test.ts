import { describe, expect, it } from 'vitest';
import { normalBase, publishRefusal, siteManifest, type PublishCheck, type SiteManifest } from '../../src/lib/build/site-manifest.ts';
import { parseTarget, releaseId } from '../../src/lib/publish/target.ts';
import { siteUrlProblem } from '../../src/lib/site-url.ts';

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

  const clean = { commit: 'a'.repeat(40), commitTime: '2026-01-01T10:00:00+08:00', dirty: false };
  const identity = { identityMissing: [], identitySample: false, testSite: false };
  const good: SiteManifest = { siteUrl: 'https://www.example.gov.cn', base: '/', ...clean, ...identity };
  const check: PublishCheck = { dir: 'dist', checkout: clean, allowDirty: false, preview: false };

  it('records the public address from SITE_URL, the commit and the identity', () => {
    expect(siteManifest({ SITE_URL: 'https://www.example.gov.cn/', SITE_BASE: '/szy/' }, clean, identity)).toEqual({ ...good, base: '/szy/' });
    expect(siteManifest({}, clean, identity).siteUrl).toBeNull();
  });

  it.each([
    [undefined, /不是本项目构建出的网站/u],
    [{ ...good, siteUrl: null }, /拒绝发布.*SITE_URL.*localhost:4321/su],
    [{ ...good, siteUrl: 'http://localhost:4321' }, /本机地址/u],
    [{ ...good, siteUrl: 'http://127.0.0.1:8080' }, /本机地址/u],
    [{ ...good, siteUrl: 'http://0.0.0.0' }, /本机地址/u],
    [{ ...good, dirty: true }, /未提交的改动/u],
    [{ ...good, commit: null }, /没有记录它构建自哪个提交/u],
    [{ ...good, commit: 'b'.repeat(40) }, /当前提交是 aaaaaaaaaaaa/u],
    [{ ...good, identityMissing: ['网站标识码', 'ICP备案编号'] }, /拒绝发布正式网站.*网站标识码、ICP备案编号/su],
    [{ ...good, identitySample: true }, /示例/u],
  ])('refuses to publish %j', (manifest, message) => {
    expect(publishRefusal(manifest, check)).toMatch(message);
  });

  it('refuses a clean build when the checkout has changed since, or is no checkout', () => {
    expect(publishRefusal(good, { ...check, checkout: { ...clean, dirty: true } })).toMatch(/工作区有未提交的改动/u);
    expect(publishRefusal(good, { ...check, checkout: null })).toMatch(/不在 git 仓库中/u);
  });

  it('lets a build with its public address, of the checkout\'s commit, be published', () => {
    expect(publishRefusal(good, check)).toBeUndefined();
  });

  it('--allow-dirty lets an uncommitted build through (the script warns), never a localhost one', () => {
    expect(publishRefusal({ ...good, dirty: true }, { ...check, allowDirty: true })).toBeUndefined();
    expect(publishRefusal({ ...good, siteUrl: null, dirty: true }, { ...check, allowDirty: true })).toMatch(/SITE_URL/u);
  });

  it('lets a preview, or a site that declares itself a test site, go without the identity', () => {
    const bare = { ...good, identityMissing: ['网站标识码'] };
    expect(publishRefusal(bare, { ...check, preview: true })).toBeUndefined();
    expect(publishRefusal({ ...bare, testSite: true }, check)).toBeUndefined();
  });
});

describe('SITE_URL', () => {
  it.each([
    ['www.example.gov.cn', /应以 https:\/\/ 或 http:\/\/ 开头/u],
    ['http://', /不是完整的网址/u],
    ['ftp://www.example.gov.cn', /应以 https:\/\/ 或 http:\/\/ 开头/u],
    ['https://www.example.gov.cn/szy/', /SITE_BASE/u],
  ])('refuses %j with a Chinese sentence', (value, message) => {
    expect(siteUrlProblem(value)).toMatch(message);
  });

  it.each([undefined, '', 'https://www.example.gov.cn', 'https://www.example.gov.cn/', 'http://localhost:4321'])('accepts %j', (value) => {
    expect(siteUrlProblem(value)).toBeUndefined();
  });
});
