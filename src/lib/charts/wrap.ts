/**
 * Width of a label in em: CJK characters and all punctuation from U+2000 on
 * (“”、—) are 1 em in Noto Sans SC, Latin about 0.55 em. Plot's own text measure counts a CJK character as about
 * 0.56 em, which would wrap Chinese labels too late, so labels are wrapped here.
 */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2000 ? 0.55 : 1;
  return width;
}

/**
 * Breaks a label into lines of at most maxEm, never splitting an ASCII run (a
 * number such as 2011 or "2-4"), and never starting a line with closing punctuation.
 * @example wrapLabel('配合做好第七届山洽会产业转移相关推介工作。', 8) // ['配合做好第七届山', '洽会产业转移相关', '推介工作。']
 */
export function wrapLabel(text: string, maxEm: number): string[] {
  const tokens = text.match(/[\x21-\x7e]+|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const noBreakBefore = /^[，。、；：）》”’！？,.;:)]/u.test(token);
    if (line && textWidthEm(line + token) > maxEm) {
      // Closing punctuation may not start a line: it takes the last character down with it.
      const carried = noBreakBefore ? [...line].slice(-1).join('') : '';
      lines.push(line.slice(0, line.length - carried.length));
      line = carried + token.trimStart();
    } else line += token;
  }
  if (line) lines.push(line);
  return lines;
}
