import type { Kysely } from 'kysely';
import type { FollowUpReason } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import { assertFree } from './checks';
import { claimClinicians } from './slot-taken';
import { MINUTE_MS } from './rows';
import { notFound } from '../errors';
import { linkToCheckup, syncBookedUntil } from '../recall/resolve';

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
 * transaction back) if it overlaps the clinician's other bookings. Returns the new id.
 */
export async function insertBooking(trx: Kysely<Database>, b: NewBooking, now: Date): Promise<number> {
  // The three look-ups in one statement: one round trip to a practice server instead of three.
  const [found, recall] = await Promise.all([
    trx
      .selectNoFrom((eb) => [
        eb.selectFrom('patients').select('id').where('id', '=', b.patientId).as('patient'),
        eb.selectFrom('clinicians').select('id').where('id', '=', b.clinicianId).as('clinician'),
        eb.selectFrom('appointment_types').select('duration_minutes').where('id', '=', b.typeId).as('duration'),
      ])
      .executeTakeFirstOrThrow(),
    b.recallId === null
      ? undefined
      : trx
          .selectFrom('recalls')
          .select(['id', 'reason', 'plan_ref'])
          .where('id', '=', b.recallId)
          .where('patient_id', '=', b.patientId)
          .executeTakeFirst(),
  ]);
  if (found.patient === null) throw notFound('This child');
  if (found.clinician === null) throw notFound('The chosen clinician');
  if (found.duration === null) throw notFound('This appointment type');
  if (b.recallId !== null && !recall) throw notFound("This child's follow-up");
  await claimClinicians(trx, [b.clinicianId]);
  const endsAt = b.startsAt + (b.durationMinutes ?? found.duration) * MINUTE_MS;
  const stamp = now.toISOString();
  const { id } = await trx
    .insertInto('appointments')
    .values({
      clinician_id: b.clinicianId,
      patient_id: b.patientId,
      type_id: b.typeId,
      starts_at: b.startsAt,
      ends_at: endsAt,
      status: 'booked',
      recall_id: b.recallId,
      plan_reason: b.planReason ?? recall?.reason ?? null,
      plan_ref: b.planRef ?? recall?.plan_ref ?? null,
      note: b.note ?? '',
      cancel_reason: '',
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await assertFree(trx, { clinicianId: b.clinicianId, patientId: b.patientId, startsAt: b.startsAt, endsAt }, id);
  if (b.recallId === null) await linkToCheckup(trx, { id, patientId: b.patientId, startsAt: b.startsAt });
  await syncBookedUntil(trx, b.patientId);
  return id;
}
