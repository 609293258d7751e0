import { describe, expect, it } from 'vitest';
import { characterSetTest, encodeCharacterSet } from '../../src/lib/search/character-set.ts';
import { CHANGING_CHARACTERS } from '../../src/lib/search/changing-characters.ts';
import { needsSimplifier, normalizeQuery, normalizeQueryLazy } from '../../src/lib/search/query.ts';
import { changingCharacters, toSimplified } from '../../src/lib/search/simplify.ts';
import { loadQuerySet } from '../helpers/search-queries.ts';

describe('normalizeQuery', () => {
  it.each([
    ['粤经信园区〔2012〕68号', '粤经信园区〔2012〕68号'],
    ['粤经信园区[2012]68号', '粤经信园区〔2012〕68号'],
    ['粤经信园区(2012)68号', '粤经信园区〔2012〕68号'],
    ['粤经信园区（2012）68号', '粤经信园区〔2012〕68号'],
    ['粤经信园区【2012】68号', '粤经信园区〔2012〕68号'],
    ['粤经信园区［２０１２］６８号', '粤经信园区〔2012〕68号'],
    ['粤经信园区 [2012] 068', '粤经信园区〔2012〕68号'],
    ['转发粤经信园区[2012]68号文', '转发粤经信园区〔2012〕68号文'],
  ])('writes the 发文字号 in %s with 〔〕', (input, expected) => {
    expect(normalizeQuery(input, toSimplified)).toBe(expected);
  });

  it.each([
    ['產業轉移', '产业转移'],
    ['騰籠換鳥', '腾笼换鸟'],
    ['廣東省經濟和信息化委員會', '广东省经济和信息化委员会'],
    ['山洽會', '山洽会'],
    ['粵經信園區〔2012〕68號', '粤经信园区〔2012〕68号'],
  ])('turns the traditional %s into simplified', (input, expected) => {
    expect(normalizeQuery(input, toSimplified)).toBe(expected);
  });

  it.each([
    ['《2012年产业转移工作要点》', '2012年产业转移工作要点'],
    ['“腾笼换鸟”', '腾笼换鸟'],
    ['"双转移"  工作', '双转移 工作'],
    ['３４６８．３１', '3468.31'],
    ['  英德 ', '英德'],
  ])('drops quotation marks, widths and extra spaces in %s', (input, expected) => {
    expect(normalizeQuery(input, toSimplified)).toBe(expected);
  });

  it('leaves simplified text and other numbers alone', () => {
    expect(normalizeQuery('产业转移 2012 5983', toSimplified)).toBe('产业转移 2012 5983');
  });

  it('gives the same result when the search page loads the converter only where needed', async () => {
    const queries = [...loadQuerySet().map((c) => c.q), '產業轉移', '粵經信園區［２０１２］６８號', '一坏', '产业转移'];
    for (const q of queries) expect(await normalizeQueryLazy(q), q).toBe(normalizeQuery(q, toSimplified));
  });

  it('needs the converter for traditional characters only, not for simplified text', () => {
    expect(needsSimplifier('產業轉移')).toBe(true);
    expect(needsSimplifier('山洽會')).toBe(true);
    expect(needsSimplifier('产业转移 腾笼换鸟 粤经信园区〔2012〕68号 3468.31')).toBe(false);
  });

  it('checks queries against the characters the dictionaries really change (regenerate the list if this fails)', () => {
    const derived = changingCharacters();
    expect(derived.length).toBeGreaterThan(3000);
    // On failure, the expected value is the new content for src/lib/search/changing-characters.ts.
    expect(CHANGING_CHARACTERS).toEqual(encodeCharacterSet(derived));
    // And the compact form holds exactly those characters.
    for (const ch of derived) expect(needsSimplifier(ch), ch).toBe(true);
    const has = characterSetTest(CHANGING_CHARACTERS);
    let held = 0;
    for (let cp = 0; cp <= 0x3ffff; cp++) if (has(String.fromCodePoint(cp))) held++;
    expect(held).toBe([...derived].length);
  });
});
