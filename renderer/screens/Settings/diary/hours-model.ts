import type { WorkingInterval } from '../../../../shared/contract';
import { minutesOf, timeOf } from '../../../../shared/diary/dates';

/*
 * The working-hours editor's rows: per weekday, a list of `start`-`end` intervals with a stable key
 * for React. Kept as text (what the time fields hold) until saved.
 */

export interface HourRow {
  key: number;
  start: string;
  end: string;
}

/** ISO weekday -> rows, Monday (1) to Sunday (7). */
export type WeekRows = Record<number, HourRow[]>;

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

let nextKey = 1;
const row = (start: string, end: string): HourRow => ({ key: nextKey++, start, end });

export function rowsOf(intervals: readonly WorkingInterval[]): WeekRows {
  const week: WeekRows = {};
  for (const d of WEEKDAYS) week[d] = [];
  for (const i of [...intervals].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))) {
    week[i.weekday]?.push(row(i.start, i.end));
  }
  return week;
}

/** The rows as the channel wants them, with each interval's place for mapping issues back. */
export function intervalsOf(week: WeekRows): { intervals: WorkingInterval[]; keys: number[] } {
  const intervals: WorkingInterval[] = [];
  const keys: number[] = [];
  for (const d of WEEKDAYS)
    for (const r of week[d] ?? []) {
      intervals.push({ weekday: d, start: r.start, end: r.end });
      keys.push(r.key);
    }
  return { intervals, keys };
}

/** A new interval for a day: after its last one, else a usual clinic day. */
export function addRow(week: WeekRows, weekday: number): WeekRows {
  const rows = week[weekday] ?? [];
  const last = rows.at(-1);
  let next: HourRow;
  if (last && /^\d{2}:\d{2}$/.test(last.end)) {
    const start = Math.min(minutesOf(last.end) + 60, 22 * 60);
    next = row(timeOf(start), timeOf(Math.min(start + 4 * 60, 23 * 60 + 55)));
  } else next = row('09:00', '17:00');
  return { ...week, [weekday]: [...rows, next] };
}

export function removeRow(week: WeekRows, weekday: number, key: number): WeekRows {
  return { ...week, [weekday]: (week[weekday] ?? []).filter((r) => r.key !== key) };
}

export function editRow(week: WeekRows, weekday: number, key: number, patch: Partial<HourRow>): WeekRows {
  return { ...week, [weekday]: (week[weekday] ?? []).map((r) => (r.key === key ? { ...r, ...patch } : r)) };
}

/** Monday's hours onto Tuesday to Friday (the weekend is left as it is). */
export function copyMondayToWeekdays(week: WeekRows): WeekRows {
  const monday = week[1] ?? [];
  const out: WeekRows = { ...week };
  for (const d of [2, 3, 4, 5]) out[d] = monday.map((r) => row(r.start, r.end));
  return out;
}

/** Same intervals, ignoring keys and order within a day. */
export function sameWeek(a: WeekRows, b: WeekRows): boolean {
  const text = (w: WeekRows) =>
    WEEKDAYS.map((d) =>
      (w[d] ?? [])
        .map((r) => `${r.start}-${r.end}`)
        .sort()
        .join(','),
    ).join('|');
  return text(a) === text(b);
}
