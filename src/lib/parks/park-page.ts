import { normalizeDocNumber } from '../notices/doc-number.ts';
import { entryPath } from '../routes.ts';
import { formatPartialDate, unknownPart } from '../text/partial-date.ts';

/**
 * A park's page, /parks/<id>/: everything the site holds about the park, gathered from
 * its entry in parks.yaml (its sources, its partners) and from the content that names it
 * (cases filed under it, circulars, bulletin articles and data whose text names it).
 */

/** The page of a park. */
export function parkPath(id: string): string {
  return entryPath('parks', id);
}

/** A park as written in parks.yaml. */
export interface ParkInput {
  id: string;
  name: string;
  aliases?: readonly string[];
  kind: string;
  transferOut: { city: string; place?: string };
  host: { city: string; place?: string };
  mentionedIn: readonly ParkMentionInput[];
}

/** One source of a park as written: a circular by 发文字号, an entry by reference, or an outside source in words. */
export interface ParkMentionInput {
  docNumber?: string;
  ref?: string;
  article?: string;
  source?: string;
  date?: string;
  quote?: string;
  recognises?: boolean;
}

/** An entry on the site that may name a park: a circular, an issue's article, a register document, a case, a dataset. */
export interface SiteText {
  /** `collection/id`; an article's is `bulletins/<issue>#<anchor>`. */
  key: string;
  title: string;
  /** Its page, without the base. */
  path: string;
  /** What it is, e.g. 通知, 专刊文章. */
  label: string;
  docNumber?: string;
  sample: boolean;
  /** The text searched for the park's names: a body, an article's part of its issue, a dataset's rows. */
  text: string;
}

/** A source of the park, ready to show: an entry on the site (linked) or an outside source (its words and date). */
export type ParkSource =
  | { kind: 'site'; title: string; path: string; label: string; docNumber?: string; quote?: string; sample: boolean; recognises: boolean }
  | { kind: 'outside'; source: string; date: string; quote?: string; recognises: boolean };

/** What a park's page shows. */
export interface ParkPage {
  /** The sources that recognised (认定) the park. */
  recognisedBy: ParkSource[];
  /** Every source parks.yaml gives for the park, in its order. */
  sources: ParkSource[];
  /** Entries whose text names the park (by its name or an alias), other than those listed as sources; circulars first. */
  namedIn: Omit<SiteText, 'text'>[];
}

const normal = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

/** The entry a mention names, if it is on the site. */
function findMentioned(mention: ParkMentionInput, texts: readonly SiteText[]): SiteText | undefined {
  if (mention.docNumber !== undefined) {
    const wanted = normalizeDocNumber(mention.docNumber) ?? mention.docNumber;
    return texts.find((t) => t.docNumber !== undefined && (normalizeDocNumber(t.docNumber) ?? t.docNumber) === wanted);
  }
  if (mention.ref !== undefined) {
    const key = mention.article === undefined ? mention.ref : `${mention.ref}#${mention.article}`;
    return texts.find((t) => t.key === key);
  }
  return undefined;
}

/**
 * Gathers a park's page from its entry and the site's texts. A mention of an entry the texts
 * do not hold (the content check refuses those) is left out rather than shown as a dead link.
 * @example parkPage(park, texts).recognisedBy // the circulars with `recognises: true`
 */
export function parkPage(park: ParkInput, texts: readonly SiteText[]): ParkPage {
  const sources: ParkSource[] = [];
  const listed = new Set<string>();
  for (const mention of park.mentionedIn) {
    const recognises = mention.recognises === true;
    if (mention.source !== undefined) {
      sources.push({ kind: 'outside', source: mention.source, date: mention.date ?? '', quote: mention.quote, recognises });
      continue;
    }
    const found = findMentioned(mention, texts);
    if (!found) continue;
    listed.add(found.key);
    sources.push({ kind: 'site', title: found.title, path: found.path, label: found.label, docNumber: found.docNumber, quote: mention.quote, sample: found.sample, recognises });
  }
  const names = [park.name, ...(park.aliases ?? [])].map(normal).filter((n) => n.length > 0);
  const namedIn = texts
    .filter((t) => !listed.has(t.key) && names.some((n) => normal(t.text).includes(n)))
    .map(({ text: _text, ...rest }) => rest)
    .sort((a, b) => Number(a.label !== '通知') - Number(b.label !== '通知') || a.path.localeCompare(b.path));
  return { recognisedBy: sources.filter((s) => s.recognises), sources, namedIn };
}

/** An outside source's date as shown: 2013年3月（日不详）. */
export function sourceDate(date: string): string {
  const unknown = unknownPart(date);
  return `${formatPartialDate(date)}${unknown ? `（${unknown}）` : ''}`;
}
