import type { FieldErrors, Resolver } from 'react-hook-form';
import { WorkingHoursInput, type WorkingInterval } from '../../../../shared/contract';
import { minutesOf, timeOf } from '../../../../shared/calendar';

/*
 * The working-hours form: a clinician's week as seven days (Monday first), each a list of
 * `start`-`end` intervals as the time fields hold them. Checked with the contract's own
 * WorkingHoursInput (times, end after start, no overlaps); its issues, which name places in the
 * flat list main receives (`intervals.3.start`), are put back on the day and row they came from.
 */

export interface HourRow {
  start: string;
  end: string;
}
export interface WeekValues {
  days: { intervals: HourRow[] }[];
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function weekOf(intervals: readonly WorkingInterval[]): WeekValues {
  const days = WEEKDAYS.map(() => ({ intervals: [] as HourRow[] }));
  for (const i of [...intervals].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))) {
    days[i.weekday - 1]?.intervals.push({ start: i.start, end: i.end });
  }
  return { days };
}

/** The intervals as the channel wants them, and for each its form path (`days.0.intervals.1`). */
export function intervalsOf(week: WeekValues): { intervals: WorkingInterval[]; places: string[] } {
  const intervals: WorkingInterval[] = [];
  const places: string[] = [];
  week.days.forEach((day, d) =>
    day.intervals.forEach((r, n) => {
      intervals.push({ weekday: d + 1, start: r.start, end: r.end });
      places.push(`days.${d}.intervals.${n}`);
    }),
  );
  return { intervals, places };
}

/** Main's (or the schema's) issue path `intervals.3.start` → `days.0.intervals.1.start`; null if elsewhere. */
export function formPathOf(path: string, places: readonly string[]): string | null {
  const [head, index, field] = path.split('.');
  const place = head === 'intervals' ? places[Number(index)] : undefined;
  return place && field ? `${place}.${field}` : null;
}

/** RHF resolver over WorkingHoursInput for one clinician. */
export function hoursResolver(clinicianId: number): Resolver<WeekValues> {
  return (week) => {
    const { intervals, places } = intervalsOf(week);
    const parsed = WorkingHoursInput.safeParse({ clinicianId, intervals });
    if (parsed.success) return { values: week, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of parsed.error.issues) {
      const path = formPathOf(issue.path.join('.'), places);
      if (path && !getAt(errors, path)) setAt(errors, path, { type: 'validate', message: issue.message });
    }
    return { values: {}, errors: errors as FieldErrors<WeekValues> };
  };
}

function getAt(obj: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
}

function setAt(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o: Record<string, unknown> = obj;
  keys.slice(0, -1).forEach((k, i) => {
    o[k] ??= /^\d+$/.test(keys[i + 1]!) ? [] : {};
    o = o[k] as Record<string, unknown>;
  });
  o[keys.at(-1)!] = value;
}

/** A new interval for a day: an hour after its last one, else a usual clinic day. */
export function nextRow(rows: readonly HourRow[]): HourRow {
  const last = rows.at(-1);
  if (last && /^\d{2}:\d{2}$/.test(last.end)) {
    const start = Math.min(minutesOf(last.end) + 60, 22 * 60);
    return { start: timeOf(start), end: timeOf(Math.min(start + 4 * 60, 23 * 60 + 55)) };
  }
  return { start: '09:00', end: '17:00' };
}
