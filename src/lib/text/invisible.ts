/**
 * Characters a reader cannot see that an editor may paste in with a title, a 发文字号 or a file
 * name (from a web page, a PDF or a word processor): zero-width spaces and joiners, the byte
 * order mark, soft hyphens, direction marks and control characters. Two texts that differ only
 * by one of them look the same on the page and are different to the site.
 */
/** The code point ranges of those characters (tab, line feed and carriage return are not among them). */
const INVISIBLE_RANGES: readonly [number, number][] = [
  [0x00, 0x08], [0x0b, 0x0c], [0x0e, 0x1f], [0x7f, 0x9f], [0xad, 0xad], [0x61c, 0x61c], [0x115f, 0x1160], [0x180e, 0x180e],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
  [0xffa0, 0xffa0], [0xfff9, 0xfffb],
];

const isInvisible = (ch: string) => {
  const code = ch.codePointAt(0)!;
  return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
};

const NAMES: Record<string, string> = {
  '\u200B': '零宽空格',
  '\u200C': '零宽不连字',
  '\u200D': '零宽连字',
  '\u2060': '零宽不换行符',
  '\uFEFF': '零宽不换行空格（BOM）',
  '\u00AD': '软连字符',
  '\u200E': '从左到右标记',
  '\u200F': '从右到左标记',
};

/** One invisible character: where it stands (1-based, counted in characters) and what it is. */
export interface Invisible {
  position: number;
  /** e.g. U+200B 零宽空格 */
  name: string;
}

/** The invisible characters in a text. */
export function invisibleIn(text: string): Invisible[] {
  const chars = [...text];
  return chars.flatMap((ch, i) => {
    if (!isInvisible(ch)) return [];
    const point = ch.codePointAt(0)!;
    const code = `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
    const direction = (point >= 0x202a && point <= 0x202e) || (point >= 0x2066 && point <= 0x2069) || point === 0x61c;
    const kind = NAMES[ch] ?? (direction ? '文字方向控制符' : point >= 0xfe00 && point <= 0xfe0f ? '异体字选择符' : '控制字符');
    return [{ position: i + 1, name: `${code} ${kind}` }];
  });
}

/** The text without its invisible characters. */
export function withoutInvisible(text: string): string {
  return [...text].filter((ch) => !isInvisible(ch)).join('');
}

/** A Chinese message naming each invisible character in a text and where it stands, or undefined when there is none. */
export function invisibleMessage(text: string): string | undefined {
  const found = invisibleIn(text);
  if (found.length === 0) return undefined;
  const where = found.map((f) => `第 ${f.position} 个字符处的 ${f.name}`).join('、');
  return `含有看不见的字符：${where}。它们在页面上看不出来，却使两段看来相同的文字成为不同的文字（如同一个发文字号出现两次）；多半是从网页或 PDF 复制时带进来的，请删去。`;
}
