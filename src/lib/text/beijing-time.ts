import { formatDate, isRealDate } from './chinese-date.ts';

/**
 * Publication moments in Beijing time (UTC+8, no daylight saving). A moment is kept as
 * 'YYYY-MM-DD HH:mm' when its time is known and as 'YYYY-MM-DD' when only the date is:
 * a date is never given an invented 00:00.
 */

const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Date and time (if known) of a normalised moment. */
export interface BeijingMoment {
  /** YYYY-MM-DD in Beijing. */
  date: string;
  /** HH:mm in Beijing, absent when only the date is known. */
  time?: string;
}

/** The Beijing wall-clock moment of an instant. */
function instantInBeijing(instant: Date): string {
  const b = new Date(instant.getTime() + BEIJING_OFFSET_MS);
  return `${b.getUTCFullYear()}-${pad(b.getUTCMonth() + 1)}-${pad(b.getUTCDate())} ${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}`;
}

const WRITTEN = /^(\d{4}-\d{2}-\d{2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|z|[+-]\d{1,2}(?::?\d{2})?)?)?$/u;

/**
 * Reads a moment as an editor writes it, or as YAML hands it over, into Beijing time.
 * - '2012-02-06': a date only; stays a date.
 * - '2012-02-06 15:30' (or with T, or seconds), no offset: Beijing time as written.
 * - with an offset ('…+08:00', '…Z', '…-05:00'): that instant, converted to Beijing time.
 * - a Date (YAML's reading of an unquoted timestamp): an instant, converted; a Date at
 *   exactly UTC midnight is how YAML reads an unquoted date, so it stays a date.
 * Returns undefined for anything else (impossible dates, hours above 23, other forms).
 * @example readBeijingTime('2012-02-06T07:30:00Z') // '2012-02-06 15:30'
 * @example readBeijingTime('2012-02-06') // '2012-02-06'
 */
export function readBeijingTime(value: string | Date): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const moment = instantInBeijing(value);
    return value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0
      ? value.toISOString().slice(0, 10)
      : moment;
  }
  const m = WRITTEN.exec(value.trim());
  if (!m || !isRealDate(m[1]!)) return undefined;
  const [, date, hours, minutes, seconds, offset] = m;
  if (hours === undefined) return date;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) return undefined;
  if (offset === undefined) return `${date} ${pad(Number(hours))}:${minutes}`;
  const zone = /^([+-])(\d{1,2}):?(\d{2})?$/u.exec(offset);
  const offsetMinutes = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3] ?? 0)) : 0;
  if (Math.abs(offsetMinutes) > 14 * 60) return undefined;
  const utc = Date.UTC(Number(date!.slice(0, 4)), Number(date!.slice(5, 7)) - 1, Number(date!.slice(8, 10)), Number(hours), Number(minutes), Number(seconds ?? 0));
  return instantInBeijing(new Date(utc - offsetMinutes * 60_000));
}

/** Splits a normalised moment into its date and, if known, its time. */
export function beijingMoment(moment: string): BeijingMoment {
  const [date, time] = moment.trim().split(/[ T]/u);
  return time ? { date: date!, time: time.slice(0, 5) } : { date: date! };
}

/**
 * The moment in ISO 8601 for machines (a <time datetime>, JSON-LD): with the +08:00 offset
 * when the time is known, the bare date otherwise.
 * @example beijingIso('2012-02-06 15:30') // '2012-02-06T15:30+08:00'
 * @example beijingIso('2012-02-06') // '2012-02-06'
 */
export function beijingIso(moment: string): string {
  const { date, time } = beijingMoment(moment);
  return time ? `${date}T${time}+08:00` : date;
}

/**
 * The instant a moment names; a date alone stands for the start of that day in Beijing
 * (for sorting, and for RSS, which can only carry a full date-time).
 */
export function beijingInstant(moment: string): Date {
  const { date, time = '00:00' } = beijingMoment(moment);
  return new Date(`${date}T${time}:00+08:00`);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The moment as an RFC 822 date-time in Beijing's own zone (+0800), as RSS 2.0 pubDate
 * requires: the day a reader of the feed sees is the day as published, not the day in GMT.
 * @example rfc822Beijing('2012-02-06 15:30') // 'Mon, 06 Feb 2012 15:30:00 +0800'
 */
export function rfc822Beijing(moment: string): string {
  const { date, time = '00:00' } = beijingMoment(moment);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${pad(d)} ${MONTHS[mo - 1]} ${y} ${time}:00 +0800`;
}

/**
 * The moment as the site shows it: the date, and the time only when it is known.
 * @example formatBeijingMoment('2012-02-06 15:30') // '2012年2月6日 15:30'
 * @example formatBeijingMoment('2012-02-06') // '2012年2月6日'
 */
export function formatBeijingMoment(moment: string): string {
  const { date, time } = beijingMoment(moment);
  return time ? `${formatDate(date)} ${time}` : formatDate(date);
}
