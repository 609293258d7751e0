import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { currentPages, formatLedger, ledgerFile, readLedger, readRedirects, redirectRules, updateLedger, type Ledger, type PublishedPage, type RedirectRule } from '../content-check/addresses.ts';
import { parseSource, sourceFiles } from '../content-check/check-content.ts';
import { entryId } from '../content-id.ts';
import { movedPageHtml, withAnchorAliases } from '../server/redirect-files.ts';
import { loadSiteSettings } from '../site/load-settings.ts';

/** What a build does about addresses: what the content publishes, the ledger, the redirects. */
export interface AddressPlan {
  /** The content folder, absolute. */
  base: string;
  current: PublishedPage[];
  /** Undefined while the office has not started the ledger (README: 地址永久有效). */
  ledger?: Ledger;
  rules: RedirectRule[];
}

/**
 * Reads the content folder for its addresses. The content check has passed (it ran in Astro's
 * process), so frontmatter is read without the body rules: a quick pass over every file.
 */
export function planAddresses(root: string, contentDir = 'content'): AddressPlan {
  const base = path.resolve(root, contentDir);
  const entries = sourceFiles(root, base).map((f) => {
    const parsed = parseSource(f.file, f.source);
    return { collection: f.collection, id: entryId(f.relative, parsed.data), parsed, data: parsed.data };
  });
  const current = currentPages(entries);
  const ledger = readLedger(base)?.ledger;
  const redirects = readRedirects(root, base).entries.flatMap((e) => (e.redirect ? [e.redirect] : []));
  return { base, current, ledger, rules: redirectRules(redirects, ledger, current) };
}

/** The file an address is served from in a built site, e.g. /notices/x/ → notices/x/index.html. */
export function fileOf(dir: string, address: string): string {
  const relative = address.replace(/^\/+/u, '');
  return path.join(dir, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
}

/** The addresses the content publishes that the built site lacks (a page route and the address model disagree). */
export function missingAddresses(dir: string, plan: AddressPlan): string[] {
  return plan.current.flatMap((p) => [p.path, ...p.files]).filter((a) => !existsSync(fileOf(dir, a)));
}

/**
 * Writes into a built site (`dir`, its files at the root) a page at every old page address
 * (moved: link and meta refresh; gone: what happened), and each renamed anchor's old id as an
 * alias on its page. Returns how many pages were written, and the anchors whose new id is missing.
 */
export function writeMovedPages(dir: string, plan: AddressPlan, siteBase: string): { pages: number; missingAnchors: string[] } {
  const name = loadSiteSettings(plan.base).name;
  const notFound = existsSync(path.join(dir, '404.html')) ? readFileSync(path.join(dir, '404.html'), 'utf8') : '';
  const stylesheets = [...notFound.matchAll(/<link rel="stylesheet" href="([^"]+)"/gu)].map((m) => m[1]!);
  let pages = 0;
  for (const rule of plan.rules.filter((r) => r.from.endsWith('/'))) {
    const file = fileOf(dir, rule.from);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, movedPageHtml(rule, siteBase, name, stylesheets));
    pages++;
  }
  const missingAnchors: string[] = [];
  const byPage = new Map<string, RedirectRule[]>();
  for (const r of plan.rules.filter((r) => r.from.includes('#') && r.to)) {
    const page = r.from.split('#')[0]!;
    byPage.set(page, [...(byPage.get(page) ?? []), r]);
  }
  for (const [page, rules] of byPage) {
    const file = fileOf(dir, page);
    const { html, missing } = withAnchorAliases(readFileSync(file, 'utf8'), rules.map((r) => ({ from: r.from.split('#')[1]!, to: r.to!.split('#')[1]! })));
    writeFileSync(file, html);
    missingAnchors.push(...missing.map((a) => `${page}#${a}`));
  }
  return { pages, missingAnchors };
}

/**
 * Brings the ledger up to date with what was just published, if the office has started one.
 * Returns how many page addresses were added (0 without a ledger).
 */
export function writeLedger(plan: AddressPlan): number {
  if (!plan.ledger) return 0;
  const updated = updateLedger(plan.ledger, plan.current);
  const file = path.join(plan.base, ledgerFile);
  const text = formatLedger(updated);
  if (readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  return updated.pages.length - plan.ledger.pages.length;
}
