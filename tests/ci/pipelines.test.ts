/**
 * The pipelines an office's forge runs on a push: GitHub Actions (and Gitea), Forgejo Actions and
 * GitLab CI. Each parses as YAML and, through the same scripts in .ci/: tests every push to main and
 * every merge request once (all tests, or the content lane for a content-only commit), caches npm and node_modules,
 * builds once in the job that tested and publishes that build (an artifact) — the live site only
 * from main, with the production credential only there, one publish at a time — and previews merge
 * requests from the project itself with the preview credential only.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../helpers/paths.ts';

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface ActionsJob {
  'runs-on': string;
  container?: string;
  needs?: string | string[];
  if?: string;
  environment?: { name: string; url?: string };
  concurrency?: { group: string; 'cancel-in-progress': boolean | string };
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean | string };
  jobs: Record<string, ActionsJob>;
}

function load<T>(file: string): T {
  // `uniqueKeys` and strict parsing: a duplicate or malformed key is an error, as forges treat it.
  return parse(readFileSync(path.join(root, file), 'utf8'), { uniqueKeys: true, strict: true, prettyErrors: true }) as T;
}

const ciRun = readFileSync(path.join(root, '.ci/run'), 'utf8');
/** git in a scratch repository, with a committer of its own. */
const gitIn =
  (repo: string) =>
  (...args: string[]) =>
    spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e.org' } }).stdout.trim();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'szy-ci-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('.ci/run installs what the tests need on a fresh machine, then node_modules (.ci/install) and npm test (or the content lane)', () => {
  expect(ciRun).toMatch(/apt-get install[^\n]*\bchromium\b[^\n]*\bnginx\b[^\n]*\brsync\b/u);
  expect(ciRun.indexOf('npm test')).toBeGreaterThan(ciRun.indexOf('bash .ci/install'));
  expect(ciRun.indexOf('npm run check')).toBeGreaterThan(ciRun.indexOf('bash .ci/install'));
  const content = ciRun.slice(ciRun.indexOf('content)'));
  expect(content).toMatch(/npm run check[\s\S]*npm run --silent lane-tests[\s\S]*TEST_SITES=real [^\n]*npx vitest run "\$\{files\[@\]\}"/u);
});

it('.ci/install runs npm ci from npm\'s cache, and not again while node_modules is from the same lockfile', () => {
  const dir = mkdtempSync(path.join(tmp, 'install-'));
  mkdirSync(path.join(dir, '.ci'));
  cpSync(path.join(root, '.ci/install'), path.join(dir, '.ci/install'));
  // A stand-in for npm that records its arguments and makes node_modules, as `npm ci` would.
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'npm'), '#!/bin/sh\necho "$@" >> "$(dirname "$0")/../npm-calls"\nmkdir -p node_modules\n', { mode: 0o755 });
  const install = () => {
    const result = spawnSync('bash', ['.ci/install'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
    expect(result.status, result.stderr).toBe(0);
    return existsSync(path.join(dir, 'npm-calls')) ? readFileSync(path.join(dir, 'npm-calls'), 'utf8').trim().split('\n') : [];
  };
  writeFileSync(path.join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"node_modules/a":{"version":"1.0.0"}}}');
  expect(install()).toEqual(['ci --no-audit --no-fund --prefer-offline']);
  // The pipeline's cache restored node_modules installed from this lockfile: no second install.
  expect(install()).toHaveLength(1);
  // A commit that changes the lockfile installs again.
  writeFileSync(path.join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"node_modules/a":{"version":"1.0.1"}}}');
  expect(install()).toHaveLength(2);
  // node_modules without the record of its install (a cache from before, a hand-made folder) is installed afresh.
  rmSync(path.join(dir, 'node_modules/.szy-installed'));
  expect(install()).toHaveLength(3);
});

