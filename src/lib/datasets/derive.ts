/**
 * Evaluates a derivation written in a dataset's `cite`, e.g. "growth - aboveProvince"
 * or "17.9 - 0.2": column keys of the same row and numbers joined by + and -.
 * Returns undefined (with the reason) when a term is unknown or not a number.
 * @example evaluateDerived('growth - aboveProvince', { growth: 20, aboveProvince: 7.4 }) // { value: 12.6 }
 */
export function evaluateDerived(expression: string, row: Record<string, unknown>): { value?: number; error?: string } {
  const tokens = expression.trim().split(/\s*([+-])\s*/u);
  if (tokens.length % 2 === 0 || tokens.some((t) => t === '')) return { error: `推算式“${expression}”写法不对，应为“列名 - 列名”或“数字 - 数字”这样的加减式。` };
  let total = 0;
  let sign = 1;
  for (const [i, token] of tokens.entries()) {
    if (i % 2 === 1) {
      sign = token === '-' ? -1 : 1;
      continue;
    }
    const value = /^\d+(?:\.\d+)?$/u.test(token) ? Number(token) : row[token];
    if (typeof value !== 'number') return { error: `推算式“${expression}”中的“${token}”不是本行的数字列。` };
    total += sign * value;
  }
  return { value: total };
}

/** Decimal places of a number as written, e.g. 12.6 → 1, 3000 → 0. */
export function decimals(value: number): number {
  const text = String(value);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/**
 * True when a derived value equals its derivation at the precision the value is
 * given in (12.6 for 20.0 − 7.4 = 12.600000000000001).
 */
export function derivationHolds(stated: number, computed: number): boolean {
  return computed.toFixed(decimals(stated)) === stated.toFixed(decimals(stated));
}
