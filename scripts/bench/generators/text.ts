/**
 * Building blocks for SYNTHETIC benchmark content: a seeded random generator, and prose
 * drawn word by word from a real entry's word-frequency table (./vocabulary.ts). The prose
 * repeats no sentence of the real texts, and every generated document is marked as
 * synthetic (sample: true, and a note at the top of its body).
 */
import { drawWord, type WordTable } from './vocabulary.ts';

/** A small deterministic PRNG (mulberry32): the same seed gives the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;

export function pick<T>(rand: Rand, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

export function between(rand: Rand, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

/** A phrase of `count` words drawn from a real entry's table (a heading, a title's topic). */
export function phrase(rand: Rand, table: WordTable, count = between(rand, 2, 3)): string {
  return Array.from({ length: count }, () => drawWord(rand, table)).join('');
}

/**
 * Prose of about `count` words drawn from a real entry's table: clauses of 4–12 words joined
 * by ，, sentences of one to three clauses ending in 。.
 */
export function prose(rand: Rand, table: WordTable, count: number): string {
  let out = '';
  let left = Math.max(4, count);
  while (left > 0) {
    const clauses = between(rand, 1, 3);
    for (let c = 0; c < clauses && left > 0; c++) {
      const n = Math.min(left, between(rand, 4, 12));
      left -= n;
      out += Array.from({ length: n }, () => drawWord(rand, table)).join('') + (c < clauses - 1 && left > 0 ? '，' : '');
    }
    out += '。';
  }
  return out;
}

export const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** A date in Chinese numerals as printed on circulars, e.g. 二○一二年二月六日. */
export function printedDate(year: number, month: number, day: number): string {
  const digits = ['○', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const y = String(year).split('').map((d) => digits[Number(d)]).join('');
  const small = (n: number) => (n <= 10 ? (n === 10 ? '十' : digits[n]!) : n < 20 ? `十${digits[n - 10]}` : `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`);
  return `${y}年${small(month)}月${small(day)}日`;
}
