import { dataCollections } from '../../../schemas/index.ts';
import { docNumberOf, identityInDoubt, type CheckedEntry } from '../entry.ts';
import type { Problem } from '../problem.ts';
import { explainUnresolved, parseRef } from '../../refs/refs.ts';
import { refTargets } from './references.ts';
import { articleSection } from '../../bulletins/articles.ts';

/**
 * Cross-references between collections: a case names a city, park and themes by
 * id; a city names its region; a park names its cities; a theme its parent. An
 * unknown id is an error naming the file and field and listing the valid ids.
 * Quotes from circulars on this site (case sources, park mentions, theme quotes)
 * must occur in that circular's body exactly.
 */

interface Target {
  /** The collection whose ids are valid here. */
  collection: 'regions' | 'cities' | 'parks' | 'themes';
  /** The field's Chinese name. */
  label: string;
}

type Ids = Map<string, string>;

function idsOf(entries: CheckedEntry[], collection: string): Ids {
  const ids: Ids = new Map();
  for (const e of entries) {
    if (e.collection !== collection) continue;
    const { id, name } = e.parsed.data;
    if (typeof id === 'string') ids.set(id, typeof name === 'string' ? name : id);
  }
  return ids;
}

/** Lists valid ids as an editor needs them: id（名称）, in file order. */
export function listIds(ids: Ids): string {
  return ids.size === 0 ? '（没有可用的 id：参考数据文件缺失或为空）' : [...ids].map(([id, name]) => `${id}（${name}）`).join('、');
}

