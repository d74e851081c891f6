/*
 * Dates and numbers as the booklet's language writes them. Calendar dates are formatted in UTC
 * so the output never depends on the machine's time zone (deterministic reprints), and formatters
 * are built once per process: constructing Intl formatters costs more than using them.
 */
import type { Language } from '../../../shared/contract/settings';
import type { Range } from '../../../shared/plan';

const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU' };

type DateStyle = 'long' | 'dayMonth' | 'month' | 'monthYear';
const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, style: DateStyle): Intl.DateTimeFormat {
  const key = `${language}:${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[language], { ...OPTIONS[style], timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A calendar date (YYYY-MM-DD, or the date part of a longer ISO string) in the booklet's
 * language, held together by no-break spaces: "15 сентября 2025 г." never wraps before "г.".
 */
export function formatDate(iso: string, language: Language, style: DateStyle = 'long'): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return formatter(language, style)
    .format(Date.UTC(y, m - 1, d))
    .replace(/ /g, '\u00a0');
}

/** A visit as written: its date, and its wall-clock time when one was given. */
export function formatVisit(iso: string, language: Language): string {
  const time = /T(\d{2}):(\d{2})/.exec(iso);
  const date = formatDate(iso, language);
  return time ? `${date}, ${time[1]}:${time[2]}` : date;
}

/** "10" or "10–12": every dose text reads well with either (shared/content/types.ts). */
export function formatRange(r: Range): string {
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}

export function fullName(child: { firstName: string; lastName: string }): string {
  return `${child.firstName} ${child.lastName}`;
}
