/**
 * The address rules one by one (src/lib/content-check/address-check.ts, addresses.ts and
 * src/lib/server/redirect-files.ts), over the seed site in a temporary folder: what the check
 * says about each kind of redirect entry and each kind of dropped address, and what the server
 * files and the pages at old addresses say. The whole path, with a build and nginx, is
 * tests/site/renames.test.ts.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentPages, formatLedger, ledgerFile, readLedger, redirectRules, redirectsFile, updateLedger, type PublishedPage } from '../../src/lib/content-check/addresses.ts';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import type { Problem } from '../../src/lib/content-check/problem.ts';
import { movedPageHtml, nginxRedirectLocations, redirectsFileText, withAnchorAliases } from '../../src/lib/server/redirect-files.ts';
import { root } from '../helpers/paths.ts';
import { seedCircular, writeQuotingSite } from '../helpers/search-fixture.ts';

const contentDir = writeQuotingSite(0);
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
const notice = `/notices/${seedCircular.id}/`;
const anchor = /anchor: (.+)/u.exec(readFileSync(seedCircular.file, 'utf8'))![1]!.trim();

/** The check's errors over the seed site with this redirect list and ledger (none when undefined). */
function errors(redirects: string, ledger?: string): Problem[] {
  writeFileSync(path.join(contentDir, redirectsFile), redirects);
  rmSync(path.join(contentDir, ledgerFile), { force: true });
  if (ledger !== undefined) writeFileSync(path.join(contentDir, ledgerFile), ledger);
  return checkContent({ root, contentDir }).filter((p) => p.severity === 'error');
}
const entry = (fields: string) => `- from: /notices/old-name/\n${fields}  reason: 文件改名\n  date: 2026-12-02\n`;

describe('content/redirects.yaml', () => {
  it('accepts a move to a page that exists, and a removal', () => {
    expect(errors(entry(`  to: ${notice}\n`) + '- { from: /cases/gone/, gone: true, reason: 示例案例撤下, date: 2026-12-02 }\n')).toEqual([]);
  });

  it.each([
    ['neither to nor gone', entry(''), '[0].to', '须写新地址 to'],
    ['both to and gone', entry(`  to: ${notice}\n  gone: true\n`), '[0].gone', 'to 与 gone 只能写一个'],
    ['a page address without its slash', entry(`  to: /notices/${seedCircular.id}\n`), '[0].to', '页面地址应以 / 结尾'],
    ['a new address the site does not have', entry('  to: /notices/no-such-page/\n'), '[0].to', '在本站不存在'],
    ['an old address that still has a page', `- { from: ${notice}, to: /notices/, reason: 改名, date: 2026-12-02 }\n`, '[0].from', '现在仍有页面'],
    ['an address listed twice', entry(`  to: ${notice}\n`) + entry(`  to: ${notice}\n`), '[1].from', '已在第 1 项登记'],
    ['an anchor aliased to another page', `- { from: "${notice}#旧", to: "/notices/#新", reason: 改名, date: 2026-12-02 }\n`, '[0].to', '只能指向同一页面上的锚点'],
    ['a reason left empty', entry(`  to: ${notice}\n`).replace('文件改名', '""'), '[0].reason', '不能为空'],
  ])('refuses %s, at the field', (_, list, field, message) => {
    const found = errors(list);
    expect(found.map((p) => [p.file, p.field])).toEqual([[path.relative(root, path.join(contentDir, redirectsFile)), field]]);
    expect(found[0]!.message).toContain(message);
    expect(found[0]!.line).toBeGreaterThan(0);
  });

  it('points a chain of moves at its end', () => {
    const list = `- { from: /notices/a/, to: /notices/b/, reason: 改名, date: 2026-12-02 }\n- { from: /notices/b/, to: ${notice}, reason: 改名, date: 2026-12-02 }\n`;
    const [problem, ...rest] = errors(list);
    expect(rest).toEqual([]);
    expect(problem!.message).toContain(`已迁到 ${notice}`);
    expect(problem!.suggestion).toBe(notice);
  });
});

describe('the ledger against the content', () => {
  const ledger = (pages: string) => `launched: false\npages:\n${pages}`;

  it('passes when every recorded address still answers (new pages are not errors)', () => {
    expect(errors('', ledger(`  - path: ${notice}\n    anchors: [${anchor}]\n`))).toEqual([]);
    expect(errors('', 'launched: false\npages: []\n')).toEqual([]);
  });

  it('refuses a dropped page without a replacement, giving no made-up entry', () => {
    const [problem, ...rest] = errors('', ledger('  - path: /cases/removed/\n    title: 某案例\n'));
    expect(rest).toEqual([]);
    expect(problem!.file).toBe(path.relative(root, path.join(contentDir, ledgerFile)));
    expect(problem!.line).toBe(3);
    expect(problem!.message).toContain('/cases/removed/（《某案例》）');
    expect(problem!.suggestion).toBeUndefined();
  });

  it('refuses a renamed anchor, suggesting the alias to the page\'s new anchor', () => {
    const [problem, ...rest] = errors('', ledger(`  - path: ${notice}\n    anchors: [${anchor}, 附件一旧标题]\n`));
    expect(rest).toEqual([]);
    expect(problem!.field).toBe('pages[0].anchors[1]');
    // Every attachment anchor of the page is already recorded: none is new, so no alias is guessed.
    expect(problem!.message).toContain(`${notice}#附件一旧标题`);
    expect(problem!.suggestion).toBeUndefined();
    // The attachment's anchor is new to the ledger: the old one most likely became it.
    const [renamed] = errors('', ledger(`  - path: ${notice}\n    anchors: [附件一旧标题]\n`));
    expect(renamed!.suggestion).toMatch(new RegExp(`^- \\{ from: ${notice}#附件一旧标题, to: ${notice}#${anchor}, reason: \\S+, date: `, 'u'));
    expect(errors(`${renamed!.suggestion}\n`, ledger(`  - path: ${notice}\n    anchors: [附件一旧标题]\n`))).toEqual([]);
    expect(errors(`- { from: "${notice}#附件一旧标题", to: "${notice}#${anchor}", reason: 附件标题改动, date: 2026-12-02 }\n`, ledger(`  - path: ${notice}\n    anchors: [${anchor}, 附件一旧标题]\n`))).toEqual([]);
  });

  it('refuses a download the page no longer has', () => {
    const [problem] = errors('', ledger(`  - path: ${notice}\n    files: [/notices/old.pdf]\n`));
    expect(problem!.suggestion).toMatch(new RegExp(`^- \\{ from: /notices/old.pdf, to: ${notice}, `, 'u'));
  });

  it('is not started until the file exists', () => {
    expect(errors('')).toEqual([]);
    expect(readLedger(contentDir)).toBeUndefined();
  });
});

