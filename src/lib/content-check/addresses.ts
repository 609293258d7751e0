/**
 * Addresses are forever. The site remembers every address it has published in a ledger,
 * `content/published-addresses.yaml` (written by `npm run build`, committed with the content),
 * and every address that went elsewhere in `content/redirects.yaml` (written by the editors:
 * src/schemas/redirects.ts). This module is the model both share: the addresses the content
 * publishes now, the ledger, the redirect list, and the redirects the server answers with.
 * The content check (./address-check.ts) refuses content that drops a ledgered address without
 * a redirect or a "gone" entry; the build (src/lib/build/published-addresses.ts) writes the
 * redirects for nginx and static hosts, a page at each old address, and the updated ledger.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { redirectSchema, type Redirect } from '../../schemas/redirects.ts';
import { parseYamlList } from './data-files.ts';
import type { CheckedEntry } from './entry.ts';
import { parseDataFile, type ParsedFile } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { collectionRoutes } from './routes.ts';
import { schemaProblems } from './schema-problems.ts';

/** The ledger's file name in the content folder. Absent: the office has not started it (README). */
export const ledgerFile = 'published-addresses.yaml';
/** The redirect list's file name in the content folder. */
export const redirectsFile = 'redirects.yaml';

/** A published page, with what identifies it to a reader and the addresses that hang on it. */
export interface PublishedPage {
  /** The page's address without the base, e.g. /notices/yue-jingxin-yuanqu-2012-68/. */
  path: string;
  title?: string;
  /** 发文字号, for circulars. */
  docNumber?: string;
  /** Sample content (not recorded before launch). */
  sample?: boolean;
  /** Downloads published with the page, e.g. /data/firms-2011.csv. */
  files: string[];
  /** Anchors on the page that others cite: attachments' headings. */
  anchors: string[];
}

/** The ledger: every page (and its downloads and anchors) the site has published. */
export interface Ledger {
  /** The date the site went live; before it (false), sample entries are not recorded. */
  launched: string | false;
  pages: PublishedPage[];
}

/** Downloads every dataset has, and those it has with a chart (src/pages/data/[id].*.ts). */
const datasetFiles = ['csv', 'xlsx', 'json'];
const chartFiles = ['png', 'svg'];

