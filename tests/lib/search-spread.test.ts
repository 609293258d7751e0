import { describe, expect, it } from 'vitest';
import { spreadOf } from '../../scripts/lib/search-bytes.ts';

// The benchmark's summary of first-search sizes over the query set: the figures a reader of
// docs/benchmarks.md compares with Pagefind's "under 300 kB".
describe('spreadOf', () => {
  const sizes = [120, 310, 90, 450, 200, 299_999, 300_000, 80, 150, 700_000].map((bytes, i) => ({ query: `q${i}`, bytes }));

  it('gives the median, 90th percentile and largest search by nearest rank, whatever the order of the input', () => {
    const spread = spreadOf(sizes, 300_000);
    expect(spread).toMatchObject({ queries: 10, median: 200, p90: 300_000, max: 700_000, maxQuery: 'q9' });
    expect(spreadOf([...sizes].reverse(), 300_000)).toEqual(spread);
  });

  it('counts a search of exactly the limit as over it', () => {
    expect(spreadOf(sizes, 300_000).under).toBe(8);
    expect(spreadOf(sizes, 300_001).under).toBe(9);
  });

  it('refuses an empty set rather than report zeros', () => {
    expect(() => spreadOf([], 300_000)).toThrow(/no searches/u);
  });
});
