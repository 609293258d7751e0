import { describe, expect, it } from 'vitest';
import { withoutIndexOnlyTerms } from '../../scripts/bench/search-variants.ts';

// The benchmark's "without the index-only terms" variant: the page as SearchMeta.astro renders
// it, less the hidden terms, so the index difference is what those terms cost.
describe('withoutIndexOnlyTerms', () => {
  it.each([
    ['the weighted own terms', '<article><p class="search-terms" hidden data-pagefind-weight="4">粤经信园区〔2012〕68号 粤经信园区2012 68号</p><p>正文</p></article>', '<article><p>正文</p></article>'],
    ['the related terms', '<p class="search-terms" hidden>腾笼换鸟</p><p>正文</p>', '<p>正文</p>'],
    ['the terms metadata, keeping the other metadata', '<span data-pagefind-meta="title">题</span><span data-pagefind-meta="terms">甲 乙</span>', '<span data-pagefind-meta="title">题</span>'],
    ['nothing on a page without them', '<p class="lead">正文</p>', '<p class="lead">正文</p>'],
  ])('removes %s', (_what, html, expected) => {
    expect(withoutIndexOnlyTerms(html)).toBe(expected);
  });
});
