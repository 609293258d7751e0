/**
 * Summaries for the build benchmark's repeated, alternating runs (scripts/bench.ts): a median
 * per side, and the spread of the ratios of the pairs run one after the other, so that a figure
 * in docs/benchmarks.md says how far a rerun may move it.
 */

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One measure over the counted pairs: each side's median, their ratio, and the range of the pairs' own ratios. */
export interface PairedSummary {
  ours: number;
  baseline: number;
  /** ours median / baseline median. */
  ratio: number;
  /** The lowest and highest of ours[i] / baseline[i] over the pairs. */
  ratioMin: number;
  ratioMax: number;
}

/**
 * Summarises a measure taken once per side in each pair (ours[i] and baseline[i] ran one after
 * the other, so they saw the same machine).
 * @example pairedSummary([10, 12, 11], [10, 10, 10]) // { ours: 11, baseline: 10, ratio: 1.1, ratioMin: 1, ratioMax: 1.2 }
 */
export function pairedSummary(ours: readonly number[], baseline: readonly number[]): PairedSummary {
  if (ours.length !== baseline.length) throw new Error(`pairedSummary: ${ours.length} runs of ours against ${baseline.length} of the baseline`);
  if (ours.length === 0) throw new Error('pairedSummary: no pairs');
  const ratios = ours.map((o, i) => o / baseline[i]!);
  const m = { ours: median(ours), baseline: median(baseline) };
  return { ...m, ratio: m.ours / m.baseline, ratioMin: Math.min(...ratios), ratioMax: Math.max(...ratios) };
}

/**
 * The order the benchmark runs its sides in: `warmup` uncounted pairs, then `runs` counted
 * pairs, ours first in each (A B A B …), so slow drift of the machine's load falls on both.
 */
export function runOrder(runs: number, warmup: number): { side: 'ours' | 'baseline'; pair: number; counted: boolean }[] {
  const order: { side: 'ours' | 'baseline'; pair: number; counted: boolean }[] = [];
  for (let p = 0; p < warmup + runs; p++) for (const side of ['ours', 'baseline'] as const) order.push({ side, pair: p - warmup, counted: p >= warmup });
  return order;
}

/** Whether a run may start: the 1-minute load average against the benchmark's limit. */
export function loadVerdict(load1: number, maxLoad: number): 'quiet' | 'busy' {
  return load1 <= maxLoad ? 'quiet' : 'busy';
}
