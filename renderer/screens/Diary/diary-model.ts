import type { ClinicianHours, ClosedDay, DiaryEntry } from '../../../shared/contract';
import { addDays, isoWeekday, minutesOf, weekStart } from '../../../shared/calendar';

/*
 * The diary grid's arithmetic, free of React: which days a view shows, which hours the grid
 * spans, who works when, what is closed, and how overlapping visits share a column.
 */

export type DiaryView = 'day' | 'week';

/** Minutes after midnight, `[start, end)`. */
export type Span = readonly [number, number];

export function daysOf(view: DiaryView, date: string, weekStartsOn: number): string[] {
  if (view === 'day') return [date];
  const first = weekStart(date, weekStartsOn);
  return Array.from({ length: 7 }, (_, i) => addDays(first, i));
}

/** The date `step` days or weeks on from `date`. */
export function shift(view: DiaryView, date: string, step: number): string {
  return addDays(date, view === 'day' ? step : step * 7);
}

/** A clinician's working hours on a date, by start. */
export function workingSpans(hours: readonly ClinicianHours[], clinicianId: number, date: string): Span[] {
  const weekday = isoWeekday(date);
  const week = hours.find((h) => h.clinicianId === clinicianId);
  return (week?.intervals ?? [])
    .filter((i) => i.weekday === weekday)
    .map((i) => [minutesOf(i.start), minutesOf(i.end)] as const)
    .sort((a, b) => a[0] - b[0]);
}

/** Spans merged where they touch or overlap (for "anyone working" shading). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The closed period covering `date` for the whole clinic, or for `clinicianId` when given. */
export function closedOn(closed: readonly ClosedDay[], date: string, clinicianId: number | null): ClosedDay | null {
  const covering = closed.filter((c) => c.from <= date && date <= c.to);
  return (
    covering.find((c) => c.clinicianId === null) ??
    (clinicianId === null ? null : (covering.find((c) => c.clinicianId === clinicianId) ?? null))
  );
}

const DEFAULT_SPAN: Span = [8 * 60, 18 * 60];

/** The hours the grid shows: everyone's working hours and every visit, in whole hours (default 08-18). */
export function visibleSpan(
  hours: readonly ClinicianHours[],
  clinicianIds: readonly number[],
  days: readonly string[],
  entries: readonly DiaryEntry[],
): Span {
  let lo = Infinity;
  let hi = -Infinity;
  for (const day of days)
    for (const id of clinicianIds)
      for (const [s, e] of workingSpans(hours, id, day)) {
        lo = Math.min(lo, s);
        hi = Math.max(hi, e);
      }
  for (const e of entries) {
    const [s, end] = entrySpan(e);
    lo = Math.min(lo, s);
    hi = Math.max(hi, end);
  }
  if (!Number.isFinite(lo)) return DEFAULT_SPAN;
  return [Math.max(0, Math.floor(lo / 60) * 60), Math.min(24 * 60, Math.ceil(hi / 60) * 60)];
}

/** A visit's minutes on its start day (one ending after midnight stops at midnight). */
export function entrySpan(e: Pick<DiaryEntry, 'start' | 'durationMinutes'>): Span {
  const s = minutesOf(e.start);
  return [s, Math.min(24 * 60, s + Math.max(5, e.durationMinutes))];
}

export interface Placed<T> {
  entry: T;
  /** Lane of the block within its cluster of overlapping visits, and how many lanes it has. */
  lane: number;
  lanes: number;
}

/** Side-by-side lanes for overlapping visits in one column (cancelled ones included). */
export function placeInLanes<T extends Pick<DiaryEntry, 'start' | 'durationMinutes' | 'id'>>(
  entries: readonly T[],
): Placed<T>[] {
  const sorted = [...entries].sort(
    (a, b) => minutesOf(a.start) - minutesOf(b.start) || b.durationMinutes - a.durationMinutes || a.id - b.id,
  );
  const out: Placed<T>[] = [];
  let cluster: Placed<T>[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => {
    for (const p of cluster) p.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const entry of sorted) {
    const [s, e] = entrySpan(entry);
    if (s >= clusterEnd) close();
    let lane = laneEnds.findIndex((end) => end <= s);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(e);
    } else laneEnds[lane] = e;
    const placed = { entry, lane, lanes: 1 };
    cluster.push(placed);
    out.push(placed);
    clusterEnd = Math.max(clusterEnd, e);
  }
  close();
  return out;
}

/** Minutes after midnight of `y` pixels down a column, snapped down to `step`. */
export function minuteAt(y: number, span: Span, pxPerMinute: number, step = 5): number {
  const raw = span[0] + y / pxPerMinute;
  const snapped = Math.floor(raw / step) * step;
  return Math.max(span[0], Math.min(span[1] - step, snapped));
}
