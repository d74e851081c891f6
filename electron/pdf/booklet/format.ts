/*
 * Dates and numbers as the booklet's language writes them. Calendar dates are formatted in UTC
 * so the output never depends on the machine's time zone (deterministic reprints), and formatters
 * are built once per process: constructing Intl formatters costs more than using them.
 */
import { calendarInstant, dateFormatter } from '../../../shared/calendar/format';
import type { Language } from '../../../shared/contract/settings';
import { fullName as personFullName, type PersonName } from '../../../shared/person-name';
import type { Range } from '../../../shared/plan';

const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU' };

type DateStyle = 'long' | 'dayMonth' | 'month' | 'monthYear';
const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
};

function formatter(language: Language, style: DateStyle): Intl.DateTimeFormat {
  return dateFormatter(LOCALES[language], OPTIONS[style]);
}

/**
 * A calendar date (YYYY-MM-DD, or the date part of a longer ISO string) in the booklet's
 * language, held together by no-break spaces: "15 сентября 2025 г." never wraps before "г.".
 */
export function formatDate(iso: string, language: Language, style: DateStyle = 'long'): string {
  return formatter(language, style)
    .format(calendarInstant(iso.slice(0, 10)))
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

/** The child's name as the booklet's language writes it (shared/person-name.ts). */
export function fullName(child: PersonName, language: Language): string {
  return personFullName(child, language);
}
