import type { Kysely } from 'kysely';
import { addDays, daysBetween } from '../../../shared/calendar';
import { localDate } from '../../../shared/calendar/local-time';
import type { Database } from '../../db/schema';

/**
 * A follow-up due within this many days after an attended visit counts as done by that visit:
 * the clinician has just seen the child. Earlier, overdue ones are settled too.
 */
export const RECALL_COVER_DAYS = 14;

/** Settles the child's open follow-ups that an attended visit covers (and the one it was booked for). */
export async function resolveOnAttended(
  trx: Kysely<Database>,
  visit: { id: number; patientId: number; startsAt: number; recallId: number | null },
  now: Date,
): Promise<void> {
  const coveredUntil = addDays(localDate(visit.startsAt), RECALL_COVER_DAYS);
  await trx
    .updateTable('recalls')
    .set({ resolved_at: now.toISOString(), resolution: 'attended', resolved_by: visit.id })
    .where('patient_id', '=', visit.patientId)
    .where('resolved_at', 'is', null)
    .where((eb) => eb.or([eb('due_on', '<=', coveredUntil), eb('id', '=', visit.recallId ?? 0)]))
    .execute();
}

/** Undoes `resolveOnAttended` when a visit marked attended turns out not to have happened. */
export async function reopenResolvedBy(trx: Kysely<Database>, patientId: number, visitId: number): Promise<void> {
  await trx
    .updateTable('recalls')
    .set({ resolved_at: null, resolution: null, resolved_by: null })
    .where('patient_id', '=', patientId)
    .where('resolved_by', '=', visitId)
    .execute();
}

/**
 * Copies onto each of the child's open due items the start of the booked visit that answers it
 * (appointments.recall_id), or null. Every change to a child's bookings calls it in the same
 * transaction; the recall list reads it instead of looking for a booking per item: an item with
 * no booked visit is due, one whose booked visit has passed waits for the visit to be closed out.
 */
export async function syncBookedUntil(trx: Kysely<Database>, patientId: number): Promise<void> {
  await trx
    .updateTable('recalls')
    .set((eb) => ({
      booked_until: eb
        .selectFrom('appointments')
        .select((e) => e.fn.max('starts_at').as('latest'))
        .whereRef('appointments.recall_id', '=', 'recalls.id')
        .where('status', '=', 'booked'),
    }))
    .where('patient_id', '=', patientId)
    .where('resolved_at', 'is', null)
    .execute();
}

/** A visit booked this close to an open check-up's due date answers it. */
export const LINK_WITHIN_DAYS = 14;

/**
 * A visit booked by hand (from the diary) for a child with an open plan check-up near that date
 * answers the check-up: the booking is stored linked to it, so the check-up leaves the recall list
 * and the booklet and card print the booked date. The nearest unbooked check-up within
 * LINK_WITHIN_DAYS is chosen (the lower id between two as near); undefined when there is none.
 */
export async function nearestCheckup(trx: Kysely<Database>, visit: { patientId: number; startsAt: number }) {
  const date = localDate(visit.startsAt);
  const candidates = await trx
    .selectFrom('recalls')
    .select(['id', 'due_on', 'reason', 'plan_ref'])
    .where('patient_id', '=', visit.patientId)
    .where('source', '=', 'plan')
    .where('resolved_at', 'is', null)
    .where('booked_until', 'is', null)
    .where('due_on', '>=', addDays(date, -LINK_WITHIN_DAYS))
    .where('due_on', '<=', addDays(date, LINK_WITHIN_DAYS))
    .execute();
  return candidates.sort(
    (a, b) => Math.abs(daysBetween(a.due_on, date)) - Math.abs(daysBetween(b.due_on, date)) || a.id - b.id,
  )[0];
}

/** A family that declines: their follow-ups due now (up to the cover window ahead) leave the list. */
export async function resolveDeclined(
  trx: Kysely<Database>,
  patientId: number,
  today: string,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('recalls')
    .set({ resolved_at: now.toISOString(), resolution: 'declined', resolved_by: null })
    .where('patient_id', '=', patientId)
    .where('resolved_at', 'is', null)
    .where('due_on', '<=', addDays(today, RECALL_COVER_DAYS))
    .execute();
}
