/*
 * Calendar arithmetic on YYYY-MM-DD strings, done in UTC day numbers so that time zones and
 * daylight-saving changes can never shift a printed date (a local-midnight Date can). The one
 * copy for the plan engine, the diary, main's services, the PDFs and the screens.
 */
const DAY_MS = 86_400_000;

function parts(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

// Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
function utcDay(year: number, monthIndex: number, day: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(year, monthIndex, day);
  return Math.round(dt.getTime() / DAY_MS);
}

function toDayNumber(date: string): number {
  const [y, m, d] = parts(date);
  return utcDay(y, m - 1, d);
}

function fromDayNumber(day: number): string {
  const dt = new Date(day * DAY_MS);
  const y = String(dt.getUTCFullYear()).padStart(4, '0');
  const m = String(dt.getUTCMonth() + 1).padStart(2, '0');
  const d = String(dt.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days from `from` to `to`: 0 for the same date, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The same day `months` later; a day the month lacks becomes its last day (Jan 31 + 1 = Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = utcDay(year, month + 1, 1) - utcDay(year, month, 1);
  return fromDayNumber(utcDay(year, month, Math.min(d, lastDay)));
}

/** ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  // Day 0 (1970-01-01) was a Thursday.
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The first day of the week holding `date`, for a week starting on `weekStartsOn` (1 = Monday ... 7 = Sunday). */
export function weekStart(date: string, weekStartsOn = 1): string {
  return addDays(date, -((isoWeekday(date) - weekStartsOn + 7) % 7));
}

/** Today's calendar date on this machine as YYYY-MM-DD (local time, not UTC). */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** True when `s` is a real calendar date written YYYY-MM-DD (rejects 2024-02-30). */
export function isCalendarDate(s: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return fromDayNumber(utcDay(y, m - 1, d)) === s;
}

/**
 * Whole months from `from` to `to` (both YYYY-MM-DD); a month counts once its day is reached.
 * NaN when either is not a date (a schema's later checks run on text an earlier one refused).
 */
export function monthsBetween(from: string, to: string): number {
  if (!isCalendarDate(from) || !isCalendarDate(to)) return Number.NaN;
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months -= 1;
  return months;
}

/** Age as whole years and remaining months on `today`. */
export function ageOn(dateOfBirth: string, today: string): { years: number; months: number } {
  const total = Math.max(0, monthsBetween(dateOfBirth, today));
  return { years: Math.floor(total / 12), months: total % 12 };
}