it('.ci/build publishes the content lane\'s tested build as it is, and builds anything else', () => {
  const repo = mkdtempSync(path.join(tmp, 'build-'));
  const git = gitIn(repo);
  git('init', '-q');
  mkdirSync(path.join(repo, '.ci'));
  cpSync(path.join(root, '.ci/build'), path.join(repo, '.ci/build'));
  git('add', '.');
  git('commit', '-q', '-m', 'x');
  // A stand-in for npm: a real build would replace dist/.
  const bin = path.join(repo, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'npm'), '#!/bin/sh\necho built > "$(dirname "$0")/../built"\n', { mode: 0o755 });
  mkdirSync(path.join(repo, 'dist'));
  writeFileSync(path.join(repo, 'dist/_site.json'), '{}');
  const build = (siteUrl: string) => {
    rmSync(path.join(repo, 'built'), { force: true });
    const result = spawnSync('bash', ['.ci/build', 'main'], { cwd: repo, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, SITE_URL: siteUrl } });
    expect(result.status, result.stderr).toBe(0);
    return existsSync(path.join(repo, 'built'));
  };
  // No record of a tested build: it builds.
  expect(build('https://www.example.gov.cn')).toBe(true);
  mkdirSync(path.join(repo, 'node_modules/.cache'), { recursive: true });
  writeFileSync(path.join(repo, 'node_modules/.cache/szy-tested-build'), `main ${git('rev-parse', 'HEAD')} https://www.example.gov.cn /\n`);
  // dist/ is the tested build of this commit for this address: kept as it is.
  expect(build('https://www.example.gov.cn')).toBe(false);
  // Another address, or another commit: built again.
  expect(build('https://preview.example.gov.cn')).toBe(true);
  git('commit', '-q', '--allow-empty', '-m', 'y');
  expect(build('https://www.example.gov.cn')).toBe(true);
});

it('.ci/run\'s content lane on main builds for publishing first and tests that build', () => {
  const content = ciRun.slice(ciRun.indexOf('content)'));
  expect(content).toMatch(/BUILD_FOR:-\}" = main[\s\S]*bash \.ci\/build main[\s\S]*SKIP_BUILD="\$\{tested:\+1\}" npx vitest run[\s\S]*szy-tested-build/u);
});

it.each(['.ci/run', '.ci/publish', '.ci/build', '.ci/lane', '.ci/install'])('%s is valid bash', (file) => {
  const check = spawnSync('bash', ['-n', path.join(root, file)], { encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});

const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SITE_URL|DEPLOY_|PREVIEW_)/u.test(k)));
it.each([
  ['publish', ['main'], {}, /DEPLOY_TARGET/u],
  ['publish', ['preview', '12'], {}, /PREVIEW_URL/u],
  ['publish', ['preview', 'abc'], {}, /合并请求编号/u],
  ['build', ['main'], {}, /SITE_URL/u],
  ['build', ['preview', '12'], {}, /PREVIEW_URL/u],
])('.ci/%s %j stops before doing anything when a setting is missing', (script, args, env, message) => {
  const result = spawnSync('bash', [path.join(root, `.ci/${script}`), ...args], { encoding: 'utf8', env: { ...clean, ...env } });
  expect(result.status).not.toBe(0);
  expect(result.stderr).toMatch(message);
  expect(result.stdout).not.toMatch(/astro|build/iu);
});

describe('.ci/lane', () => {
  const repo = path.join(tmp, 'lane');
  const git = gitIn(repo);
  const commit = (file: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), `${file} ${Math.random()}\n`);
    git('add', '.');
    git('commit', '-qm', file);
    return git('rev-parse', 'HEAD');
  };
  mkdirSync(path.join(repo, '.ci'), { recursive: true });
  git('init', '-q');
  // The script finds the checkout from its own folder: a copy runs inside the test repository.
  writeFileSync(path.join(repo, '.ci/lane'), readFileSync(path.join(root, '.ci/lane')));
  const first = commit('src/a.ts');

  it('takes the content lane when only content/ changed since the base', () => {
    const base = git('rev-parse', 'HEAD');
    commit('content/notices/a.mdx');
    commit('content/site.yaml');
    expect(spawnSync('bash', ['.ci/lane', base], { cwd: repo, encoding: 'utf8' }).stdout.trim()).toBe('content');
  });

  it('takes the code lane when anything else changed, or the base is unknown', () => {
    const copy = (base: string) => spawnSync('bash', ['.ci/lane', base], { cwd: repo, encoding: 'utf8' }).stdout.trim();
    const before = git('rev-parse', 'HEAD');
    commit('content/notices/b.mdx');
    commit('src/b.ts');
    expect(copy(before)).toBe('code');
    expect(copy(first)).toBe('code');
    expect(copy('')).toBe('code');
    expect(copy('0000000000000000000000000000000000000000')).toBe('code');
    expect(copy('1234567890abcdef1234567890abcdef12345678')).toBe('code');
  });
});