/** The id an editor probably meant: one whose name matches what was written (汕尾 → shanwei). */
function guess(ids: Ids, value: string): string | undefined {
  const v = value.trim();
  for (const [id, name] of ids) {
    const plain = name.replace(/[“”"]/gu, '');
    if (id.toLowerCase() === v.toLowerCase() || name === v || plain === v || plain.replace(/市$/u, '') === v) return id;
  }
  return undefined;
}

const fileNames: Record<Target['collection'], string> = {
  regions: 'regions.yaml',
  cities: 'cities.yaml',
  parks: 'parks.yaml',
  themes: 'themes.yaml',
};

export function referenceDataIds(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const known = {
    regions: idsOf(entries, 'regions'),
    cities: idsOf(entries, 'cities'),
    parks: idsOf(entries, 'parks'),
    themes: idsOf(entries, 'themes'),
  };
  /** Where an editor finds the valid ids: the data file as checked, else its name. */
  const whereIs = (collection: Target['collection']) => entries.find((e) => e.collection === collection)?.file ?? fileNames[collection];
  const notices = new Map<string, CheckedEntry>();
  for (const e of entries) {
    const docNumber = docNumberOf(e);
    if (docNumber !== undefined && !notices.has(docNumber)) notices.set(docNumber, e);
  }
  const noticesInDoubt = identityInDoubt(entries, 'notices');
  /** Lists that did not read: references into them wait until they do. */
  const inDoubt = {
    regions: identityInDoubt(entries, 'regions'),
    cities: identityInDoubt(entries, 'cities'),
    parks: identityInDoubt(entries, 'parks'),
    themes: identityInDoubt(entries, 'themes'),
  };

  const prefix = (e: CheckedEntry) => (e.collection in dataCollections ? `[${entries.filter((x) => x.file === e.file).indexOf(e)}].` : '');

  function ref(e: CheckedEntry, path: (string | number)[], value: unknown, target: Target): void {
    if (typeof value !== 'string') return;
    const ids = known[target.collection];
    if (ids.has(value) || inDoubt[target.collection]) return;
    const what = { regions: '区域', cities: '城市', parks: '园区', themes: '主题' }[target.collection];
    problems.push({
      file: e.file,
      ...e.parsed.locate(path),
      field: `${prefix(e)}${path.join('.')}`,
      label: target.label,
      message: `没有 id 为“${value}”的${what}（见 ${whereIs(target.collection)}）。可用的 id：${listIds(ids)}。`,
      suggestion: guess(ids, value),
      severity: 'error',
    });
  }

  function quoted(e: CheckedEntry, path: (string | number)[], docNumber: unknown, quote: unknown, docPath: (string | number)[]): void {
    if (typeof docNumber !== 'string') return;
    const notice = notices.get(docNumber);
    if (!notice && noticesInDoubt) return;
    if (!notice) {
      problems.push({
        file: e.file,
        ...e.parsed.locate(docPath),
        field: `${prefix(e)}${docPath.join('.')}`,
        label: '发文字号',
        message: `本站没有发文字号为“${docNumber}”的文件。可用的发文字号：${[...notices.keys()].join('、') || '（无）'}。`,
        severity: 'error',
      });
      return;
    }
    if (typeof quote !== 'string' || notice.parsed.body.includes(quote)) return;
    problems.push({
      file: e.file,
      ...e.parsed.locate(path),
      field: `${prefix(e)}${path.join('.')}`,
      label: '原文',
      message: `引用的原文“${quote}”在 ${docNumber}（${notice.file}）正文中找不到；须逐字照录正文中的一段，标点也须一致。`,
      severity: 'error',
    });
  }

  const targets = refTargets(entries);
  /** A mention of an entry on the site (`ref`, and `article` for a bulletin's article): it exists, and its quote is in its body. */
  function entryQuoted(e: CheckedEntry, at: (string | number)[], ref: string, article: unknown, quote: unknown): void {
    const field = (key: string) => ({ file: e.file, ...e.parsed.locate([...at, key]), field: `${prefix(e)}${[...at, key].join('.')}`, severity: 'error' as const });
    const unresolved = explainUnresolved(ref, targets);
    if (unresolved) {
      problems.push({ ...field('ref'), label: '站内出处', message: unresolved });
      return;
    }
    const parsed = parseRef(ref)!;
    const target = entries.find((x) => x.collection === parsed.collection && x.id === parsed.id);
    if (!target) return;
    let body = target.parsed.body;
    if (typeof article === 'string') {
      const section = parsed.collection === 'bulletins' ? articleSection(body, article) : undefined;
      if (section === undefined) {
        problems.push({
          ...field('article'),
          label: '文章锚点',
          message:
            parsed.collection === 'bulletins'
              ? `${ref}（${target.file}）中没有锚点为“${article}”的文章；锚点是文章 ## 标题的 id，见该期 items 中的 article。`
              : `article 只用于专刊（bulletins/…）中的文章；${ref} 不是专刊，请删去 article。`,
        });
        return;
      }
      body = section;
    }
    if (typeof quote !== 'string' || body.includes(quote)) return;
    problems.push({
      ...field('quote'),
      label: '原文',
      message: `引用的原文“${quote}”在 ${ref}${typeof article === 'string' ? `#${article}` : ''}（${target.file}）正文中找不到；须逐字照录正文中的一段，标点也须一致。`,
    });
  }

  for (const e of entries) {
    const d = e.parsed.data;
    switch (e.collection) {
      case 'cities':
        ref(e, ['region'], d.region, { collection: 'regions', label: '所属区域' });
        break;
      case 'parks': {
        const side = (key: string) => (d[key] as { city?: unknown } | undefined)?.city;
        ref(e, ['transferOut', 'city'], side('transferOut'), { collection: 'cities', label: '城市 id' });
        ref(e, ['host', 'city'], side('host'), { collection: 'cities', label: '城市 id' });
        ((d.mentionedIn ?? []) as { docNumber?: unknown; quote?: unknown; ref?: unknown; article?: unknown }[]).forEach((m, i) => {
          if (m?.docNumber !== undefined) quoted(e, ['mentionedIn', i, 'quote'], m.docNumber, m.quote, ['mentionedIn', i, 'docNumber']);
          else if (typeof m?.ref === 'string') entryQuoted(e, ['mentionedIn', i], m.ref, m.article, m.quote);
        });
        break;
      }
      case 'themes':
        if (d.parent !== undefined) ref(e, ['parent'], d.parent, { collection: 'themes', label: '所属工作' });
        quoted(e, ['quote'], d.quoteFrom ?? '粤经信园区〔2012〕68号', d.quote, ['quoteFrom']);
        break;
      case 'cases': {
        ref(e, ['city'], d.city, { collection: 'cities', label: '城市' });
        if (d.park !== undefined) ref(e, ['park'], d.park, { collection: 'parks', label: '园区' });
        if (Array.isArray(d.themes)) d.themes.forEach((t, i) => ref(e, ['themes', i], t, { collection: 'themes', label: '主题' }));
        if (Array.isArray(d.relatedNotices)) d.relatedNotices.forEach((n, i) => quoted(e, ['relatedNotices', i], n, undefined, ['relatedNotices', i]));
        ((Array.isArray(d.sources) ? d.sources : []) as { docNumber?: unknown; quote?: unknown }[]).forEach((s, i) =>
          quoted(e, ['sources', i, 'quote'], s?.docNumber, s?.quote, ['sources', i, 'docNumber']),
        );
        break;
      }
      default:
        break;
    }
  }
  return problems;
}
