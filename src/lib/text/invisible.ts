/**
 * Characters a reader cannot see that an editor may paste in with a title, a 发文字号 or a file
 * name (from a web page, a PDF or a word processor): zero-width spaces and joiners, the byte
 * order mark, soft hyphens, direction marks and control characters. Two texts that differ only
 * by one of them look the same on the page and are different to the site.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]/gu;

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
    if (!new RegExp(INVISIBLE.source, 'u').test(ch)) return [];
    const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const kind = NAMES[ch] ?? (/[\u202A-\u202E\u2066-\u2069\u061C]/u.test(ch) ? '文字方向控制符' : /[\uFE00-\uFE0F]/u.test(ch) ? '异体字选择符' : '控制字符');
    return [{ position: i + 1, name: `${code} ${kind}` }];
  });
}

/** The text without its invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** A Chinese message naming each invisible character in a text and where it stands, or undefined when there is none. */
export function invisibleMessage(text: string): string | undefined {
  const found = invisibleIn(text);
  if (found.length === 0) return undefined;
  const where = found.map((f) => `第 ${f.position} 个字符处的 ${f.name}`).join('、');
  return `含有看不见的字符：${where}。它们在页面上看不出来，却使两段看来相同的文字成为不同的文字（如同一个发文字号出现两次）；多半是从网页或 PDF 复制时带进来的，请删去。`;
}
