import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dist, root } from '../helpers/paths.ts';
import { loadQuerySet, openIndex, topUrls, type QueryOutcome } from '../helpers/search-queries.ts';

// The query set (tests/fixtures/search-queries.yaml) against the index of the real site in dist/.
const cases = loadQuerySet();
const outcomes: QueryOutcome[] = [];
const index = openIndex(dist);

describe('the search query set on the built site', () => {
  it('has at least 40 queries covering every kind the issue names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const qs = cases.map((c) => c.q);
    for (const q of ['腾笼换鸟', '换鸟', '园', '税', '英德', '深汕', '3468.31', '5983', '粤经信园区[2012]68号', '粤经信园区(2012)68号', '粤经信园区【2012】68号', '双转移', '省经信委', '山洽会', '產業轉移']) {
      expect(qs).toContain(q);
    }
  });

  it.each(cases.map((c) => [c.q, c] as const))('finds the expected page in the top 5 for %s', async (_q, c) => {
    const top = await topUrls(await index, c.q);
    outcomes.push({ ...c, sent: '', top, found: c.expect.every((u) => top.includes(u)) });
    for (const url of c.expect) expect(top, `${c.kind}: ${c.q}`).toContain(url);
  });

  it('finds nothing for words the site does not contain', async () => {
    for (const q of ['疫苗接种', '香港', '澳门', '飞机', 'Python']) expect(await topUrls(await index, q), q).toEqual([]);
  });
});

afterAll(() => {
  // The recall the README quotes: written for people, not asserted beyond the per-query checks.
  const found = outcomes.filter((o) => o.found).length;
  mkdirSync(path.join(root, 'test-results'), { recursive: true });
  writeFileSync(
    path.join(root, 'test-results/search-recall.json'),
    `${JSON.stringify({ queries: outcomes.length, found, recall: outcomes.length ? found / outcomes.length : 0, missed: outcomes.filter((o) => !o.found) }, null, 2)}\n`,
  );
});
