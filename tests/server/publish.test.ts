/**
 * `npm run publish` against a local folder served by nginx through the site.conf it writes:
 * two releases switch atomically while a reader keeps loading the site, the last releases are
 * kept, a rollback is one command, and a build without the public address is refused.
 */
import { mkdtempSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { precompress } from '../../src/lib/build/precompress.ts';
import { readSiteManifest } from '../../src/lib/build/site-manifest.ts';
import { rawGet, startNginx, type NginxSite } from '../helpers/nginx.ts';
import { dist, root } from '../helpers/paths.ts';
import { checkout, publish as publishTo } from '../helpers/publish.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'szy-publish-'));
const target = path.join(tmp, 'target');

/** Runs `npm run publish` without blocking the reader running beside it. */
const publish = (...args: string[]) => publishTo(target, ...args);

/**
 * A release made from the shared build, with a public address in its manifest, a marker in its
 * home page, and (for the second) its stylesheet under a new hashed name, as a changed
 * stylesheet gets from a real build.
 */
async function release(name: string, renameCss: boolean): Promise<{ dir: string; home: Buffer; css: string }> {
  const { dir } = checkout(tmp, name, name === 'a' ? '2026-01-01T10:00:00Z' : '2026-01-02T10:00:00Z', { from: dist });
  const homeFile = path.join(dir, 'index.html');
  let html = readFileSync(homeFile, 'utf8').replace('</head>', `<meta name="release" content="${name}"></head>`);
  let css = /href="(\/_astro\/[^"]+\.css)"/u.exec(html)![1]!;
  if (renameCss) {
    const renamed = css.replace(/\.css$/u, `-${name}.css`);
    renameSync(path.join(dir, css), path.join(dir, renamed));
    rmSync(path.join(dir, `${css}.gz`), { force: true });
    html = html.replaceAll(css, renamed);
    css = renamed;
  }
  writeFileSync(homeFile, html);
  await precompress(dir);
  return { dir, home: Buffer.from(html), css };
}

let a: Awaited<ReturnType<typeof release>>;
let b: Awaited<ReturnType<typeof release>>;
let site: NginxSite;

beforeAll(async () => {
  [a, b] = await Promise.all([release('a', false), release('b', true)]);
});

afterAll(async () => {
  await site?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const releases = () => readdirSync(path.join(target, 'releases')).sort();
const live = () => readlinkSync(path.join(target, 'current'));

it('the build records the commit it was built from, and whether the checkout had uncommitted changes', () => {
  const manifest = readSiteManifest(dist)!;
  const git = (...args: string[]) => spawnSync('git', ['-C', root, ...args], { encoding: 'utf8' }).stdout.trim();
  // The build may be an earlier run's (SKIP_BUILD=1): a commit of this repository, with its own time.
  expect(manifest.commit).toMatch(/^[0-9a-f]{40}$/u);
  expect(git('cat-file', '-t', manifest.commit!)).toBe('commit');
  expect(manifest.commitTime).toBe(git('log', '-1', '--format=%cI', manifest.commit!));
  expect(typeof manifest.dirty).toBe('boolean');
  if (manifest.commit === git('rev-parse', 'HEAD') && git('status', '--porcelain') === '') expect(manifest.dirty).toBe(false);
});

it('refuses a build made without the public address, in Chinese, and leaves the target untouched', async () => {
  const refused = await publish('--dir', dist);
  expect(refused.status).toBe(1);
  expect(refused.output).toMatch(/拒绝发布.*SITE_URL/su);
  expect(refused.output).toContain('http://localhost:4321');
  expect(() => readdirSync(target)).toThrow();
});

it('switches releases atomically while a reader loads the site, and rolls back on command', async () => {
  const first = await publish('--dir', a.dir, '--keep', '2');
  expect(first.status, first.output).toBe(0);
  site = await startNginx({ include: path.join(target, 'site.conf') });

  // The reader: the home page, then its stylesheet, as a browser loads them, again and again.
  const seen: string[] = [];
  const problems: string[] = [];
  let reading = true;
  let reads = 0;
  const reader = (async () => {
    while (reading) {
      reads++;
      const home = await rawGet(`${site.url}/`);
      const which = home.body.equals(a.home) ? 'a' : home.body.equals(b.home) ? 'b' : undefined;
      if (home.status !== 200 || !which) problems.push(`home: ${home.status}, ${which ? which : 'neither release'}`);
      if (which && seen.at(-1) !== which) seen.push(which);
      const css = await rawGet(site.url + (which === 'b' ? b.css : a.css));
      if (css.status !== 200) problems.push(`stylesheet of ${which}: ${css.status}`);
    }
  })();
  await new Promise((r) => setTimeout(r, 300));
  const before = reads;
  const second = await publish('--dir', b.dir, '--keep', '2');
  const during = reads - before;
  await new Promise((r) => setTimeout(r, 300));
  reading = false;
  await reader;
  expect(second.status, second.output).toBe(0);
  expect(during, 'the reader kept loading the site while the release was published').toBeGreaterThan(50);
  expect(problems).toEqual([]);
  expect(seen, 'the reader saw the first release, then only the second').toEqual(['a', 'b']);
  // A page loaded just before the switch still gets its stylesheet: the new release keeps the old hashed files.
  expect((await rawGet(site.url + a.css)).status).toBe(200);
  expect(releases()).toHaveLength(2);

  const back = await publish('--rollback');
  expect(back.status, back.output).toBe(0);
  expect(back.output).toContain('已回滚');
  expect((await rawGet(`${site.url}/`)).body.equals(a.home)).toBe(true);
  const none = await publish('--rollback');
  expect(none.status).toBe(1);
  expect(none.output).toContain('无法回滚');
  expect((await rawGet(`${site.url}/`)).body.equals(a.home), 'a refused rollback changes nothing').toBe(true);
});

it('keeps only the last releases, never the live one', async () => {
  const again = await publish('--dir', b.dir, '--keep', '2');
  expect(again.status, again.output).toBe(0);
  expect(releases()).toHaveLength(2);
  expect(live()).toBe(`releases/${releases().at(-1)}`);
  expect((await rawGet(`${site.url}/`)).body.equals(b.home)).toBe(true);
});
