/**
 * The pipelines an office's forge runs on a push: GitHub Actions (and Gitea), Forgejo Actions and
 * GitLab CI. Each parses as YAML, tests every push and merge request (npm ci, npm test, npm run
 * build), publishes only from main after the tests passed, and previews every merge request
 * under its own sub-path — all through the same scripts in .ci/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../helpers/paths.ts';

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface ActionsJob {
  'runs-on': string;
  container?: string;
  needs?: string | string[];
  if?: string;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  jobs: Record<string, ActionsJob>;
}

function load<T>(file: string): T {
  // `uniqueKeys` and strict parsing: a duplicate or malformed key is an error, as forges treat it.
  return parse(readFileSync(path.join(root, file), 'utf8'), { uniqueKeys: true, strict: true, prettyErrors: true }) as T;
}

const ciRun = readFileSync(path.join(root, '.ci/run'), 'utf8');

it('.ci/run installs what the tests need on a fresh machine, then runs npm ci and npm test', () => {
  expect(ciRun).toMatch(/apt-get install[^\n]*\bchromium\b[^\n]*\bnginx\b[^\n]*\brsync\b/u);
  expect(ciRun.indexOf('npm ci')).toBeGreaterThan(-1);
  expect(ciRun.indexOf('npm test')).toBeGreaterThan(ciRun.indexOf('npm ci'));
});

it.each(['.ci/run', '.ci/publish'])('%s is valid bash', (file) => {
  const check = spawnSync('bash', ['-n', path.join(root, file)], { encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});

it.each([
  [['main'], {}, /SITE_URL/u],
  [['main'], { SITE_URL: 'https://www.example.gov.cn' }, /DEPLOY_TARGET/u],
  [['preview', '12'], {}, /PREVIEW_URL/u],
  [['preview', 'abc'], {}, /合并请求编号/u],
])('.ci/publish %j stops before building when a setting is missing', (args, env, message) => {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SITE_URL|DEPLOY_|PREVIEW_)/u.test(k)));
  const result = spawnSync('bash', [path.join(root, '.ci/publish'), ...args], { encoding: 'utf8', env: { ...clean, ...env } });
  expect(result.status).not.toBe(0);
  expect(result.stderr).toMatch(message);
  expect(result.stdout).not.toMatch(/astro|build/iu);
});

describe.each([
  ['.github/workflows/site.yml', 'ubuntu-latest', 'actions/checkout@v4'],
  ['.forgejo/workflows/site.yml', 'docker', 'https://data.forgejo.org/actions/checkout@v4'],
])('%s', (file, runner, checkout) => {
  const workflow = load<Workflow>(file);
  const runs = (job: string) => workflow.jobs[job]!.steps.map((s) => s.run).filter(Boolean);

  it('runs on every push and every merge request', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.on.push).toBeNull();
    expect(Object.keys(workflow.jobs).sort()).toEqual(['preview', 'publish', 'test']);
  });

  it('tests and builds every push in a Debian container with Node 22', () => {
    const job = workflow.jobs.test!;
    expect(job['runs-on']).toBe(runner);
    expect(job.container).toMatch(/^node:22-bookworm/u);
    expect(job.steps[0]!.uses).toBe(checkout);
    expect(job.if).toBeUndefined();
    expect(runs('test')).toEqual(['bash .ci/run', 'npm run build']);
  });

  it('publishes only from main, only after the tests passed, with the public address', () => {
    const job = workflow.jobs.publish!;
    expect(job.needs).toBe('test');
    expect(job.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(runs('publish')).toEqual(['bash .ci/publish main']);
    const env = job.steps.at(-1)!.env!;
    expect(env.SITE_URL).toBe('${{ vars.SITE_URL }}');
    expect(env.DEPLOY_SSH_KEY).toBe('${{ secrets.DEPLOY_SSH_KEY }}');
  });

  it('previews every merge request under its own sub-path, after the tests passed', () => {
    const job = workflow.jobs.preview!;
    expect(job.needs).toBe('test');
    expect(job.if).toBe("github.event_name == 'pull_request'");
    expect(runs('preview')).toEqual(['bash .ci/publish preview "${{ github.event.pull_request.number }}"']);
  });
});

it('GitHub and Forgejo run the same steps (only the runner label and the checkout address differ)', () => {
  const normalise = (file: string) => readFileSync(path.join(root, file), 'utf8').replace(/^#.*\n/gmu, '').replaceAll('https://data.forgejo.org/actions/checkout@v4', 'actions/checkout@v4').replaceAll('runs-on: docker', 'runs-on: ubuntu-latest');
  expect(normalise('.forgejo/workflows/site.yml')).toBe(normalise('.github/workflows/site.yml'));
});

describe('.gitlab-ci.yml', () => {
  interface GitlabJob {
    stage: string;
    needs?: string[];
    rules?: { if?: string; when?: string }[];
    script: string[];
    environment?: { name: string; url: string };
  }
  const ci = load<Record<string, unknown>>('.gitlab-ci.yml');
  const job = (name: string) => ci[name] as GitlabJob;

  it('has the test stage before the publish stage, in a Debian image with Node 22', () => {
    expect(ci.stages).toEqual(['test', 'publish']);
    expect((ci.default as { image: string }).image).toMatch(/^node:22-bookworm/u);
  });

  it('tests and builds every pipeline, branch or merge request', () => {
    expect(job('test').stage).toBe('test');
    expect(job('test').rules).toEqual([{ when: 'on_success' }]);
    expect(job('test').script).toEqual(['bash .ci/run', 'npm run build']);
    const workflowRules = (ci.workflow as { rules: { if: string }[] }).rules.map((r) => r.if);
    expect(workflowRules).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
  });

  it('publishes only from main, only after the tests passed', () => {
    expect(job('publish').stage).toBe('publish');
    expect(job('publish').needs).toEqual(['test']);
    expect(job('publish').rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == "main"' }]);
    expect(job('publish').script).toEqual(['bash .ci/publish main']);
  });

  it('previews every merge request under its own sub-path', () => {
    expect(job('preview').needs).toEqual(['test']);
    expect(job('preview').rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(job('preview').script).toEqual(['bash .ci/publish preview "$CI_MERGE_REQUEST_IID"']);
    expect(job('preview').environment!.url).toBe('$PREVIEW_URL/mr-$CI_MERGE_REQUEST_IID/');
  });
});
