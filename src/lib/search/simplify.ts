/**
 * Traditional → Simplified conversion for search queries (OpenCC's Hong Kong variants, then
 * its t→s phrases and characters). The dictionaries are about 40 KB, so the search page
 * loads this module only for a query that has a character they could change
 * (see needsSimplifier in query.ts).
 */
import type { DictGroup } from 'opencc-js/core';
import { dictionaries } from '../text/to-simplified.ts';

export { dictionaries, toSimplified } from '../text/to-simplified.ts';

/**
 * Every character the dictionaries could change: for each mapping, the characters of its
 * source that differ from the target (all of them when the lengths differ). Text with none
 * of them is left as it is by the converter, so it need not be loaded for that text.
 */
export function changingCharacters(groups: readonly DictGroup[] = dictionaries): string {
  const found = new Set<string>();
  for (const group of groups) {
    for (const dict of group) {
      const pairs: readonly (readonly string[])[] = typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')) : dict;
      for (const [from = '', to = ''] of pairs) {
        const source = [...from];
        const target = [...to];
        source.forEach((ch, i) => {
          if (source.length !== target.length || ch !== target[i]) found.add(ch);
        });
      }
    }
  }
  return [...found].sort().join('');
}
