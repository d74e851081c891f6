import type { Kysely } from 'kysely';
import type { Slot } from '../../../shared/contract';
import { addDays } from '../../../shared/calendar';
import { dayStart, localDate, localTime } from '../../../shared/calendar/local-time';
import type { Database } from '../../db/schema';
import { BLOCKING_STATUSES, MAX_DURATION_MS, MINUTE_MS } from './rows';
import type { ClinicianCalendar } from './calendar';

/*
 * The free-slot walk. Candidate starts lie on a 5-minute grid counted from the start of each
 * working interval (so 09:00, 09:05 ...), in instants: on a daylight-saving day the interval's
 * bounds already carry the shift, and stepping through real time can neither skip nor repeat
 * a slot. After a booking the walk resumes at its end (rounded up to the grid); after a found
 * slot, at the slot's end, so a list of slots is back-to-back, not five-minute apart.
 */

export const SLOT_STEP_MINUTES = 5;
const STEP_MS = SLOT_STEP_MINUTES * MINUTE_MS;
/** Bookings are read a few days at a time: most searches end within the first week. */
const FIRST_CHUNK_DAYS = 7;
const CHUNK_DAYS = 28;

/** `[start, end)` in epoch ms. */
export type Busy = readonly [number, number];

export interface SearchQuery {
  clinicianId: number;
  /** First and last local dates searched, inclusive. */
  from: string;
  last: string;
  /** No slot starts before this instant (the requested time, and never in the past). */
  earliest: number;
  durationMs: number;
  count: number;
}

export async function searchSlots(
  db: Kysely<Database>,
  calendar: ClinicianCalendar,
  q: SearchQuery,
  extraBusy: readonly Busy[] = [],
): Promise<Slot[]> {
  const found: Slot[] = [];
  if (!calendar.hasHours) return found;
  let chunkFrom = q.from > localDate(q.earliest) ? q.from : localDate(q.earliest);
  let span = FIRST_CHUNK_DAYS;
  while (chunkFrom <= q.last && found.length < q.count) {
    const chunkTo = addDays(chunkFrom, span - 1) < q.last ? addDays(chunkFrom, span - 1) : q.last;
    const busy = await busyBetween(db, q.clinicianId, dayStart(chunkFrom), dayStart(addDays(chunkTo, 1)), extraBusy);
    for (let date = chunkFrom; date <= chunkTo && found.length < q.count; date = addDays(date, 1)) {
      for (const [start, end] of calendar.open(date)) {
        walkInterval(start, end, q, busy, found);
        if (found.length >= q.count) break;
      }
    }
    chunkFrom = addDays(chunkTo, 1);
    span = CHUNK_DAYS;
  }
  return found;
}

/** The clinician's blocking bookings reaching into `[from, to)`, plus `extra`, by start. */
async function busyBetween(
  db: Kysely<Database>,
  clinicianId: number,
  from: number,
  to: number,
  extra: readonly Busy[],
): Promise<Busy[]> {
  const rows = await db
    .selectFrom('appointments')
    .select(['starts_at', 'ends_at'])
    .where('clinician_id', '=', clinicianId)
    .where('starts_at', '>', from - MAX_DURATION_MS)
    .where('starts_at', '<', to)
    .where('status', 'in', BLOCKING_STATUSES)
    .orderBy('starts_at')
    .execute();
  const busy: Busy[] = rows.filter((r) => r.ends_at > from).map((r) => [r.starts_at, r.ends_at] as const);
  const more = extra.filter(([s, e]) => s < to && e > from);
  return more.length ? [...busy, ...more].sort((a, b) => a[0] - b[0]) : busy;
}

/** Appends the free starts of one working interval `[start, end)` to `found`, up to `q.count`. */
export function walkInterval(start: number, end: number, q: SearchQuery, busy: readonly Busy[], found: Slot[]): void {
  const onGrid = (t: number) => (t <= start ? start : start + Math.ceil((t - start) / STEP_MS) * STEP_MS);
  let t = onGrid(q.earliest);
  let i = 0;
  while (t + q.durationMs <= end && found.length < q.count) {
    while (i < busy.length && busy[i]![1] <= t) i++;
    let clash: Busy | undefined;
    for (let j = i; j < busy.length && busy[j]![0] < t + q.durationMs; j++) {
      if (busy[j]![1] > t) {
        clash = busy[j];
        break;
      }
    }
    if (clash) {
      t = onGrid(clash[1]);
      continue;
    }
    found.push(toSlot(t, t + q.durationMs));
    t = onGrid(t + q.durationMs);
  }
}

export function toSlot(start: number, end: number): Slot {
  return {
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(end).toISOString(),
    date: localDate(start),
    start: localTime(start),
    end: localTime(end),
  };
}
