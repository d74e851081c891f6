/*
 * Writing dates for people: one cache of Intl formatters for the screens, the booklet, the card and
 * the day list. A calendar date (YYYY-MM-DD) names a day on the wall calendar, so it is formatted
 * in UTC and no machine time zone can shift it; an instant (a stored moment) is formatted in the
 * machine's zone. Building an Intl formatter costs far more than using one, hence the cache.
 */
import { isCalendarDate } from './days';

const cache = new Map<string, Intl.DateTimeFormat>();

/** A formatter for calendar dates (UTC) or, with `zone: 'local'`, for instants in this machine's zone. */
export function dateFormatter(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  zone: 'calendar' | 'local' = 'calendar',
): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, zone === 'calendar' ? { ...options, timeZone: 'UTC' } : options);
    cache.set(key, f);
  }
  return f;
}

/** The UTC instant of a calendar date (and optional wall-clock `HH:MM`), for the formatters above. */
export function calendarInstant(date: string, time = '00:00'): number {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const at = new Date(0);
  at.setUTCFullYear(y, m - 1, d);
  at.setUTCHours(h, min, 0, 0);
  return at.getTime();
}

/** "12 Mar 2021" / "12 мар. 2021 г." for a YYYY-MM-DD date; anything else comes back as it was. */
export function formatCalendarDate(
  locale: string,
  date: string,
  style: 'medium' | 'long' | 'short' = 'medium',
): string {
  if (!isCalendarDate(date.slice(0, 10))) return date;
  return dateFormatter(locale, { dateStyle: style }).format(calendarInstant(date));
}

/** A stored moment (ISO timestamp) as local date and time: "12 Mar 2021, 14:05". */
export function formatInstant(locale: string, iso: string, withTime = true): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = withTime
    ? { dateStyle: 'medium', timeStyle: 'short' }
    : { dateStyle: 'medium' };
  return dateFormatter(locale, options, 'local').format(at);
}

/** The clinic's numeric date patterns (Settings → date format), as typed and printed in forms. */
export type NumericDateFormat = 'DD.MM.YYYY' | 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'YYYY-MM-DD';

/** A calendar date in the clinic's numeric pattern: 2026-03-09 → "09.03.2026". */
export function formatNumericDate(date: string, pattern: NumericDateFormat): string {
  if (!isCalendarDate(date)) return date;
  const [y, m, d] = date.split('-') as [string, string, string];
  return pattern.replace('YYYY', y).replace('MM', m).replace('DD', d);
}
