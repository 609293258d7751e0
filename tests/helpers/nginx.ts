import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { nginxSiteLocation } from '../../src/lib/server/nginx-config.ts';

/** Debian's nginx (`.ci/run` and scripts/ensure-chromium.sh install it); NGINX_PATH overrides. */
export const nginxBinary = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface NginxSite {
  /** The site's address, base included, without the trailing slash: `http://127.0.0.1:port/szy`. */
  url: string;
  /** The server's origin, `http://127.0.0.1:port`. */
  origin: string;
  /** The error log so far (warnings included). */
  errors: () => string;
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs nginx in the foreground with the site's shipped configuration: the location block the
 * publish script writes (nginxSiteLocation) around the build's own _nginx.conf, on a free
 * loopback port, with its pid, temp folders and logs in a temporary folder. One process
 * (master_process off), so it runs the same as root in CI and as a user on a laptop.
 *
 * @param root the folder that holds the site at `base` (a publish target's `current`), or
 * @param dir or: a build folder served under its own base (a symlink maps base → dir).
 * @param include or: the site.conf a publish wrote, included as the operator's server block does.
 */
export async function startNginx(options: { root?: string; dir?: string; base?: string; include?: string }): Promise<NginxSite> {
  const base = options.base ?? '/';
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'szy-nginx-'));
  let root = options.root;
  if (!root && !options.include) {
    if (!options.dir) throw new Error('startNginx needs root or dir');
    root = path.join(tmp, 'www');
    const link = path.join(root, base);
    mkdirSync(path.dirname(link.replace(/\/+$/u, '')), { recursive: true });
    if (base === '/') root = options.dir;
    else symlinkSync(options.dir, link.replace(/\/+$/u, ''));
  }
  // The shipped _nginx.conf includes mime.types from the configuration's folder, as on Debian (/etc/nginx).
  copyFileSync(process.env.NGINX_MIME_TYPES ?? '/etc/nginx/mime.types', path.join(tmp, 'mime.types'));
  const errorLog = path.join(tmp, 'error.log');
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const conf = [
      'daemon off;',
      'master_process off;',
      `pid ${tmp}/nginx.pid;`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  access_log ${tmp}/access.log;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${tmp}/${t};`),
      '  default_type application/octet-stream;',
      '  sendfile on;',
      '  server {',
      `    listen 127.0.0.1:${port};`,
      '    server_name localhost;',
      options.include ? `    include ${options.include};` : nginxSiteLocation(base, root!).replace(/^/gmu, '    '),
      '  }',
      '}',
    ].join('\n');
    writeFileSync(path.join(tmp, 'nginx.conf'), conf);
    const child: ChildProcess = spawn(nginxBinary, ['-p', `${tmp}/`, '-c', `${tmp}/nginx.conf`, '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const origin = `http://127.0.0.1:${port}`;
    const ready = await waitUntilServing(origin, exited);
    const errors = () => {
      try {
        return readFileSync(errorLog, 'utf8');
      } catch {
        return '';
      }
    };
    if (!ready) {
      const log = `${stderr}\n${errors()}`;
      if (attempt < 5 && /Address already in use/u.test(log)) continue;
      rmSync(tmp, { recursive: true, force: true });
      throw new Error(`nginx did not start:\n${log}`);
    }
    return {
      url: `${origin}${base.replace(/\/$/u, '')}`,
      origin,
      errors,
      close: async () => {
        child.kill('SIGTERM');
        await exited;
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  }
}

async function waitUntilServing(origin: string, exited: Promise<number | null>): Promise<boolean> {
  let done = false;
  void exited.then(() => (done = true));
  for (let i = 0; i < 200 && !done; i++) {
    try {
      await fetch(origin, { signal: AbortSignal.timeout(1000) });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  return false;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** The body as sent (still gzipped when Content-Encoding says so). */
  body: Buffer;
}

/** A GET with exactly the given request headers (fetch would add Accept-Encoding and unpack the body). */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpGet(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const flat = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    request.on('error', reject);
  });
}