const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The pages (with downloads and anchors) the entries publish, sorted by address. */
export function currentPages(entries: readonly Pick<CheckedEntry, 'collection' | 'id' | 'parsed' | 'data'>[]): PublishedPage[] {
  const pages: PublishedPage[] = [];
  for (const entry of entries) {
    const route = collectionRoutes[entry.collection];
    if (!route || !entry.id) continue;
    const data = entry.data ?? entry.parsed.data;
    const page: PublishedPage = { path: route(entry.id), title: str(data.title), docNumber: str(data.docNumber), sample: data.sample === true, files: [], anchors: [] };
    if (entry.collection === 'datasets') {
      // A dataset that does not read yet is taken to have every download (its own error stops the build).
      const extensions = entry.data && !data.chart ? datasetFiles : [...datasetFiles, ...chartFiles];
      page.files = extensions.map((ext) => `/data/${entry.id}.${ext}`).sort();
    }
    if (Array.isArray(data.attachments)) {
      page.anchors = (data.attachments as { anchor?: unknown }[]).map((a) => str(a?.anchor)).filter((a): a is string => a !== undefined);
    }
    pages.push(page);
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Reads the ledger of a content folder (`base`, absolute); undefined when the office has not started one. */
export function readLedger(base: string): { ledger: Ledger; parsed: ParsedFile; source: string } | undefined {
  const file = path.join(base, ledgerFile);
  if (!existsSync(file)) return undefined;
  const source = readFileSync(file, 'utf8');
  const parsed = parseDataFile(source);
  const data = parsed.data;
  const launched = typeof data.launched === 'string' && data.launched ? data.launched : false;
  const pages = (Array.isArray(data.pages) ? data.pages : []).map((p: Record<string, unknown>) => ({
    path: String(p?.path ?? ''),
    title: str(p?.title),
    docNumber: str(p?.docNumber),
    files: Array.isArray(p?.files) ? p.files.map(String) : [],
    anchors: Array.isArray(p?.anchors) ? p.anchors.map(String) : [],
  }));
  return { ledger: { launched, pages }, parsed, source };
}

/**
 * The ledger after a build: every current page recorded (sample pages only once launched), with
 * its title and 发文字号 as they are now; downloads and anchors are added, never removed. Pages
 * that are no longer published stay: the ledger is the site's memory.
 */
export function updateLedger(ledger: Ledger, current: readonly PublishedPage[]): Ledger {
  const byPath = new Map(ledger.pages.map((p) => [p.path, p]));
  for (const page of current) {
    if (page.sample && !ledger.launched && !byPath.has(page.path)) continue;
    const old = byPath.get(page.path);
    byPath.set(page.path, {
      path: page.path,
      title: page.title ?? old?.title,
      docNumber: page.docNumber ?? old?.docNumber,
      files: [...new Set([...(old?.files ?? []), ...page.files])].sort(),
      anchors: [...new Set([...(old?.anchors ?? []), ...page.anchors])],
    });
  }
  return { launched: ledger.launched, pages: [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path)) };
}

/** The ledger as the build writes it: a fixed header, then YAML, one address per line. */
export function formatLedger(ledger: Ledger): string {
  const header = [
    '# 已发布地址记录：本站发布过的每个页面、下载文件和附件锚点。由 npm run build 自动补充，请随内容一起提交，不要手改。',
    '# 地址一经发布永久有效：改名、删除须在 content/redirects.yaml 中登记（编辑指南“改名、撤回与删除”），内容检查会核对。',
    '# launched：网站上线日期。上线前为 false，示例内容（sample: true）不记入；上线时改为上线日期（README“地址永久有效”）。',
  ];
  const pages = ledger.pages.map((p) => {
    const record: Record<string, unknown> = { path: p.path };
    if (p.title) record.title = p.title;
    if (p.docNumber) record.docNumber = p.docNumber;
    if (p.files.length) record.files = p.files;
    if (p.anchors.length) record.anchors = p.anchors;
    return record;
  });
  return `${header.join('\n')}\n${stringify({ launched: ledger.launched, pages }, { lineWidth: 0 })}`;
}

/** One redirect entry as read, with where it stands in the file. */
export interface RedirectEntry {
  redirect?: Redirect;
  parsed: ParsedFile;
  index: number;
}

/** Reads content/redirects.yaml: the entries (each checked against its schema) and the problems found. */
export function readRedirects(root: string, base: string): { file: string; entries: RedirectEntry[]; problems: Problem[] } {
  const absolute = path.join(base, redirectsFile);
  const file = path.relative(root, absolute).split(path.sep).join('/');
  if (!existsSync(absolute)) return { file, entries: [], problems: [] };
  const source = readFileSync(absolute, 'utf8');
  // A file with nothing but comments is an empty list.
  if (!/^[ \t]*[^#\s]/mu.test(source)) return { file, entries: [], problems: [] };
  const { items, error } = parseYamlList(source);
  if (error) return { file, entries: [], problems: [{ file, ...error, field: '', severity: 'error' }] };
  const problems: Problem[] = [];
  const entries = items.map((parsed, index) => {
    const result = redirectSchema.safeParse(parsed.data);
    if (!result.success) problems.push(...schemaProblems(file, parsed, redirectSchema, result.error).map((p) => ({ ...p, field: `[${index}].${p.field}` })));
    return { redirect: result.success ? result.data : undefined, parsed, index };
  });
  return { file, entries, problems };
}

/** What the server answers at an old address: a redirect to `to`, or 410 gone. */
export interface RedirectRule {
  /** The old address without the base: a page, a download, or a page#anchor (kept on the page as an alias). */
  from: string;
  /** The new address; undefined when gone. */
  to?: string;
  reason: string;
  date: string;
  /** The page this download belonged to, when it follows its page's entry (for the gone page). */
  page?: string;
}

/**
 * The redirects the server answers with: every entry of the list, and for a page that moved or
 * went, each download the ledger records for it that the list does not name: a dataset's
 * /data/old.csv goes to /data/new.csv (the new page's download of the same kind, else the page).
 */
export function redirectRules(redirects: readonly Redirect[], ledger: Ledger | undefined, current: readonly PublishedPage[]): RedirectRule[] {
  const rules: RedirectRule[] = redirects.map((r) => ({ from: r.from, to: r.to, reason: r.reason, date: r.date }));
  const named = new Set(rules.map((r) => r.from));
  const currentByPath = new Map(current.map((p) => [p.path, p]));
  const live = new Set(current.flatMap((p) => p.files));
  for (const rule of [...rules]) {
    const old = ledger?.pages.find((p) => p.path === rule.from);
    if (!old) continue;
    const target = rule.to ? currentByPath.get(rule.to) : undefined;
    const stem = old.path.replace(/\/$/u, '');
    for (const file of old.files) {
      if (named.has(file) || live.has(file)) continue;
      const suffix = file.startsWith(stem) ? file.slice(stem.length) : undefined;
      const same = target && suffix ? target.files.find((f) => f === `${target.path.replace(/\/$/u, '')}${suffix}`) : undefined;
      rules.push({ from: file, to: rule.to ? (same ?? rule.to) : undefined, reason: rule.reason, date: rule.date, page: rule.from });
      named.add(file);
    }
  }
  return rules.sort((a, b) => a.from.localeCompare(b.from));
}
