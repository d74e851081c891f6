/*
 * Dates on the card and the day list as each language writes them. A date here is a wall-calendar
 * date (YYYY-MM-DD) already in the clinic's local time, so it is formatted in UTC: the output
 * never depends on the machine's zone. Formatters are built once per process.
 */
import { calendarInstant, dateFormatter } from '../../../shared/calendar/format';
import type { Language } from '../../../shared/contract/settings';
import { CARD_TEXTS, fill } from './texts';

type Style = 'weekdayDate' | 'long' | 'longWeekday';
const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  weekdayDate: { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  longWeekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
};
function formatter(language: Language, style: Style): Intl.DateTimeFormat {
  return dateFormatter(CARD_TEXTS[language].locale, OPTIONS[style]);
}

function utc(date: string): number {
  return calendarInstant(date.slice(0, 10));
}

/** The parts by name, joined by the language's own pattern (Intl adds "г." in Russian; cards do not). */
function patterned(date: string, language: Language, style: Style): string {
  const parts: Record<string, string> = {};
  for (const p of formatter(language, style).formatToParts(utc(date)))
    if (p.type !== 'literal') parts[p.type] = p.value;
  return fill(CARD_TEXTS[language].datePattern, parts);
}

/** "Tue 3 June 2025" / «вт, 3 июня 2025». */
export function weekdayDate(date: string, language: Language): string {
  return patterned(date, language, 'weekdayDate');
}

/** "Tuesday 3 June 2025" / «вторник, 3 июня 2025». */
export function longWeekdayDate(date: string, language: Language): string {
  return patterned(date, language, 'longWeekday');
}

/** "3 June 2025" / «3 июня 2025». */
export function longDate(date: string, language: Language): string {
  const parts: Record<string, string> = {};
  for (const p of formatter(language, 'long').formatToParts(utc(date)))
    if (p.type !== 'literal') parts[p.type] = p.value;
  return `${parts.day} ${parts.month} ${parts.year}`;
}

/** "Tue 3 June 2025, 09:30" / «вт, 3 июня 2025, 09:30». */
export function visitWhen(date: string, time: string, language: Language): string {
  return `${weekdayDate(date, language)}, ${time}`;
}
