import { describe, expect, it } from 'vitest';
import { normalizeQuery } from '../../src/lib/search/query.ts';

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
    expect(normalizeQuery(input)).toBe(expected);
  });

  it.each([
    ['產業轉移', '产业转移'],
    ['騰籠換鳥', '腾笼换鸟'],
    ['廣東省經濟和信息化委員會', '广东省经济和信息化委员会'],
    ['山洽會', '山洽会'],
    ['粵經信園區〔2012〕68號', '粤经信园区〔2012〕68号'],
  ])('turns the traditional %s into simplified', (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected);
  });

  it.each([
    ['《2012年产业转移工作要点》', '2012年产业转移工作要点'],
    ['“腾笼换鸟”', '腾笼换鸟'],
    ['"双转移"  工作', '双转移 工作'],
    ['３４６８．３１', '3468.31'],
    ['  英德 ', '英德'],
  ])('drops quotation marks, widths and extra spaces in %s', (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected);
  });

  it('leaves simplified text and other numbers alone', () => {
    expect(normalizeQuery('产业转移 2012 5983')).toBe('产业转移 2012 5983');
  });
});
