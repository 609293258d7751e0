/**
 * Building blocks for SYNTHETIC benchmark content: a seeded random generator and
 * Chinese phrases in the register of provincial circulars on 双转移. The phrases are
 * generic policy language; they name no real park, firm or figure, and every generated
 * document is marked as synthetic (sample: true, and a note at the top of its body).
 */

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

export const topics = [
  '产业转移', '劳动力转移', '园区扩能增效', '承接产业转移', '劳动力技能培训', '农村劳动力就业',
  '园区基础设施建设', '招商引资', '产业链配套', '节能减排', '园区环境保护', '人才引进',
] as const;

export const subjects = ['产业转移', '劳动力转移', '工业园区', '技能培训', '就业服务', '招商引资', '节能环保'] as const;

const subjectsOfWork = ['各地级以上市', '各产业转移工业园', '省有关部门', '各县（市、区）', '园区管委会', '各级人力资源社会保障部门'];
const verbs = ['加快推进', '切实做好', '认真落实', '进一步完善', '着力提升', '积极探索', '统筹推进', '扎实开展', '不断加强', '大力实施'];
const objects = [
  '园区规划建设', '产业集聚发展', '劳动力技能培训', '转移就业服务', '招商引资工作', '项目落地建设', '配套设施建设',
  '公共服务平台建设', '企业用工保障', '职业技能鉴定', '区域协调发展', '土地集约利用', '环境影响评价', '督促检查工作',
];
const tails = [
  '形成工作合力', '确保各项任务落到实处', '推动园区提质增效', '促进区域协调发展', '提高转移就业质量',
  '增强园区承接能力', '营造良好发展环境', '建立健全长效机制', '推动工作取得新成效', '切实解决实际困难',
];
const connectives = ['同时', '此外', '要', '各地要', '要坚持', '要按照', '要结合实际', '要认真总结经验'];

/** One sentence of circular prose, ending in 。 */
export function sentence(rand: Rand): string {
  const parts = [pick(rand, subjectsOfWork), pick(rand, verbs), pick(rand, objects)];
  if (rand() < 0.6) parts.push('，', pick(rand, connectives), pick(rand, verbs), pick(rand, objects));
  parts.push('，', pick(rand, tails), '。');
  return parts.join('');
}

export function paragraph(rand: Rand, sentences = between(rand, 2, 6)): string {
  return Array.from({ length: sentences }, () => sentence(rand)).join('');
}

export const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** A date in Chinese numerals as printed on circulars, e.g. 二○一二年二月六日. */
export function printedDate(year: number, month: number, day: number): string {
  const digits = ['○', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const y = String(year).split('').map((d) => digits[Number(d)]).join('');
  const small = (n: number) => (n <= 10 ? (n === 10 ? '十' : digits[n]!) : n < 20 ? `十${digits[n - 10]}` : `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`);
  return `${y}年${small(month)}月${small(day)}日`;
}
