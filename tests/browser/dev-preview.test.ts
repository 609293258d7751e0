import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockAstroAsync } from '../helpers/astro-lock.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { root } from '../helpers/paths.ts';

/**
 * The editor's preview: `npm run dev` over a content folder at the top of the
 * project (like content/, outside src/), reloading the page when a file is
 * saved, and printing the content check's list of problems in Chinese when a
 * saved file has a mistake, without stopping.
 */
const folder = `tmp-dev-content-${process.pid}`;
const contentDir = path.join(root, folder);
const file = path.join(contentDir, 'notices/dev-preview.mdx');
const source = `---
title: 关于测试本地预览的通知
docNumber: 粤经信园区〔2012〕96号
issuer: 广东省经济和信息化委员会
addressees:
  - 各地级以上市经济和信息化主管部门
signedOn: 2012-03-01
signedOnPrinted: 二○一二年三月一日
publishedAt: 2012-03-02 09:00
sample: true
---
正文第一版。
`;

/** A file with a mistake before the server starts. */
const brokenAtStart = path.join(contentDir, 'notices/broken-at-start.mdx');

let dev: ChildProcess;
let unlock: (() => void) | undefined;
let url = '';
let output = '';

async function waitFor(test: () => boolean, what: string, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (!test()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The dev server's content store (.astro/data-store.json) outlives the server. Astro's glob
 * loader keeps a stored entry whose text is unchanged even when its file has moved, so a store
 * left by an earlier run (another content folder) would point the dev server at deleted files.
 * Start and leave the run without it; the next `npm run dev` rebuilds it from the files.
 */
const forgetDevStore = () => rmSync(path.join(root, '.astro/data-store.json'), { force: true });

beforeAll(async () => {
  unlock = await lockAstroAsync();
  forgetDevStore();
  mkdirSync(contentDir, { recursive: true });
  cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  writeFileSync(file, source);
  writeFileSync(brokenAtStart, source.replace('〔2012〕96号', '[2012]95号').replace('本地预览', '启动时有错'));
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) && !key.startsWith('VITEST')),
  );
  dev = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4391'], {
    cwd: root,
    env: { ...env, CONTENT_DIR: `./${folder}`, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    // eslint-disable-next-line no-control-regex
    output += chunk.toString('utf8').replace(/\u001b\[[0-9;]*m/gu, '');
  };
  dev.stdout!.on('data', collect);
  dev.stderr!.on('data', collect);
  await waitFor(() => /Local\s+http:\/\/localhost:\d+\//u.test(output), 'the dev server');
  url = /Local\s+(http:\/\/localhost:\d+)\//u.exec(output)![1]!;
});

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((r) => dev.once('exit', r));
    dev.kill();
    await exited;
  }
  rmSync(contentDir, { recursive: true, force: true });
  forgetDevStore();
  unlock?.();
});

describe('npm run dev', () => {
  it('starts with a content error, lists it in Chinese and serves the rest; the file appears once fixed', { timeout: 300_000 }, async () => {
    expect(output).toContain(`${folder}/notices/broken-at-start.mdx:3:1`);
    expect(output).toContain('改为：docNumber: 粤经信园区〔2012〕95号');
    expect(output).toContain(`暂不显示 ${folder}/notices/broken-at-start.mdx`);
    const get = (p: string) => fetch(`${url}${p}`, { signal: AbortSignal.timeout(30_000) }).catch(() => undefined);
    await expect.poll(async () => (await get('/notices/'))?.status, { timeout: 150_000, interval: 1000 }).toBe(200);
    expect((await get('/notices/broken-at-start/'))?.status).toBe(404);
    writeFileSync(brokenAtStart, readFileSync(brokenAtStart, 'utf8').replace('[2012]95号', '〔2012〕95号'));
    await expect.poll(async () => (await get('/notices/broken-at-start/'))?.status, { timeout: 60_000, interval: 500 }).toBe(200);
  });

  it('reloads the page in the browser when a content file is saved', { timeout: 300_000 }, async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      // The first requests compile the page (slow on a busy machine); wait until it is served.
      await expect
        .poll(async () => (await fetch(`${url}/notices/dev-preview/`, { signal: AbortSignal.timeout(60_000) }).then((r) => r.text()).catch(() => '')).includes('正文第一版'), {
          timeout: 240_000,
          interval: 1000,
        })
        .toBe(true);
      await page.goto(`${url}/notices/dev-preview/`);
      await expect.poll(() => page.locator('main').innerText().catch(() => ''), { timeout: 60_000 }).toContain('正文第一版');
      await page.waitForTimeout(1000);
      await page.evaluate(() => Object.assign(window, { notReloaded: true }));
      writeFileSync(file, source.replace('正文第一版', '正文第二版'));
      await expect.poll(() => page.locator('main').innerText().catch(() => ''), { timeout: 60_000 }).toContain('正文第二版');
      // The page was reloaded by the dev server, not edited in place (it may reload more than once).
      await expect.poll(() => page.evaluate(() => 'notReloaded' in window).catch(() => 'navigating'), { timeout: 30_000 }).toBe(false);
    } finally {
      await browser.close();
    }
  });

  it('prints the located problems in Chinese when a saved file has a mistake, and keeps serving', { timeout: 120_000 }, async () => {
    const before = output.length;
    writeFileSync(file, readFileSync(file, 'utf8').replace('〔2012〕96号', '[2012]96号'));
    await waitFor(() => output.slice(before).includes('字段：docNumber（发文字号）'), 'the problem list');
    const report = output.slice(before);
    expect(report).toContain(`${folder}/notices/dev-preview.mdx:3:1`);
    expect(report).toContain('改为：docNumber: 粤经信园区〔2012〕96号');
    expect((await fetch(`${url}/notices/`)).status).toBe(200);

    const fixed = output.length;
    writeFileSync(file, readFileSync(file, 'utf8').replace('[2012]96号', '〔2012〕96号'));
    await waitFor(() => output.slice(fixed).includes('内容检查通过'), 'the all-clear');
  });
});
