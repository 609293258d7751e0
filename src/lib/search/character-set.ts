/**
 * A set of characters written compactly for the search page's script: a bitmap over the CJK
 * blocks U+3400–U+9FFF (base64; bit `cp − 0x3400` counted from the low bit of each byte), and the
 * few characters outside them as they are. OpenCC's 3,270 changing characters (changing-characters.ts)
 * take 9.9 kB as text, 7.2 kB with gzip, and 1.8 kB so: the script that carries them is the one
 * file the first search waits for before it can ask for anything else (docs/benchmarks.md).
 */

const FIRST = 0x3400;
const LAST = 0x9fff;

/** A set as written by encodeCharacterSet. */
export interface CharacterSet {
  bitmap: string;
  others: string;
}

/**
 * Writes a set of characters (a string of them, any order) as a CharacterSet.
 * @example encodeCharacterSet('㐀𠀀') // { bitmap: 'AQAA…', others: '𠀀' }
 */
export function encodeCharacterSet(chars: string): CharacterSet {
  const bits = new Uint8Array((LAST - FIRST + 1) / 8);
  const others = new Set<string>();
  for (const ch of chars) {
    const cp = ch.codePointAt(0)!;
    if (cp >= FIRST && cp <= LAST) bits[(cp - FIRST) >> 3]! |= 1 << ((cp - FIRST) & 7);
    else others.add(ch);
  }
  return { bitmap: btoa(String.fromCharCode(...bits)), others: [...others].sort().join('') };
}

/**
 * The test "is this character in the set" for a CharacterSet.
 * @example characterSetTest(encodeCharacterSet('產'))('產') // true
 */
export function characterSetTest(set: CharacterSet): (ch: string) => boolean {
  const bits = Uint8Array.from(atob(set.bitmap), (c) => c.charCodeAt(0));
  const others = new Set(set.others);
  return (ch) => {
    const cp = ch.codePointAt(0)!;
    return cp >= FIRST && cp <= LAST ? ((bits[(cp - FIRST) >> 3]! >> ((cp - FIRST) & 7)) & 1) === 1 : others.has(ch);
  };
}
