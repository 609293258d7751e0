import { describe, expect, it } from 'vitest';
import { checkDocNumber, formatDocNumber, normalizeDocNumber } from '../../src/lib/notices/doc-number.ts';

describe('checkDocNumber', () => {
  it.each([
    ['粤经信园区〔2012〕68号', { agencyCode: '粤经信园区', year: 2012, sequence: 68 }],
    ['粤府〔2008〕1号', { agencyCode: '粤府', year: 2008, sequence: 1 }],
    ['粤府办〔2011〕102号', { agencyCode: '粤府办', year: 2011, sequence: 102 }],
    [' 粤经信园区〔2012〕68号 ', { agencyCode: '粤经信园区', year: 2012, sequence: 68 }],
  ])('accepts %s', (input, value) => {
    const result = checkDocNumber(input);
    expect(result).toMatchObject({ ok: true, value });
  });

  it.each([
    ['粤经信园区[2012]68号', '粤经信园区〔2012〕68号', '[]'],
    ['粤经信园区(2012)68号', '粤经信园区〔2012〕68号', '()'],
    ['粤经信园区（2012）68号', '粤经信园区〔2012〕68号', '（）'],
    ['粤经信园区〈2012〉68号', '粤经信园区〔2012〕68号', '〈〉'],
    ['粤经信园区【2012】68号', '粤经信园区〔2012〕68号', '【】'],
    ['粤经信园区〔2012〕068号', '粤经信园区〔2012〕68号', '0'],
    ['粤经信园区 [2012] 68', '粤经信园区〔2012〕68号', '[]'],
  ])('rejects %s and suggests %s', (input, suggestion, found) => {
    const result = checkDocNumber(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.suggestion).toBe(suggestion);
    expect(result.message).toContain(input.trim());
    expect(result.message).toContain(suggestion);
    if (found !== '0') expect(result.message).toContain(`“${found}”`);
  });

  it.each(['粤经信园区〔12〕68号', '第68号', '', '粤经信园区2012年68号', '粤经信园区〔2012〕号'])('rejects %j without a guess', (input) => {
    const result = checkDocNumber(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.suggestion).toBeUndefined();
  });
});

describe('normalizeDocNumber', () => {
  it.each([
    ['粤经信园区【2012】68号', '粤经信园区〔2012〕68号'],
    ['粤经信园区[2012]068', '粤经信园区〔2012〕68号'],
    ['粤经信园区 (2012) 68 号', '粤经信园区〔2012〕68号'],
    ['粤经信园区〔2012〕68号', '粤经信园区〔2012〕68号'],
    ['产业转移', undefined],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDocNumber(input)).toBe(expected);
  });
});

it('formatDocNumber round-trips a parsed number', () => {
  const parsed = checkDocNumber('粤经信园区〔2012〕68号');
  expect(parsed.ok && formatDocNumber(parsed.value)).toBe('粤经信园区〔2012〕68号');
});
