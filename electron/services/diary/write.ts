import type { Kysely } from 'kysely';
import type { Appointment, FollowUpReason } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import { assertFree } from './checks';
import { clinicianTurn } from './slot-taken';
import { MINUTE_MS, STORED_COLUMNS, toAppointment } from './rows';
import { notFound } from '../errors';
import { nearestCheckup, syncBookedUntil } from '../recall/resolve';

export interface NewBooking {
  patientId: number;
  clinicianId: number;
  typeId: number;
  startsAt: number;
  /** Defaults to the type's duration. */
  durationMinutes?: number | undefined;
  note?: string;
  recallId: number | null;
  planReason?: FollowUpReason | null;
  planRef?: string | null;
}

/**
 * Inserts a booking inside the caller's transaction and refuses it (by throwing, which rolls the
 * transaction back) if it overlaps the clinician's other bookings. Returns the stored visit.
 *
 * Round trips matter on a practice server (each is a network hop while the clinician's turn is
 * held), so: the look-ups and the turn are one statement, the check-up a hand-made booking answers
 * is found before the insert (no update after it), the recall's booked date is re-synced only when
 * the visit answers one, and the stored row comes back from the insert itself.
 */
export async function insertBooking(trx: Kysely<Database>, b: NewBooking, now: Date): Promise<Appointment> {
  const turn = clinicianTurn(trx, b.clinicianId);
  const found = await trx
    .selectNoFrom((eb) => [
      eb.selectFrom('patients').select('first_name').where('id', '=', b.patientId).as('first_name'),
      eb.selectFrom('patients').select('last_name').where('id', '=', b.patientId).as('last_name'),
      eb.selectFrom('clinicians').select('id').where('id', '=', b.clinicianId).as('clinician'),
      eb.selectFrom('appointment_types').select('duration_minutes').where('id', '=', b.typeId).as('duration'),
      ...(turn ? [turn.as('turn')] : []),
    ])
    .executeTakeFirstOrThrow();
  if (found.first_name === null || found.last_name === null) throw notFound('This child');
  if (found.clinician === null) throw notFound('The chosen clinician');
  if (found.duration === null) throw notFound('This appointment type');
  const answers =
    b.recallId !== null
      ? await trx
          .selectFrom('recalls')
          .select(['id', 'reason', 'plan_ref'])
          .where('id', '=', b.recallId)
          .where('patient_id', '=', b.patientId)
          .executeTakeFirst()
      : await nearestCheckup(trx, { patientId: b.patientId, startsAt: b.startsAt });
  if (b.recallId !== null && !answers) throw notFound("This child's follow-up");
  const endsAt = b.startsAt + (b.durationMinutes ?? found.duration) * MINUTE_MS;
  const stamp = now.toISOString();
  const row = await trx
    .insertInto('appointments')
    .values({
      clinician_id: b.clinicianId,
      patient_id: b.patientId,
      type_id: b.typeId,
      starts_at: b.startsAt,
      ends_at: endsAt,
      status: 'booked',
      recall_id: answers?.id ?? null,
      plan_reason: b.planReason ?? answers?.reason ?? null,
      plan_ref: b.planRef ?? answers?.plan_ref ?? null,
      note: b.note ?? '',
      cancel_reason: '',
      created_at: stamp,
      updated_at: stamp,
    })
    .returning(STORED_COLUMNS)
    .executeTakeFirstOrThrow();
  await assertFree(trx, { clinicianId: b.clinicianId, patientId: b.patientId, startsAt: b.startsAt, endsAt }, row.id);
  if (row.recall_id !== null) await syncBookedUntil(trx, b.patientId);
  return toAppointment({ ...row, first_name: found.first_name, last_name: found.last_name });
}
