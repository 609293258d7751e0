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

/** Why a reference does not resolve, in Chinese, or undefined when it does. */
export function explainUnresolved(text: string, targets: RefTargets): string | undefined {
  const ref = parseRef(text);
  const collections = [...targets.keys()].sort();
  if (!ref) return `引用“${text}”的写法不对：应写作 集合名/文件名，如 notices/yue-jingxin-yuanqu-2012-68。`;
  const ids = targets.get(ref.collection);
  if (!ids) return `引用“${text}”中的集合“${ref.collection}”不存在；可用的集合有：${collections.join('、')}。`;
  if (ids.has(ref.id)) return undefined;
  const similar = [...ids].filter((id) => id.includes(ref.id) || ref.id.includes(id)).sort();
  return `引用的“${text}”不存在：content/ 中没有这一条目。${similar.length > 0 ? `是否指 ${ref.collection}/${similar[0]}？` : ''}`;
}

/** The suggestion for an unresolved reference: a similar existing id, if any. */
export function suggestRef(text: string, targets: RefTargets): string | undefined {
  const ref = parseRef(text);
  const ids = ref && targets.get(ref.collection);
  if (!ref || !ids) return undefined;
  const similar = [...ids].filter((id) => id.includes(ref.id) || ref.id.includes(id)).sort();
  return similar[0] && `${ref.collection}/${similar[0]}`;
}
