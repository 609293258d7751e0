/**
 * Addresses are forever (issue 29), on a fixture (tests/fixtures/renames/): a site records the
 * addresses it published; an editor renames the circular and the dataset and deletes a register
 * document. The content check refuses, naming each old address and the exact entry to add; with
 * the entries it gives, the site builds, nginx answers 301 (and 410 for the deleted page), the
 * static-host file and the page at each old address exist, and the ledger keeps old and new.
 */
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFile, readLedger, redirectsFile } from '../../src/lib/content-check/addresses.ts';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { formatProblems, type Problem } from '../../src/lib/content-check/problem.ts';
import { planAddresses, writeLedger } from '../../src/lib/build/published-addresses.ts';
import { pageViolations } from '../../src/lib/safe-html/page-violations.ts';
import { runBuild, type BuildResult } from '../helpers/build.ts';
import { rawGet, startNginx, type NginxSite } from '../helpers/nginx.ts';
import { fixtures, root } from '../helpers/paths.ts';
import { htmlFiles, oldAddressPages, readPage } from '../helpers/site.ts';
import { htmlValidateConfig } from './html-validate.config.ts';
import { seedCircular, writeQuotingSite } from '../helpers/search-fixture.ts';

const contentDir = writeQuotingSite(0);
cpSync(path.join(fixtures, 'renames'), contentDir, { recursive: true });
rmSync(path.join(contentDir, 'README.md'));
const oldNotice = `/notices/${seedCircular.id}/`;
const newId = `${seedCircular.id}-jiuzheng`;
const newNotice = `/notices/${newId}/`;
const base = '/szy/';

// The office starts its ledger (README: 地址永久有效) and publishes: the build records every address
// (before launch, not the sample circular).
writeFileSync(path.join(contentDir, ledgerFile), 'launched: false\npages: []\n');
writeLedger(planAddresses(root, contentDir));
const recorded = readLedger(contentDir)!.ledger.pages;

// The editor renames the circular and the dataset, and deletes the register document.
renameSync(path.join(contentDir, `notices/${seedCircular.id}.mdx`), path.join(contentDir, `notices/${newId}.mdx`));
renameSync(path.join(contentDir, 'datasets/firms-2011.yaml'), path.join(contentDir, 'datasets/zhuanchu-qiye-2011.yaml'));
rmSync(path.join(contentDir, 'documents/sanjiehe.yaml'));
// The dataset cites the circular by its 发文字号, which does not change.
const refused: Problem[] = checkContent({ root, contentDir });
const report = formatProblems(refused);

let build: BuildResult;
let site: NginxSite;
let accepted: Problem[];
beforeAll(async () => {
  // The editor adds the entries the check gave, and a "gone" entry for the deleted document.
  const suggested = refused.filter((p) => p.addTo).map((p) => p.suggestion!);
  const gone = '- from: /documents/sanjiehe/\n  gone: true\n  reason: 该意见未正式出台，目录不再收录。\n  date: 2026-12-02\n';
  writeFileSync(path.join(contentDir, redirectsFile), `${suggested.join('\n')}\n${gone}`);
  accepted = checkContent({ root, contentDir }).filter((p) => p.severity === 'error');
  build = runBuild({ CONTENT_DIR: contentDir, SITE_BASE: base });
  if (build.status === 0) site = await startNginx({ dir: build.outDir, base });
});
afterAll(async () => {
  await site?.close();
  rmSync(contentDir, { recursive: true, force: true });
  if (build?.outDir) rmSync(build.outDir, { recursive: true, force: true });
});

describe('the ledger of published addresses', () => {
  it('records every page, download and attachment anchor the build publishes', () => {
    expect(recorded.map((p) => p.path)).toEqual(['/data/firms-2011/', '/documents/sanjiehe/', oldNotice]);
    expect(recorded[0]!.files).toEqual(['/data/firms-2011.csv', '/data/firms-2011.json', '/data/firms-2011.png', '/data/firms-2011.svg', '/data/firms-2011.xlsx']);
    expect(recorded[2]!.docNumber).toBe('粤经信园区〔2012〕68号');
    expect(recorded[2]!.anchors.length).toBeGreaterThan(0);
  });
});

describe('the content check, after the renames', () => {
  it('refuses, naming each old address and the page that replaced it, with the exact entry to add', () => {
    const errors = refused.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.file)).toEqual(errors.map(() => path.relative(root, path.join(contentDir, ledgerFile))));
    const notice = errors.find((p) => p.message.includes(oldNotice))!;
    expect(notice.message).toContain(`最可能的新地址是 ${newNotice}（发文字号同为 粤经信园区〔2012〕68号）`);
    expect(notice.suggestion).toMatch(new RegExp(`^- \\{ from: ${oldNotice}, to: ${newNotice}, reason: \\S+, date: \\d{4}-\\d{2}-\\d{2} \\}$`, 'u'));
    const dataset = errors.find((p) => p.message.includes('/data/firms-2011/'))!;
    expect(dataset.message).toContain('最可能的新地址是 /data/zhuanchu-qiye-2011/（标题同为');
    expect(dataset.suggestion).toContain('{ from: /data/firms-2011/, to: /data/zhuanchu-qiye-2011/,');
    // The deleted document has no replacement: the editor is told both ways out, with no entry made up.
    const document = errors.find((p) => p.message.includes('/documents/sanjiehe/'))!;
    expect(document.message).toContain('gone: true');
    expect(document.suggestion).toBeUndefined();
    expect(errors).toHaveLength(3);
    expect(report).toContain(`改为：在 ${path.relative(root, path.join(contentDir, redirectsFile))} 中加上一项：- { from: ${oldNotice}`);
  });

  it('passes once the entries are added', () => {
    expect(accepted).toEqual([]);
  });
});

