/**
 * Automatic cross-references: finds, in a run of prose, the 《书名号》 titles and
 * 发文字号 that name a document on the site, and the names of parks (each has a page). Pure functions; the Sätteri plugin
 * (`satteri-plugin.ts`) applies them to the text nodes of every MDX page.
 *
 * Matching is exact after normalisation: a title matches only when the whole
 * text between 《 and 》 equals a document's title (or a recorded alias); a
 * 发文字号 matches only with the same 机关代字, year and sequence number, in any
 * bracket style (see `normalizeDocNumber`).
 */
import { normalizeDocNumber } from '../notices/doc-number.ts';

/** A document that prose may link to. */
export interface LinkTarget {
  /** `collection/id`, e.g. notices/yue-jingxin-yuanqu-2012-68. */
  key: string;
  /** The page (and anchor) the link goes to, without the base path. */
  path: string;
  /** Titles that name it (without 书名号): its title and any aliases. */
  titles: readonly string[];
  /** Its 发文字号, if it has one. */
  docNumber?: string;
  /** Names matched wherever prose writes them, without 书名号 (a park's name and aliases). */
  names?: readonly string[];
}

/** The linkable documents, indexed for matching. Build once per site build. */
export interface LinkIndex {
  byTitle: ReadonlyMap<string, LinkTarget>;
  /** 'year-sequence' → the documents with that year and number, longest 机关代字 first. */
  byYearSequence: ReadonlyMap<string, readonly { agencyCode: string; target: LinkTarget }[]>;
  /** Plain names (a park's), longest first, so 深汕(尾)特别合作区 wins over a shorter name inside it. */
  byName: readonly { name: string; target: LinkTarget }[];
}

/** One cross-reference found in a text. */
export interface CrossRef {
  /** Offsets into the text: the whole 《title》 or 发文字号 as written. */
  start: number;
  end: number;
  kind: 'title' | 'docNumber' | 'name';
  target: LinkTarget;
}

/**
 * Normalises a title for comparison: Unicode NFKC (full-width letters and digits
 * become ASCII), no white space, and every kind of double quote made one.
 * @example normalizeTitle(' 关于印发２０１２年…的通知 ') === normalizeTitle('关于印发2012年…的通知')
 */
export function normalizeTitle(title: string): string {
  return title.normalize('NFKC').replace(/\s+/gu, '').replace(/[“”"＂]/gu, '"').replace(/[‘’']/gu, "'");
}

/** Indexes the targets. When two claim the same title or number, the first keeps it. */
export function buildLinkIndex(targets: readonly LinkTarget[]): LinkIndex {
  const byTitle = new Map<string, LinkTarget>();
  const byYearSequence = new Map<string, { agencyCode: string; target: LinkTarget }[]>();
  for (const target of targets) {
    for (const title of target.titles) {
      const key = normalizeTitle(title);
      if (key && !byTitle.has(key)) byTitle.set(key, target);
    }
    const canonical = target.docNumber && normalizeDocNumber(target.docNumber);
    const parts = canonical && /^(.+)〔(\d{4})〕(\d+)号$/u.exec(canonical);
    if (parts) {
      const key = `${Number(parts[2])}-${Number(parts[3])}`;
      const list = byYearSequence.get(key) ?? [];
      if (!list.some((e) => e.agencyCode === parts[1])) list.push({ agencyCode: parts[1]!, target });
      list.sort((a, b) => b.agencyCode.length - a.agencyCode.length);
      byYearSequence.set(key, list);
    }
  }
  const names = new Map<string, LinkTarget>();
  for (const target of targets) for (const name of target.names ?? []) if (name.trim() && !names.has(name.trim())) names.set(name.trim(), target);
  const byName = [...names].map(([name, target]) => ({ name, target })).sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
  return { byTitle, byYearSequence, byName };
}

const TITLE = /《([^《》\n]{1,200})》/gu;
// A year in brackets (any style normalizeDocNumber accepts), then the sequence number and 号.
const NUMBER = /[[(（【〈<《〖［〔{｛]\s*(\d{4})\s*[\])）】〉>》〗］〕}｝]\s*(\d+)(\s*号)?/gu;

/**
 * Finds the cross-references in a text, in order, without overlaps.
 * `exclude` leaves out a target (a page does not link to itself).
 */
export function findCrossRefs(text: string, index: LinkIndex, exclude?: (target: LinkTarget) => boolean): CrossRef[] {
  const found: CrossRef[] = [];
  const keep = (target: LinkTarget) => !exclude?.(target);
  for (const m of text.matchAll(TITLE)) {
    const target = index.byTitle.get(normalizeTitle(m[1]!));
    if (target && keep(target)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'title', target });
  }
  for (const m of text.matchAll(NUMBER)) {
    const candidates = index.byYearSequence.get(`${Number(m[1])}-${Number(m[2])}`);
    if (!candidates) continue;
    const before = text.slice(0, m.index).replace(/\s+$/u, '');
    const hit = candidates.find((c) => before.endsWith(c.agencyCode));
    if (!hit || !keep(hit.target)) continue;
    const start = before.length - hit.agencyCode.length;
    const end = m.index + m[0].length;
    if (found.some((f) => start < f.end && f.start < end)) continue;
    found.push({ start, end, kind: 'docNumber', target: hit.target });
  }
  for (const { name, target } of index.byName) {
    if (!keep(target)) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (!found.some((f) => at < f.end && f.start < end)) found.push({ start: at, end, kind: 'name', target });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A text split into plain runs and cross-references, ready to become nodes. */
export type Segment = { text: string; target?: LinkTarget };

/** Splits a text at its cross-references. A text without any comes back as one plain segment. */
export function segmentText(text: string, refs: readonly CrossRef[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const ref of refs) {
    if (ref.start > at) segments.push({ text: text.slice(at, ref.start) });
    segments.push({ text: text.slice(ref.start, ref.end), target: ref.target });
    at = ref.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}
