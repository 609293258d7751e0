import { describe, expect, it } from 'vitest';
import { articleHtml, articleSection, issueArticles, issueSampleState } from '../../src/lib/bulletins/articles.ts';
import { feedDates } from '../../src/lib/feeds/feeds.ts';
import { formatPartialDate, partialDatePrecision, unknownPart } from '../../src/lib/text/partial-date.ts';

const body = ['{/* note */}', '', '## 卷首语', '', '甲。', '', '### 小节', '', '乙。', '', '## 某报的报道', '', '丙。', ''].join('\n');

describe('issueArticles', () => {
  it('gives each article its page, its title from the body, and its own sample flag or the issue’s', () => {
    const items = [{ article: '卷首语' }, { ref: 'notices/x' }, { article: '某报的报道', slug: 'baodao', sample: false, source: { name: '示例日报', date: '2013-03' } }];
    expect(issueArticles('2013-02', { sample: true, items }, body)).toEqual([
      { issueId: '2013-02', anchor: '卷首语', slug: '卷首语', path: '/bulletins/2013-02/卷首语/', title: '卷首语', sample: true, position: 1 },
      { issueId: '2013-02', anchor: '某报的报道', slug: 'baodao', path: '/bulletins/2013-02/baodao/', title: '某报的报道', sample: false, source: { name: '示例日报', date: '2013-03' }, position: 2 },
    ]);
  });
});

describe('issueSampleState', () => {
  it.each([
    [true, [true, true], 'all'],
    [true, [true, false], 'some'],
    [false, [false, true], 'some'],
    [false, [false, false], 'none'],
    [true, [], 'all'],
    [false, [], 'none'],
  ] as const)('an issue sample: %s with articles %j is %s', (issue, articles, state) => {
    expect(issueSampleState(issue, articles.map((sample) => ({ sample })))).toBe(state);
  });
});

describe('articleSection and articleHtml', () => {
  it('cut one article out of the source, from its heading to the next ## heading', () => {
    expect(articleSection(body, '卷首语')).toBe(['## 卷首语', '', '甲。', '', '### 小节', '', '乙。', ''].join('\n'));
    expect(articleSection(body, '某报的报道')).toBe(['## 某报的报道', '', '丙。', ''].join('\n'));
    expect(articleSection(body, '没有')).toBeUndefined();
  });

  it('cut one article out of the rendered issue, without its heading, keeping its sub-headings', () => {
    const html = '<h2 id="a">甲</h2>\n<p>一 &amp; <a href="/x">x</a></p>\n<h3 id="c">小节</h3><h2 id="b">乙</h2><p>二</p>';
    // The article's own headings are raised a level: its title is the page's h1.
    expect(articleHtml(html, 'a')).toBe('<p>一 &amp; <a href="/x">x</a></p>\n<h2 id="c">小节</h2>');
    expect(articleHtml(html, 'b')).toBe('<p>二</p>');
    expect(articleHtml(html, 'c')).toBeUndefined();
  });
});

describe('dates known to the year, month or day', () => {
  it.each([
    ['2013', 'year', '2013年', '月、日不详'],
    ['2013-03', 'month', '2013年3月', '日不详'],
    ['2013-03-05', 'day', '2013年3月5日', undefined],
  ] as const)('%s is known to the %s, shown as %s', (text, precision, shown, unknown) => {
    expect(partialDatePrecision(text)).toBe(precision);
    expect(formatPartialDate(text)).toBe(shown);
    expect(unknownPart(text)).toBe(unknown);
  });

  it.each(['2013-13', '2013-02-30', '13', '2013-3', 'x'])('%s is no date', (text) => {
    expect(partialDatePrecision(text)).toBeUndefined();
  });

  it('go into a feed as written in dc:date, and as their first day in pubDate', () => {
    expect(feedDates('2013-03')).toBe('<pubDate>Fri, 01 Mar 2013 00:00:00 +0800</pubDate><dc:date>2013-03</dc:date>');
    expect(feedDates('2013')).toBe('<pubDate>Tue, 01 Jan 2013 00:00:00 +0800</pubDate><dc:date>2013</dc:date>');
  });
});
