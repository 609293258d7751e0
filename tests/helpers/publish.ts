import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { manifestFile, type SiteManifest } from '../../src/lib/build/site-manifest.ts';
import { scriptCommand } from './npm-script.ts';
import { root } from './paths.ts';

/** Runs `npm run publish -- <target> …args` and resolves with its exit status and output. */
export function publish(target: string, ...args: string[]): Promise<{ status: number | null; output: string }> {
  return publishWith({}, target, ...args);
}

/** `publish` with more environment (e.g. a PATH whose `ssh` reaches a test server). */
export function publishWith(env: Record<string, string>, target: string, ...args: string[]): Promise<{ status: number | null; output: string }> {
  return startPublish(env, target, ...args).done;
}

/** Starts `npm run publish` (scriptCommand): its output so far, and its end. */
export function startPublish(env: Record<string, string>, target: string, ...args: string[]): { output: () => string; done: Promise<{ status: number | null; output: string }> } {
  const run = scriptCommand('publish', [target, ...args]);
  const child = spawn(run.command, run.args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0', CI_PIPELINE_URL: '', GITHUB_RUN_ID: '', ...env } });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return { output: () => output, done: new Promise((resolve) => child.on('exit', (status) => resolve({ status, output }))) };
}

function git(dir: string, args: string[], time = ''): string {
  const who = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
  const when = time ? { GIT_AUTHOR_DATE: time, GIT_COMMITTER_DATE: time } : {};
  const result = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, ...who, ...when } });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

export interface Checkout {
  /** The git checkout (one commit). */
  repo: string;
  /** Its build folder `site/` (ignored by git, as dist/ is). */
  dir: string;
  commit: string;
  commitTime: string;
}

/**
 * A checkout with one commit made at `time`, holding a build in `site/`: copied from `from`, or a
 * small site (a home page carrying `marker`, the real `_headers`). Its `_site.json` names that
 * commit, clean, with the identity given, unless `manifest` says otherwise.
 */
export function checkout(parent: string, name: string, time: string, options: { from?: string; marker?: string; manifest?: Partial<SiteManifest> } = {}): Checkout {
  const repo = path.join(parent, name);
  mkdirSync(repo, { recursive: true });
  git(repo, ['init', '-q']);
  writeFileSync(path.join(repo, '.gitignore'), '/site/\n');
  writeFileSync(path.join(repo, 'README'), `${name}\n`);
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', name], time);
  const commit = git(repo, ['rev-parse', 'HEAD']);
  const commitTime = git(repo, ['log', '-1', '--format=%cI']);
  const dir = path.join(repo, 'site');
  if (options.from) cpSync(options.from, dir, { recursive: true });
  else {
    mkdirSync(path.join(dir, '_astro'), { recursive: true });
    cpSync(path.join(root, 'public/_headers'), path.join(dir, '_headers'));
    writeFileSync(path.join(dir, 'index.html'), `<!doctype html><title>${options.marker ?? name}</title>\n`);
    writeFileSync(path.join(dir, '_astro', `${name}.css`), `body{--release:"${name}"}\n`);
    writeFileSync(path.join(dir, 'same.txt'), 'unchanged between releases\n');
  }
  const manifest: SiteManifest = {
    siteUrl: 'https://www.example.gov.cn',
    base: '/',
    commit,
    commitTime,
    dirty: false,
    identityMissing: [],
    identitySample: false,
    testSite: false,
    ...options.manifest,
  };
  writeFileSync(path.join(dir, manifestFile), JSON.stringify(manifest));
  return { repo, dir, commit, commitTime };
}
