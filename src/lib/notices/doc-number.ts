/**
 * 发文字号 (document number) handling, after GB/T 9704-2012 §7.2.4:
 * 机关代字 + 〔四位年份〕 + 序号 + 号, e.g. 粤经信园区〔2012〕68号.
 * The year sits in hexagonal brackets 〔〕 and the sequence has no leading zeros.
 */

/** A well-formed 发文字号, split into its parts. */
export interface DocNumber {
  /** 机关代字, e.g. 粤经信园区 */
  agencyCode: string;
  /** Four-digit year, e.g. 2012 */
  year: number;
  /** 序号, e.g. 68 */
  sequence: number;
}

export type DocNumberCheck =
  | { ok: true; value: DocNumber; text: string }
  | { ok: false; message: string; suggestion?: string };

// Brackets editors type instead of 〔〕: ASCII and full-width [] (), 【】, 〈〉, <>, 《》, 〖〗, ［］.
const WRONG_BRACKETS = /^(.+?)\s*([[(（【〈<《〖［{｛])\s*(\d{4})\s*([\])）】〉>》〗］}｝])\s*(\d+)\s*号?$/u;
const CORRECT = /^(\S+?)〔(\d{4})〕([1-9]\d*)号$/u;

/** Builds the canonical text of a 发文字号 from its parts. */
export function formatDocNumber({ agencyCode, year, sequence }: DocNumber): string {
  return `${agencyCode}〔${year}〕${sequence}号`;
}

/**
 * Checks that a 发文字号 is well formed. On failure the message says what was found
 * and, where it can be worked out, the corrected form.
 * @example checkDocNumber('粤经信园区[2012]68号') // { ok: false, suggestion: '粤经信园区〔2012〕68号', … }
 */
export function checkDocNumber(input: string): DocNumberCheck {
  const text = input.trim();
  const ok = CORRECT.exec(text);
  if (ok) {
    const value = { agencyCode: ok[1]!, year: Number(ok[2]), sequence: Number(ok[3]) };
    return { ok: true, value, text };
  }
  const hex = /^(\S+?)〔(\d{4})〕0+(\d+)号$/u.exec(text);
  if (hex) {
    const suggestion = formatDocNumber({ agencyCode: hex[1]!, year: Number(hex[2]), sequence: Number(hex[3]) });
    return { ok: false, suggestion, message: `序号不加虚位（不以 0 开头）：“${text}”应写作“${suggestion}”。` };
  }
  const wrong = WRONG_BRACKETS.exec(text);
  if (wrong) {
    const [, agencyCode, open, year, close, seq] = wrong;
    const suggestion = formatDocNumber({ agencyCode: agencyCode!, year: Number(year), sequence: Number(seq) });
    return {
      ok: false,
      suggestion,
      message: `年份须用六角括号〔〕括入，这里用了“${open}${close}”：“${text}”应写作“${suggestion}”。`,
    };
  }
  if (/^(\S+?)〔(\d{2})〕(\d+)号$/u.test(text)) {
    return { ok: false, message: `年份须写全四位数字，如〔2012〕，不能简写：“${text}”。` };
  }
  return {
    ok: false,
    message: `“${text}”不是有效的发文字号。格式为 机关代字〔四位年份〕序号号，例如 粤经信园区〔2026〕1号（示意）。`,
  };
}

/**
 * Reduces a 发文字号 as a reader may type it (any brackets, spaces, leading zeros,
 * missing 号) to its canonical form, or undefined if it cannot be one.
 * @example normalizeDocNumber('粤经信园区【2012】068号') // '粤经信园区〔2012〕68号'
 */
export function normalizeDocNumber(input: string): string | undefined {
  const compact = input.replace(/\s+/gu, '');
  const m = /^(.+?)[[(（【〈<《〖［〔{｛](\d{4})[\])）】〉>》〗］〕}｝](\d+)号?$/u.exec(compact);
  if (!m) return undefined;
  return formatDocNumber({ agencyCode: m[1]!, year: Number(m[2]), sequence: Number(m[3]) });
}