describe.each([
  ['.github/workflows/site.yml', 'ubuntu-latest', 'actions/'],
  ['.forgejo/workflows/site.yml', 'docker', 'https://data.forgejo.org/'],
])('%s', (file, runner, actions) => {
  const workflow = load<Workflow>(file);
  const runs = (job: string) => workflow.jobs[job]!.steps.map((s) => s.run).filter(Boolean).join('\n');
  const uses = (job: string) => workflow.jobs[job]!.steps.map((s) => s.uses).filter(Boolean);

  it('runs once per change: pushes to main and pull requests (a pull request is not also run as a push)', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(Object.keys(workflow.jobs).sort()).toEqual(['preview', 'publish', 'test']);
    expect(workflow.concurrency['cancel-in-progress']).toBe("${{ github.ref != 'refs/heads/main' }}");
  });

  it('gives the jobs least privilege: read the repository, nothing else', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('tests in a Debian container with Node 22, with npm\'s cache, node_modules and the build\'s caches kept, choosing the lane from the diff', () => {
    const job = workflow.jobs.test!;
    expect(job['runs-on']).toBe(runner);
    expect(job.container).toMatch(/^node:22-bookworm/u);
    expect(job.if).toBeUndefined();
    const caches = job.steps.filter((s) => s.uses?.endsWith('cache@v4'));
    const cacheOf = (p: string) => caches.find((s) => s.with!.path === p)?.with;
    expect(cacheOf(job.env!.npm_config_cache!)!.key).toContain("hashFiles('package-lock.json')");
    // node_modules by the lockfile (and the runner's system): .ci/run skips npm ci when it is there.
    expect(cacheOf('node_modules')!.key).toMatch(/runner\.os.*hashFiles\('package-lock\.json'\)/u);
    // The build's caches (PDFs, images) from the newest run: a new key each run, restored by prefix.
    expect(cacheOf('node_modules/.astro')).toMatchObject({ key: expect.stringContaining('github.sha'), 'restore-keys': expect.any(String) });
    // Restored before the tests run.
    const runStep = job.steps.findIndex((s) => s.run?.includes('.ci/run'));
    for (const c of caches) expect(job.steps.indexOf(c)).toBeLessThan(runStep);
    expect(runs('test')).toContain('bash .ci/run "$(bash .ci/lane "$LANE_BASE")"');
  });

  it('builds once, in the job that tested, and keeps that build as an artifact', () => {
    expect(runs('test')).toMatch(/bash \.ci\/build main[\s\S]*bash \.ci\/build preview/u);
    // On a push to main the content lane builds the live site's build before its tests and tests that one.
    const lane = workflow.jobs.test!.steps.find((s) => s.run?.includes('.ci/run'))!;
    expect(lane.env!.BUILD_FOR).toBe("${{ github.event_name == 'push' && 'main' || 'none' }}");
    expect(lane.env!.SITE_URL).toBe("${{ github.event_name == 'push' && vars.SITE_URL || '' }}");
    expect(uses('test').some((u) => u!.startsWith(actions) && u!.endsWith('upload-artifact@v4'))).toBe(true);
    for (const job of ['publish', 'preview']) {
      expect(runs(job)).not.toMatch(/npm (run build|ci|test)|\.ci\/(build|run)/u);
      const download = workflow.jobs[job]!.steps.find((s) => s.uses?.endsWith('download-artifact@v4'))!;
      expect(download.with).toEqual({ name: 'site', path: 'dist/' });
    }
  });

  it('publishes only from main, after the tests passed, with the production key of the production environment, one at a time', () => {
    const job = workflow.jobs.publish!;
    expect(job.needs).toBe('test');
    expect(job.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(job.environment!.name).toBe('production');
    expect(job.concurrency).toEqual({ group: 'publish-production', 'cancel-in-progress': false });
    expect(runs('publish')).toMatch(/bash \.ci\/publish main$/u);
    expect(job.steps.at(-1)!.env!.DEPLOY_SSH_KEY).toBe('${{ secrets.DEPLOY_SSH_KEY }}');
  });

  it('previews pull requests from this repository only, with the preview key only', () => {
    const job = workflow.jobs.preview!;
    expect(job.needs).toBe('test');
    expect(job.if).toBe("github.event_name == 'pull_request' && github.event.pull_request.head.repo.full_name == github.repository");
    expect(runs('preview')).toMatch(/bash \.ci\/publish preview "\$\{\{ github\.event\.pull_request\.number \}\}"$/u);
    expect(job.steps.at(-1)!.env!.PREVIEW_SSH_KEY).toBe('${{ secrets.PREVIEW_SSH_KEY }}');
  });

  it('names the production key in the publish job alone', () => {
    const mentions = Object.entries(workflow.jobs).filter(([, job]) => JSON.stringify(job).includes('DEPLOY_SSH_KEY')).map(([name]) => name);
    expect(mentions).toEqual(['publish']);
  });
});

it('GitHub and Forgejo run the same steps (only the runner label and the actions\' addresses differ)', () => {
  const normalise = (file: string) =>
    readFileSync(path.join(root, file), 'utf8')
      .replace(/^#.*\n/gmu, '')
      .replace(/https:\/\/data\.forgejo\.org\/(?:actions|forgejo)\//gu, 'actions/')
      .replaceAll('runs-on: docker', 'runs-on: ubuntu-latest');
  expect(normalise('.forgejo/workflows/site.yml')).toBe(normalise('.github/workflows/site.yml'));
});

describe('.gitlab-ci.yml', () => {
  interface GitlabJob {
    stage: string;
    needs?: string[];
    interruptible?: boolean;
    rules?: { if?: string; when?: string; variables?: Record<string, string> }[];
    script: string[];
    artifacts?: { paths: string[] };
    resource_group?: string;
    environment?: { name: string; url: string };
    variables?: Record<string, string>;
    cache?: unknown[];
  }
  const ci = load<Record<string, unknown>>('.gitlab-ci.yml');
  const job = (name: string) => ci[name] as GitlabJob;
  const sameProject = '$CI_PIPELINE_SOURCE == "merge_request_event" && $CI_MERGE_REQUEST_SOURCE_PROJECT_ID == $CI_PROJECT_ID';

  it('has the test stage before the publish stage, in a Debian image with Node 22, with npm\'s cache and node_modules kept', () => {
    expect(ci.stages).toEqual(['test', 'publish']);
    const defaults = ci.default as { image: string; cache: { key: { files: string[]; prefix?: string }; paths: string[] }[] };
    expect(defaults.image).toMatch(/^node:22-bookworm/u);
    const cacheOf = (p: string) => defaults.cache.find((c) => c.paths.includes(p));
    expect(cacheOf('.npm/')!.key.files).toEqual(['package-lock.json']);
    // node_modules by the lockfile (with the build's caches inside it, node_modules/.astro): .ci/run skips npm ci.
    expect(cacheOf('node_modules/')!.key).toMatchObject({ files: ['package-lock.json'], prefix: expect.any(String) });
    // Publishing needs only the tested build: its jobs download no cache.
    for (const name of ['publish', 'preview']) expect(job(name).cache, name).toEqual([]);
    expect((ci.variables as Record<string, string>).npm_config_cache).toBe('$CI_PROJECT_DIR/.npm');
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toMatch(/^\/\.npm\/$/mu);
  });

  it('tests every pipeline once, in the lane the diff chooses, and keeps the build it made', () => {
    const workflowRules = (ci.workflow as { rules: { if: string }[] }).rules.map((r) => r.if);
    expect(workflowRules).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(job('test').interruptible).toBe(true);
    expect(job('test').script).toEqual(['bash .ci/run "$(bash .ci/lane "$LANE_BASE")"', 'bash .ci/build $BUILD_FOR']);
    expect(job('test').rules!.map((r) => r.variables!.BUILD_FOR)).toEqual(['preview $CI_MERGE_REQUEST_IID', 'main', 'none']);
    expect(job('test').rules![0]!.if).toBe(sameProject);
    expect(job('test').artifacts!.paths).toEqual(['dist/']);
  });

  it('publishes the tested build only from main, one at a time, in the production environment', () => {
    expect(job('publish').needs).toEqual(['test']);
    expect(job('publish').rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == "main"' }]);
    expect(job('publish').script).toEqual(['bash .ci/publish main']);
    expect(job('publish').resource_group).toBe('production');
    expect(job('publish').environment!.name).toBe('production');
    expect(job('publish').interruptible).toBeUndefined();
  });

  it('previews merge requests from this project only, one at a time each', () => {
    expect(job('preview').needs).toEqual(['test']);
    expect(job('preview').rules).toEqual([{ if: sameProject }]);
    expect(job('preview').script).toEqual(['bash .ci/publish preview "$CI_MERGE_REQUEST_IID"']);
    expect(job('preview').resource_group).toBe('preview-$CI_MERGE_REQUEST_IID');
    expect(job('preview').environment!.url).toBe('$PREVIEW_URL/mr-$CI_MERGE_REQUEST_IID/');
  });
});

describe('.ci/publish', () => {
  const script = readFileSync(path.join(root, '.ci/publish'), 'utf8');
  it('publishes dist/ as the test job built it, never building again', () => {
    expect(script).not.toMatch(/npm (run build|ci)/u);
    expect(script).toMatch(/npm run publish -- "\$target"/u);
  });
  it('gives a preview the preview key and drops the production key; leaves no key or ssh config behind', () => {
    const preview = script.slice(script.indexOf('  preview)'), script.indexOf(';;', script.indexOf('  preview)')));
    expect(preview).toContain('key="${PREVIEW_SSH_KEY:-}"');
    expect(preview).toContain('unset DEPLOY_SSH_KEY');
    expect(preview).toContain('--preview');
    expect(script).not.toMatch(/~\/\.ssh|\$HOME\/\.ssh/u);
    expect(script).toMatch(/trap 'rm -rf "\$ssh_dir"' EXIT/u);
  });
});
