import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';
import { siteHeaders } from './headers.ts';
import { dist } from './paths.ts';

/**
 * Serves a built site on a free loopback port, as a static host would, with the
 * response headers of the site's _headers file (its Content-Security-Policy).
 */
export async function serve(dir: string = dist): Promise<{ url: string; close: () => Promise<void> }> {
  const headersFile = path.join(dir, '_headers');
  const headers = existsSync(headersFile) ? siteHeaders(headersFile) : {};
  const handler = sirv(dir, {
    dev: false,
    etag: false,
    setHeaders: (res) => Object.entries(headers).forEach(([name, value]) => res.setHeader(name, value)),
  });
  const server: Server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end('not found');
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Debian's Chromium, headless, with background networking off (this machine has
 * no network beyond loopback).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * For a test file: launches the browser and serves `dir` before its tests, closes both after.
 * Read `browser` and `site` from the returned object inside tests (they are set in beforeAll).
 */
export function browserOnSite(dir: string = dist): { browser: Browser; site: Awaited<ReturnType<typeof serve>> } {
  const shared = {} as { browser: Browser; site: Awaited<ReturnType<typeof serve>> };
  beforeAll(async () => {
    [shared.browser, shared.site] = await Promise.all([launchBrowser(), serve(dir)]);
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.site?.close();
  });
  return shared;
}
