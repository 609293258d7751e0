/**
 * References between content entries, written `collection/id` (the id is the
 * file's name without extension, as in the page URL), e.g.
 * notices/yue-jingxin-yuanqu-2012-68. Any collection registered in
 * `src/schemas/index.ts` can be referred to; nothing here names one.
 */

/** A reference split into its collection and id. */
export interface Ref {
  collection: string;
  id: string;
}

/** Splits `collection/id`; undefined if the text has no slash or an empty part. */
export function parseRef(text: string): Ref | undefined {
  const at = text.indexOf('/');
  if (at <= 0 || at === text.length - 1) return undefined;
  return { collection: text.slice(0, at), id: text.slice(at + 1) };
}

/** The entries a reference can point at, by collection, then by id. */
export type RefTargets = ReadonlyMap<string, ReadonlySet<string>>;

/** Edit distance between two ids (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The existing entry a mistyped reference most likely means: the closest id within a few edits. */
export function suggestRef(text: string, targets: RefTargets): string | undefined {
  const ref = parseRef(text);
  const ids = ref && targets.get(ref.collection);
  if (!ref || !ids) return undefined;
  const limit = Math.max(2, Math.floor(ref.id.length / 4));
  const best = [...ids]
    .map((id) => ({ id, d: distance(id, ref.id) }))
    .filter((c) => c.d <= limit)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))[0];
  return best && `${ref.collection}/${best.id}`;
}

/** Why a reference does not resolve, in Chinese, or undefined when it does. */
export function explainUnresolved(text: string, targets: RefTargets): string | undefined {
  const ref = parseRef(text);
  const collections = [...targets.keys()].sort();
  if (!ref) return `引用“${text}”的写法不对：应写作 集合名/文件名，如 notices/yue-jingxin-yuanqu-2012-68。`;
  const ids = targets.get(ref.collection);
  if (!ids) return `引用“${text}”中的集合“${ref.collection}”不存在；可用的集合有：${collections.join('、')}。`;
  if (ids.has(ref.id)) return undefined;
  const suggestion = suggestRef(text, targets);
  return `引用的“${text}”不存在：站内没有这一条目（集合 ${ref.collection} 中没有 ${ref.id}）。${suggestion ? `是否指 ${suggestion}？` : ''}`;
}
