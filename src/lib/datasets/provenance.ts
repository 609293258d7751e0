/**
 * The numbers a phrase of a document states, in order. A number followed by 万
 * also counts as its value in units (约7.22万家 → 7.22 and 72200), so a table can
 * give counts in 家 while citing the text as printed. Slips such as "77.5%26.2%"
 * read as two numbers, as the editors' note says they should.
 * @example numbersInPhrase('同比增长77.5%26.2%') // [77.5, 26.2]
 */
export function numbersInPhrase(phrase: string): number[] {
  const found: number[] = [];
  for (const m of phrase.matchAll(/(\d+(?:\.\d+)?)(万)?/gu)) {
    const n = Number(m[1]);
    found.push(n);
    if (m[2]) found.push(Math.round(n * 10_000 * 1e6) / 1e6);
  }
  return found;
}

/** True when the phrase states this value: a number among its numbers, or text it contains. */
export function phraseStatesValue(phrase: string, value: number | string): boolean {
  if (typeof value === 'string') return phrase.includes(value);
  return numbersInPhrase(phrase).some((n) => n === value);
}

/**
 * The text of a document against which phrases are checked: the MDX body as
 * written, without the MDX comments (editors' notes to themselves).
 */
export function documentText(body: string): string {
  return body.replace(/\{\/\*[\s\S]*?\*\/\}/gu, '');
}
