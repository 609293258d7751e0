import path from 'node:path';
import { currentPages, ledgerFile, readLedger, readRedirects, type PublishedPage } from './addresses.ts';
import type { CheckedEntry } from './entry.ts';
import type { Problem } from './problem.ts';
import type { SiteRoutes } from './rules/internal-links.ts';

/** Today in Beijing, YYYY-MM-DD: the date suggested for a new redirect entry. */
function todayInBeijing(now = Date.now()): string {
  return new Date(now + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** A redirect entry as one line of YAML, ready to paste into content/redirects.yaml. */
export function redirectLine(entry: { from: string; to?: string; reason: string; date: string }): string {
  const target = entry.to ? `to: ${entry.to}` : 'gone: true';
  return `- { from: ${entry.from}, ${target}, reason: ${entry.reason}, date: ${entry.date} }`;
}

/** The section of an address (its first segment), e.g. /notices/x/ → notices. */
const sectionOf = (address: string) => address.split('/')[1] ?? '';

/**
 * The page that most likely replaced a dropped one: a new page (not in the ledger) of the same
 * section with the same 发文字号, else the same title, else the only new page of the section.
 */
export function likelyReplacement(old: PublishedPage, current: readonly PublishedPage[], ledgered: ReadonlySet<string>): { page: PublishedPage; why: string } | undefined {
  const fresh = current.filter((p) => !ledgered.has(p.path) && sectionOf(p.path) === sectionOf(old.path));
  const byNumber = old.docNumber ? fresh.find((p) => p.docNumber === old.docNumber) : undefined;
  if (byNumber) return { page: byNumber, why: `发文字号同为 ${old.docNumber}` };
  const byTitle = old.title ? fresh.find((p) => p.title === old.title) : undefined;
  if (byTitle) return { page: byTitle, why: `标题同为“${old.title}”` };
  if (fresh.length === 1) return { page: fresh[0]!, why: '同一栏目中唯一的新地址' };
  return undefined;
}

/**
 * The content check of addresses: the redirect list against its schema and the site (an old
 * address that still has a page, a new address that does not exist, one address listed twice),
 * and every address the ledger records against what the content publishes now: one that is
 * gone without an entry is an error at its line in the ledger, naming the page that most likely
 * replaced it and the exact entry to add.
 */
export function addressProblems(root: string, base: string, entries: readonly CheckedEntry[], routes: SiteRoutes, now = Date.now()): Problem[] {
  const current = currentPages(entries);
  const { file: listFile, entries: listed, problems } = readRedirects(root, base);
  const currentFiles = new Set(current.flatMap((p) => p.files));
  const anchorsOf = (page: string) => new Set([...(routes.pages.get(page) ?? []), ...(current.find((p) => p.path === page)?.anchors ?? [])]);
  const exists = (address: string) => {
    const [page, anchor] = address.split('#') as [string, string | undefined];
    const there = routes.pages.has(page) || currentFiles.has(page) || routes.publicFiles.has(page);
    return anchor === undefined ? there : there && anchorsOf(page).has(anchor);
  };
  const valid = listed.filter((e) => e.redirect);
  const targets = new Map(valid.map((e) => [e.redirect!.from, e.redirect!.to]));
  /** Follows redirect entries to the address a chain ends at, if it exists. */
  const finalTarget = (address: string) => {
    const seen = new Set<string>();
    let at: string | undefined = address;
    while (at && !exists(at) && targets.has(at) && !seen.has(at)) {
      seen.add(at);
      at = targets.get(at);
    }
    return at && exists(at) ? at : undefined;
  };
  const firstIndex = new Map<string, number>();
  for (const { redirect, parsed, index } of valid) {
    const { from, to } = redirect!;
    const at = (field: string) => ({ file: listFile, ...parsed.locate([field]), field: `[${index}].${field}`, severity: 'error' as const });
    if (firstIndex.has(from)) {
      problems.push({ ...at('from'), label: '原地址', message: `原地址 ${from} 已在第 ${firstIndex.get(from)! + 1} 项登记；同一地址只能登记一次。` });
      continue;
    }
    firstIndex.set(from, index);
    if (exists(from)) {
      problems.push({ ...at('from'), label: '原地址', message: `原地址 ${from} 现在仍有页面（或锚点），不能同时重定向或标为删除。若页面已改名，请填写改名前的地址；否则删除这一项。` });
      continue;
    }
    if (from.includes('#') && !to) {
      problems.push({ ...at('gone'), label: '已删除', message: `锚点 ${from} 不能标为删除：页面仍在，请用 to 写出它现在的锚点，旧锚点会作为别名保留在页面上。` });
    }
    if (from.includes('#') && to && to.split('#')[0] !== from.split('#')[0]) {
      problems.push({ ...at('to'), label: '新地址', message: `锚点别名只能指向同一页面上的锚点：${from} 的新地址应写作 ${from.split('#')[0]}#新锚点。` });
      continue;
    }
    if (to && !exists(to)) {
      const end = finalTarget(to);
      problems.push({
        ...at('to'),
        label: '新地址',
        message: end ? `新地址 ${to} 本身已迁到 ${end}；请直接指向最终地址，避免多次跳转。` : `新地址 ${to} 在本站不存在（没有这个页面、下载文件或锚点）。请填写现有页面的地址，如 /notices/文件名/。`,
        ...(end ? { suggestion: end } : {}),
      });
    }
  }

  const ledger = readLedger(base);
  if (!ledger) return problems;
  const ledgerName = path.relative(root, path.join(base, ledgerFile)).split(path.sep).join('/');
  const ledgered = new Set(ledger.ledger.pages.map((p) => p.path));
  const covered = (address: string) => targets.has(address) || exists(address);
  const date = todayInBeijing(now);
  ledger.ledger.pages.forEach((old, i) => {
    const at = (key: (string | number)[]) => ({ file: ledgerName, ...ledger.parsed.locate(['pages', i, ...key]), field: `pages[${i}].${key.join('.')}`.replace(/\.(\d+)/gu, '[$1]'), severity: 'error' as const });
    const pageLives = exists(old.path);
    if (!pageLives && !targets.has(old.path)) {
      const replacement = likelyReplacement(old, current, ledgered);
      const name = [old.docNumber, old.title && `《${old.title}》`].filter(Boolean).join(' ');
      problems.push({
        ...at(['path']),
        label: '已发布地址',
        message: replacement
          ? `已发布的地址 ${old.path}${name ? `（${name}）` : ''}在本次内容中不存在了。最可能的新地址是 ${replacement.page.path}（${replacement.why}）。地址一经发布永久有效：请在 ${listFile} 中登记改名，旧地址将自动跳转到新地址。`
          : `已发布的地址 ${old.path}${name ? `（${name}）` : ''}在本次内容中不存在了，也没有找到替代它的页面。若它已迁到别处，请在 ${listFile} 中登记 from 与 to；若确实删除，请登记 gone: true 并写明原因（旧地址将显示“已删除”并返回 410）。`,
        ...(replacement ? { suggestion: redirectLine({ from: old.path, to: replacement.page.path, reason: '文件改名', date }), addTo: listFile } : {}),
      });
      return;
    }
    // Downloads follow their page's entry when the page moved or went (redirectRules); while the page lives, each needs its own.
    if (pageLives) {
      old.files.forEach((f, j) => {
        if (covered(f)) return;
        problems.push({
          ...at(['files', j]),
          label: '已发布的下载地址',
          message: `已发布的下载地址 ${f} 不再生成（页面 ${old.path} 仍在）。请在 ${listFile} 中登记它跳转到哪里。`,
          suggestion: redirectLine({ from: f, to: old.path, reason: '不再提供此格式的下载', date }),
          addTo: listFile,
        });
      });
      const anchors = anchorsOf(old.path);
      old.anchors.forEach((a, j) => {
        const address = `${old.path}#${a}`;
        if (anchors.has(a) || targets.has(address)) return;
        const fresh = (current.find((p) => p.path === old.path)?.anchors ?? []).filter((x) => !old.anchors.includes(x));
        problems.push({
          ...at(['anchors', j]),
          label: '已发布的锚点',
          message: `页面 ${old.path} 上已发布的锚点“${a}”不存在了（附件标题或锚点改动过），别处引用的 ${address} 将找不到位置。请在 ${listFile} 中登记旧锚点指向现在的锚点，页面上会保留旧锚点作为别名。`,
          ...(fresh.length === 1 ? { suggestion: redirectLine({ from: address, to: `${old.path}#${fresh[0]}`, reason: '附件标题改动', date }) } : {}),
          addTo: listFile,
        });
      });
    }
  });
  return problems;
}
