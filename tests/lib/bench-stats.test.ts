import { describe, expect, it } from 'vitest';
import { loadVerdict, median, pairedSummary, runOrder } from '../../scripts/bench/stats.ts';

// The benchmark's summary of alternating runs: the figures docs/benchmarks.md reports.
describe('median', () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 40], 10],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('refuses no values rather than report zero', () => {
    expect(() => median([])).toThrow(/no values/u);
  });
});

describe('pairedSummary', () => {
  it.each([
    // ours, baseline, ours median, baseline median, ratio of medians, lowest and highest pair ratio
    [[10, 12, 11], [10, 10, 10], 11, 10, 1.1, 1, 1.2],
    [[30, 60, 33], [30, 40, 30], 33, 30, 1.1, 1, 1.5],
    [[8, 9, 10, 11], [10, 10, 10, 10], 9.5, 10, 0.95, 0.8, 1.1],
  ])('ours %j against %j', (ours, baseline, om, bm, ratio, lo, hi) => {
    const s = pairedSummary(ours, baseline);
    expect(s.ours).toBe(om);
    expect(s.baseline).toBe(bm);
    expect(s.ratio).toBeCloseTo(ratio, 10);
    expect(s.ratioMin).toBeCloseTo(lo, 10);
    expect(s.ratioMax).toBeCloseTo(hi, 10);
  });

  it('pairs runs by position, not by sorting each side', () => {
    // Sorted separately the pairs would be (1,1) and (2,2); run by run they are 1/2 and 2/1.
    const s = pairedSummary([1, 2], [2, 1]);
    expect([s.ratioMin, s.ratioMax]).toEqual([0.5, 2]);
  });

  it('refuses sides with different run counts', () => {
    expect(() => pairedSummary([1, 2, 3], [1, 2])).toThrow(/3 runs of ours against 2/u);
  });
});

describe('runOrder', () => {
  it('alternates the sides after an uncounted warm-up pair', () => {
    expect(runOrder(3, 1).map((r) => `${r.side[0]}${r.counted ? r.pair : 'w'}`)).toEqual(['ow', 'bw', 'o0', 'b0', 'o1', 'b1', 'o2', 'b2']);
  });

  it('has no warm-up when asked for none', () => {
    expect(runOrder(2, 0).every((r) => r.counted)).toBe(true);
  });
});

describe('loadVerdict', () => {
  it.each([
    [0.2, 1.5, 'quiet'],
    [1.5, 1.5, 'quiet'],
    [1.51, 1.5, 'busy'],
    [18, 1.5, 'busy'],
  ])('load %d against a limit of %d is %s', (load, max, verdict) => {
    expect(loadVerdict(load, max)).toBe(verdict);
  });
});
