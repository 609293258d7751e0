import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { scopeIds } from '../../src/lib/compilations/scope-ids.ts';

/** The ids of a fragment, in order. */
const idsOf = (html: string) => [...parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelectorAll('[id]')].map((el) => el.getAttribute('id'));

describe('scopeIds: one document printed whole among others', () => {
  const circular = [
    '<h2 id="一总体要求">一、总体要求</h2>',
    '<p>见<a href="#一总体要求">上文</a>、<a href="#%E9%99%84%E4%BB%B6">附件</a>和<a href="#compilation-title">汇编标题</a>。</p>',
    '<h2 id="附件">附件</h2>',
    '<figure aria-labelledby="chart-1-title"><svg><clipPath id="clip"></clipPath><g clip-path="url(#clip)"></g><title id="chart-1-title">图</title></svg></figure>',
    '<label for="q">查找</label><input id="q">',
  ].join('');

  it('leaves no id of one document equal to an id of another printed with the same headings', () => {
    const first = idsOf(scopeIds(circular, 'doc-1--'));
    const second = idsOf(scopeIds(circular, 'doc-2--'));
    expect(first.filter((id) => second.includes(id))).toEqual([]);
    expect(first).toContain('doc-1--一总体要求');
  });

  it("keeps each document's links and references on its own ids, in the form they were written", () => {
    const html = scopeIds(circular, 'doc-2--');
    expect(html).toContain('href="#doc-2--一总体要求"');
    expect(html).toContain(`href="#${encodeURIComponent('doc-2--附件')}"`);
    expect(html).toContain('aria-labelledby="doc-2--chart-1-title"');
    expect(html).toContain('clip-path="url(#doc-2--clip)"');
    expect(html).toContain('for="doc-2--q"');
  });

  it("leaves links to the page's own anchors and text alone", () => {
    const html = scopeIds(circular, 'doc-2--');
    expect(html).toContain('href="#compilation-title"');
    expect(html).toContain('一、总体要求');
    expect(scopeIds('<p>无标题的正文</p>', 'doc-1--')).toBe('<p>无标题的正文</p>');
  });
});
