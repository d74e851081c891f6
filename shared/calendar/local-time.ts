/*
 * Wall clock <-> instant in the machine's time zone. Appointments are stored as instants (epoch ms)
 * so that durations and overlaps are plain arithmetic; what people see and type is the local wall
 * clock, and the conversion goes through JS Date's local-time fields, which follow the zone's
 * daylight-saving rules. A 09:00 slot on a clock-change day is therefore at 09:00 local time.
 */
import { addDays } from './days';

/**
 * The instant (epoch ms) of `minutes` after local midnight on `date`. A wall-clock time the clock
 * skips (inside a spring-forward gap) comes out shifted on by the gap; a repeated one (fall-back)
 * is its first occurrence. Right for working-hour bounds; user input goes through `localInstant`.
 */
export function wallInstant(date: string, minutes: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 0, minutes).getTime();
}

/** Like `wallInstant`, but null for a wall-clock time that does not exist on that day. */
export function localInstant(date: string, minutes: number): number | null {
  const at = wallInstant(date, minutes);
  // Compare the wall clock we got with the one asked for, both read as fields.
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wanted = new Date(Date.UTC(y, m - 1, d, 0, minutes));
  const got = new Date(at);
  const same =
    got.getFullYear() === wanted.getUTCFullYear() &&
    got.getMonth() === wanted.getUTCMonth() &&
    got.getDate() === wanted.getUTCDate() &&
    got.getHours() === wanted.getUTCHours() &&
    got.getMinutes() === wanted.getUTCMinutes();
  return same ? at : null;
}

/** The first instant of a local day: local midnight, or the first existing minute after it. */
export function dayStart(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Where clocks jump at midnight, Date moves 00:00 on to the first minute that exists.
  return new Date(y, m - 1, d).getTime();
}

/** The local day `[start, end)` as instants; 23 or 25 hours long on a clock-change day. */
export function dayBounds(date: string): [number, number] {
  return [dayStart(date), dayStart(addDays(date, 1))];
}

/** The local calendar date (YYYY-MM-DD) of an instant. */
export function localDate(ms: number): string {
  const at = new Date(ms);
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/** The local wall-clock time (HH:MM) of an instant. */
export function localTime(ms: number): string {
  const at = new Date(ms);
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Local date, wall-clock time and ISO instant of `ms` in one go (one Date: lists map thousands). */
export function instantParts(ms: number): { iso: string; date: string; time: string } {
  const at = new Date(ms);
  return {
    iso: at.toISOString(),
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}