describe('the ledger as the build keeps it', () => {
  const page = (p: Partial<PublishedPage> & { path: string }): PublishedPage => ({ files: [], anchors: [], ...p });

  it('adds real pages before launch, sample pages only after, and forgets nothing', () => {
    const current = [page({ path: '/notices/a/', title: '甲' }), page({ path: '/cases/s/', sample: true })];
    const before = updateLedger({ launched: false, pages: [page({ path: '/notices/old/', title: '旧' })] }, current);
    expect(before.pages.map((p) => p.path)).toEqual(['/notices/a/', '/notices/old/']);
    expect(updateLedger({ launched: '2026-12-02', pages: [] }, current).pages.map((p) => p.path)).toEqual(['/cases/s/', '/notices/a/']);
    const again = updateLedger(before, [page({ path: '/notices/a/', title: '甲（更正）', anchors: ['新'] })]);
    expect(again.pages[0]).toEqual(page({ path: '/notices/a/', title: '甲（更正）', anchors: ['新'] }));
  });

  it('writes the same text for the same ledger, one address a line', () => {
    const ledger = { launched: false as const, pages: [page({ path: '/data/x/', title: '某数据', files: ['/data/x.csv'] })] };
    expect(formatLedger(ledger)).toBe(formatLedger(updateLedger(ledger, [])));
    expect(formatLedger(ledger)).toContain('launched: false\npages:\n  - path: /data/x/\n    title: 某数据\n    files:\n      - /data/x.csv\n');
  });

  it('takes a dataset\'s downloads along with its page', () => {
    const old = page({ path: '/data/old/', files: ['/data/old.csv', '/data/old.png'] });
    const renamed = page({ path: '/data/new/', files: ['/data/new.csv'] });
    const rules = redirectRules([{ from: '/data/old/', to: '/data/new/', reason: '改名', date: '2026-12-02' }], { launched: false, pages: [old] }, [renamed]);
    expect(rules.map((r) => [r.from, r.to])).toEqual([
      ['/data/old.csv', '/data/new.csv'],
      ['/data/old.png', '/data/new/'],
      ['/data/old/', '/data/new/'],
    ]);
  });

  it('knows each collection\'s address and a dataset\'s downloads', () => {
    const parsed = { data: {}, body: '', bodyLine: 1, locate: () => ({ line: 1, column: 1 }), written: () => undefined };
    const pages = currentPages([
      { collection: 'datasets', id: 'x', parsed, data: { title: '某数据' } },
      { collection: 'cities', id: 'guangzhou', parsed, data: {} },
    ]);
    expect(pages).toEqual([page({ path: '/data/x/', title: '某数据', sample: false, files: ['/data/x.csv', '/data/x.json', '/data/x.xlsx'] })]);
  });
});

describe('what the server and the old addresses say', () => {
  const moved = { from: '/notices/old/', to: '/notices/new/', reason: '文件改名', date: '2026-12-02' };
  const gone = { from: '/cases/x/', reason: '示例案例撤下', date: '2026-12-02' };

  it('nginx: 301 with the query, 410 with the page, under the base; anchors are left to the page', () => {
    const lines = nginxRedirectLocations([moved, gone, { ...moved, from: '/notices/new/#旧', to: '/notices/new/#新' }], '/szy/').join('\n');
    expect(lines).toContain('location = /szy/notices/old/ {\n    return 301 /szy/notices/new/$is_args$args;\n}');
    expect(lines).toContain('location = /szy/cases/x/ {\n    error_page 410 /szy/cases/x/index.html;\n    return 410;\n}');
    expect(lines).not.toContain('#');
  });

  it('_redirects: each moved page with and without its slash', () => {
    expect(redirectsFileText([moved, gone], '/').split('\n').filter((l) => !l.startsWith('#'))).toEqual(['/notices/old/ /notices/new/ 301', '/notices/old /notices/new/ 301', '']);
  });

  it('the page at an old address links on, or says what happened', () => {
    expect(movedPageHtml(moved, '/', '某网站')).toContain('<a href="/notices/new/">/notices/new/</a>');
    const html = movedPageHtml(gone, '/', '某网站');
    expect(html).toContain('本页已于 2026-12-02 删除。原因：示例案例撤下');
    expect(html).not.toContain('http-equiv');
  });

  it('keeps an old anchor on its page, just before the new one', () => {
    const { html, missing } = withAnchorAliases('<main><h2 id="新标题">新标题</h2></main>', [{ from: '旧标题', to: '新标题' }, { from: 'a', to: '没有' }]);
    expect(html).toBe('<main><span id="旧标题" class="anchor-alias"></span><h2 id="新标题">新标题</h2></main>');
    expect(missing).toEqual(['没有']);
  });
});
