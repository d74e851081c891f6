/*
 * Calendar arithmetic on YYYY-MM-DD strings, done in UTC day numbers so that time zones and
 * daylight-saving changes can never shift a printed date (a local-midnight Date can).
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
