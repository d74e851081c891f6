import type { Kysely } from 'kysely';
import type { BookingWarning, LocalStart } from '../../../shared/contract';
import { minutesOf } from '../../../shared/calendar';
import { dayBounds, localDate, localInstant, localTime } from '../../../shared/calendar/local-time';
import type { Database } from '../../db/schema';
import { BLOCKING_STATUSES, MAX_DURATION_MS } from './rows';
import { loadCalendar } from './calendar';
import { AppError } from '../errors';

/** What a booking occupies: one clinician, one child, `[startsAt, endsAt)` in epoch ms. */
export interface Occupancy {
  clinicianId: number;
  patientId: number;
  startsAt: number;
  endsAt: number;
}

/** The instant of a local start; a wall-clock time the clock skips is refused, not moved. */
export function startInstant(start: LocalStart): number {
  const ms = localInstant(start.date, minutesOf(start.time));
  if (ms === null) {
    throw new AppError(
      'VALIDATION',
      `${start.time} does not exist on ${start.date}: the clocks go forward then. Choose another time.`,
    );
  }
  return ms;
}

/**
 * Refuses a booking that overlaps another blocking booking of the same clinician. Callers run it
 * inside the transaction that wrote the row, after the write: the write lock is then already held,
 * so no other writer can slip a booking in between the check and the commit.
 */
export async function assertFree(db: Kysely<Database>, o: Occupancy, selfId: number): Promise<void> {
  const clash = await db
    .selectFrom('appointments as a')
    .innerJoin('patients as p', 'p.id', 'a.patient_id')
    .innerJoin('clinicians as c', 'c.id', 'a.clinician_id')
    .select(['a.starts_at', 'a.ends_at', 'p.first_name', 'p.last_name', 'c.name'])
    .where('a.clinician_id', '=', o.clinicianId)
    // Bounded on both sides so the (clinician_id, starts_at) index serves it.
    .where('a.starts_at', '>', o.startsAt - MAX_DURATION_MS)
    .where('a.starts_at', '<', o.endsAt)
    .where('a.ends_at', '>', o.startsAt)
    .where('a.status', 'in', BLOCKING_STATUSES)
    .where('a.id', '!=', selfId)
    .orderBy('a.starts_at')
    .executeTakeFirst();
  if (clash) throw new AppError('CONFLICT', clashMessage(clash));
}

/** "Dr. A already has Leo Horvat booked from 09:00 to 09:30 on 2025-06-02. Choose …" */
export function clashMessage(clash: {
  name: string;
  first_name: string;
  last_name: string;
  starts_at: number;
  ends_at: number;
}): string {
  return (
    `${clash.name} already has ${clash.first_name} ${clash.last_name} booked from ${localTime(clash.starts_at)} ` +
    `to ${localTime(clash.ends_at)} on ${localDate(clash.starts_at)}. Choose another time or clinician.`
  );
}

/** Things worth a second look that never block a booking. */
export async function bookingWarnings(db: Kysely<Database>, o: Occupancy, selfId: number): Promise<BookingWarning[]> {
  const date = localDate(o.startsAt);
  const [dayFrom, dayTo] = dayBounds(date);
  const [sameDay, calendar] = await Promise.all([
    db
      .selectFrom('appointments')
      .select(['id', 'starts_at'])
      .where('patient_id', '=', o.patientId)
      .where('starts_at', '>=', dayFrom)
      .where('starts_at', '<', dayTo)
      .where('status', 'in', BLOCKING_STATUSES)
      .where('id', '!=', selfId)
      .orderBy('starts_at')
      .execute(),
    loadCalendar(db, o.clinicianId, date, date),
  ]);
  const warnings: BookingWarning[] = sameDay.map((a) => ({
    code: 'sameChildSameDay',
    appointmentId: a.id,
    start: localTime(a.starts_at),
  }));
  if (calendar.isClosed(date)) {
    warnings.push({ code: 'closedDay', appointmentId: null, start: null });
  } else if (calendar.hasHours && !calendar.open(date).some(([s, e]) => s <= o.startsAt && o.endsAt <= e)) {
    warnings.push({ code: 'outsideWorkingHours', appointmentId: null, start: null });
  }
  return warnings;
}
