import type { Kysely } from 'kysely';
import { addDays } from '../../shared/diary/dates';
import { localDate } from '../../shared/diary/local-time';
import type { Database } from '../db/schema';

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
 * Copies the start of the child's latest booked visit onto their open due items. Every change to
 * a child's bookings calls it in the same transaction; the recall list reads it instead of looking
 * for a booking per child.
 */
export async function syncBookedUntil(trx: Kysely<Database>, patientId: number): Promise<void> {
  await trx
    .updateTable('recalls')
    .set((eb) => ({
      booked_until: eb
        .selectFrom('appointments')
        .select((e) => e.fn.max('starts_at').as('latest'))
        .where('patient_id', '=', patientId)
        .where('status', '=', 'booked'),
    }))
    .where('patient_id', '=', patientId)
    .where('resolved_at', 'is', null)
    .execute();
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
