import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { beijingInstant, beijingIso, formatBeijingMoment, readBeijingTime, rfc822Beijing } from '../../src/lib/text/beijing-time.ts';
import { parseFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { replaceDates } from '../../src/lib/content/timestamps-as-written.ts';
import { feedDates } from '../../src/lib/feeds/feeds.ts';

describe('readBeijingTime: every form an editor may write', () => {
  it.each([
    ['2012-02-06', '2012-02-06'],
    ['2012-02-06 15:30', '2012-02-06 15:30'],
    ['2012-02-06 9:05', '2012-02-06 09:05'],
    ['2012-02-06 15:30:00', '2012-02-06 15:30'],
    ['2012-02-06T15:30', '2012-02-06 15:30'],
    ['2012-02-06T15:30:00+08:00', '2012-02-06 15:30'],
    ['2012-02-06T15:30+08:00', '2012-02-06 15:30'],
    ['2012-02-06T15:30:00+0800', '2012-02-06 15:30'],
    ['2012-02-06 15:30:00 +8', '2012-02-06 15:30'],
    ['2012-02-06T07:30:00Z', '2012-02-06 15:30'],
    ['2012-02-06T15:30:00Z', '2012-02-06 23:30'],
    ['2012-02-06T20:00:00Z', '2012-02-07 04:00'],
    ['2012-02-06T15:30:00-05:00', '2012-02-07 04:30'],
    ['2012-02-06T15:30:00.250+08:00', '2012-02-06 15:30'],
    [' 2012-02-06 15:30 ', '2012-02-06 15:30'],
  ])('%s → %s', (written, expected) => {
    expect(readBeijingTime(written)).toBe(expected);
  });

  it.each(['2012-02-30', '2012-02-06 24:00', '2012-02-06 15:60', '2012/02/06', '2012-2-6', '2012-02-06 15', '2012-02-06T15:30:00+15:00', '二○一二年二月六日', ''])(
    'rejects %j',
    (written) => {
      expect(readBeijingTime(written)).toBeUndefined();
    },
  );

  it.each([
    // What js-yaml (Astro's reader) makes of unquoted timestamps, when a Date does reach the schema.
    [new Date('2012-02-06T07:30:00Z'), '2012-02-06 15:30'],
    [new Date('2012-02-06T20:30:00Z'), '2012-02-07 04:30'],
    [new Date('2012-02-06T00:00:00Z'), '2012-02-06'],
  ])('a YAML Date %o is an instant → %s', (date, expected) => {
    expect(readBeijingTime(date)).toBe(expected);
  });
});

describe('publishing a moment', () => {
  it.each([
    ['2012-02-06 15:30', '2012年2月6日 15:30', '2012-02-06T15:30+08:00', 'Mon, 06 Feb 2012 15:30:00 +0800', '2012-02-06T07:30:00.000Z'],
    ['2012-02-07 04:30', '2012年2月7日 04:30', '2012-02-07T04:30+08:00', 'Tue, 07 Feb 2012 04:30:00 +0800', '2012-02-06T20:30:00.000Z'],
    ['2012-02-06', '2012年2月6日', '2012-02-06', 'Mon, 06 Feb 2012 00:00:00 +0800', '2012-02-05T16:00:00.000Z'],
  ])('%s: page %s, ISO %s, RSS %s', (moment, shown, iso, rfc, instant) => {
    expect(formatBeijingMoment(moment)).toBe(shown);
    expect(beijingIso(moment)).toBe(iso);
    expect(rfc822Beijing(moment)).toBe(rfc);
    expect(new Date(rfc822Beijing(moment)).toISOString()).toBe(instant);
    expect(beijingInstant(moment).toISOString()).toBe(instant);
  });

  it('gives a date alone no time in the feed beyond the start of its day, and says so with dc:date', () => {
    expect(feedDates('2012-02-06')).toBe('<pubDate>Mon, 06 Feb 2012 00:00:00 +0800</pubDate><dc:date>2012-02-06</dc:date>');
    expect(feedDates('2012-02-06 15:30')).toBe('<pubDate>Mon, 06 Feb 2012 15:30:00 +0800</pubDate><dc:date>2012-02-06T15:30+08:00</dc:date>');
  });
});

describe('unquoted YAML timestamps reach the schema as written', () => {
  const yaml = [
    'dateOnly: 2012-02-06',
    'noOffset: 2012-02-06 15:30:00',
    'beijing: 2012-02-06T15:30:00+08:00',
    'utc: 2012-02-06T15:30:00Z',
    'impossible: 2012-02-30',
    'list:',
    '  - at: 2012-02-06',
  ].join('\n');
  const written = {
    dateOnly: '2012-02-06',
    noOffset: '2012-02-06 15:30:00',
    beijing: '2012-02-06T15:30:00+08:00',
    utc: '2012-02-06T15:30:00Z',
    impossible: '2012-02-30',
    list: [{ at: '2012-02-06' }],
  };

  it('in the content check', () => {
    expect(parseFrontmatter(`---\n${yaml}\n---\n正文\n`).data).toEqual(written);
  });

  it('in the build (Dates from the YAML reader replaced by the written text)', () => {
    const asRead = parse(yaml, { schema: 'yaml-1.1' }) as Record<string, unknown>;
    expect(asRead.noOffset).toBeInstanceOf(Date);
    expect(replaceDates(asRead, written)).toEqual(written);
  });
});