describe('the site, with the redirect entries', () => {
  const file = (name: string) => path.join(build.outDir, name);

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('nginx answers 301 at the old addresses, downloads included, keeping the query', async () => {
    const cases = [
      [`${oldNotice}?from=qr`, `${base}${newNotice.slice(1)}?from=qr`],
      ['/data/firms-2011/', `${base}data/zhuanchu-qiye-2011/`],
      ['/data/firms-2011.csv', `${base}data/zhuanchu-qiye-2011.csv`],
      ['/data/firms-2011.xlsx', `${base}data/zhuanchu-qiye-2011.xlsx`],
      ['/data/firms-2011.png', `${base}data/zhuanchu-qiye-2011.png`],
    ];
    for (const [from, to] of cases) {
      const response = await rawGet(`${site.url}${from}`);
      expect(response.status, from).toBe(301);
      expect(response.headers.location, from).toBe(to);
      expect(response.headers['content-security-policy'], from).toBeTruthy();
      // The new address answers.
      expect((await rawGet(`${site.origin}${to}`)).status, to).toBe(200);
    }
    // Without the slash: to the old address, then on.
    expect((await rawGet(`${site.url}${oldNotice.slice(0, -1)}`)).headers.location).toBe(`${base}${oldNotice.slice(1)}`);
  });

  it('nginx answers 410 at the deleted address, with a page that says what happened', async () => {
    const response = await rawGet(`${site.url}/documents/sanjiehe/`);
    expect(response.status).toBe(410);
    expect(response.body.toString('utf8')).toContain('该意见未正式出台，目录不再收录。');
    expect((await rawGet(`${site.url}/_redirects`)).status).toBe(404);
  });

  it('writes _redirects for static hosts', () => {
    const lines = readFileSync(file('_redirects'), 'utf8').split('\n');
    expect(lines).toContain(`${base}${oldNotice.slice(1)} ${base}${newNotice.slice(1)} 301`);
    expect(lines).toContain(`${base}data/firms-2011.csv ${base}data/zhuanchu-qiye-2011.csv 301`);
  });

  it('leaves a page at each old page address: a link and a meta refresh, no script, noindex', () => {
    const html = readFileSync(file(`${oldNotice.slice(1)}index.html`), 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${base}${newNotice.slice(1)}">`);
    expect(html).toContain(`<a href="${base}${newNotice.slice(1)}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(pageViolations(html, { allowScript: false })).toEqual([]);
    expect(pageViolations(readFileSync(file('documents/sanjiehe/index.html'), 'utf8'), { allowScript: false })).toEqual([]);
  });

  it('makes those pages valid HTML, Chinese, titled, described, with a skip link to main; not pages of the site', async () => {
    const old = oldAddressPages(build.outDir);
    expect(old).toEqual(['data/firms-2011/index.html', 'documents/sanjiehe/index.html', `${oldNotice.slice(1)}index.html`]);
    expect(htmlFiles(build.outDir).filter((f) => old.includes(f))).toEqual([]);
    const validator = new HtmlValidate(htmlValidateConfig);
    for (const page of old) {
      const report = await validator.validateString(readFileSync(file(page), 'utf8'), page);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)), page).toEqual([]);
      const $ = readPage(page, build.outDir);
      expect($('html').attr('lang')).toBe('zh-CN');
      expect($('meta[name="description"]').attr('content')).toBeTruthy();
      expect($('a.skip-link').attr('href')).toBe('#main');
      expect($('main#main h1')).toHaveLength(1);
    }
  });

  it('keeps old addresses out of the sitemap and the search index', () => {
    const sitemap = readFileSync(file('sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(newNotice);
    expect(sitemap).not.toContain(oldNotice);
    expect(sitemap).not.toContain('firms-2011');
    expect(build.output).toMatch(/搜索索引已生成（扫描 \d+ 个页面）/u);
    const indexed = Number(/扫描 (\d+) 个页面/u.exec(build.output)![1]);
    const built = htmlFiles(build.outDir).length + oldAddressPages(build.outDir).length;
    // The pages at old addresses (the circular, the dataset, the deleted document) are checked, never indexed.
    expect(built - indexed).toBe(3);
  });

  it('keeps a repealed circular\'s page, saying so at the top and linking the circular that replaced it, at its new address', () => {
    const $ = readPage('/notices/shili-feizhi-2011-1/', build.outDir);
    const notice = $('.validity-notice');
    expect(notice.text()).toContain('本文件已废止（2012年2月6日起废止）');
    expect(notice.find('a').attr('href')).toBe(`${base}${newNotice.slice(1)}`);
    expect($('.validity-notice').index()).toBeLessThan($('.doc-meta').index());
  });

  it('updates the ledger: old addresses stay, new ones are added', () => {
    const paths = readLedger(contentDir)!.ledger.pages.map((p) => p.path);
    expect(paths).toEqual(['/data/firms-2011/', '/data/zhuanchu-qiye-2011/', '/documents/sanjiehe/', newNotice, oldNotice].sort());
    expect(existsSync(file(ledgerFile))).toBe(false);
  });
});
