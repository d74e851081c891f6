import type { Kysely } from 'kysely';
import type { BookingResult, FollowUpReason, LocalStart } from '../../shared/contract';
import type { Database } from '../db/schema';
import { startInstant } from './appointments-checks';
import { withWarnings } from './appointments';
import { insertBooking } from './appointments-write';
import { notFound } from './errors';
import { syncBookedUntil } from './recall-resolve';

export interface PlanBooking {
  patientId: number;
  clinicianId: number;
  typeId?: number | undefined;
  planRef: string | null;
  visits: Array<{ dueOn: string; reason: FollowUpReason; start: LocalStart | null }>;
}

/**
 * "Book follow-ups": every proposed visit becomes a due item (so the recall list knows when the
 * family should come), and each one given a start is booked against it, all in one transaction:
 * a clash anywhere books nothing. The child's earlier plan items that nothing was booked for are
 * replaced, since a new plan supersedes the old one.
 */
export async function bookPlan(
  db: Kysely<Database>,
  input: PlanBooking,
  now = new Date(),
): Promise<{ bookings: BookingResult[]; recallIds: number[] }> {
  const starts = input.visits.map((v) => (v.start ? startInstant(v.start) : null));
  const { ids, recallIds } = await db.transaction().execute(async (trx) => {
    const typeId = input.typeId ?? (await followUpTypeId(trx));
    const [patient, clinician] = await Promise.all([
      trx.selectFrom('patients').select('id').where('id', '=', input.patientId).executeTakeFirst(),
      trx.selectFrom('clinicians').select('id').where('id', '=', input.clinicianId).executeTakeFirst(),
    ]);
    if (!patient) throw notFound('This child');
    if (!clinician) throw notFound('The chosen clinician');
    await trx
      .deleteFrom('recalls')
      .where('patient_id', '=', input.patientId)
      .where('source', '=', 'plan')
      .where('resolved_at', 'is', null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('appointments as a')
              .select('a.id')
              .whereRef('a.recall_id', '=', 'recalls.id')
              .where('a.status', '=', 'booked'),
          ),
        ),
      )
      .execute();
    const ids: number[] = [];
    const recallIds: number[] = [];
    for (const [i, visit] of input.visits.entries()) {
      const { id: recallId } = await trx
        .insertInto('recalls')
        .values({
          patient_id: input.patientId,
          clinician_id: input.clinicianId,
          due_on: visit.dueOn,
          reason: visit.reason,
          source: 'plan',
          plan_ref: input.planRef,
          resolved_at: null,
          resolution: null,
          resolved_by: null,
          created_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      recallIds.push(recallId);
      const startsAt = starts[i];
      if (startsAt === null || startsAt === undefined) continue;
      ids.push(
        await insertBooking(
          trx,
          { patientId: input.patientId, clinicianId: input.clinicianId, typeId, startsAt, recallId },
          now,
        ),
      );
    }
    // The new due items take the child's bookings into account too.
    await syncBookedUntil(trx, input.patientId);
    return { ids, recallIds };
  });
  const bookings: BookingResult[] = [];
  for (const id of ids) bookings.push(await withWarnings(db, id));
  return { bookings, recallIds };
}

async function followUpTypeId(db: Kysely<Database>): Promise<number> {
  const type = await db.selectFrom('appointment_types').select('id').where('code', '=', 'follow_up').executeTakeFirst();
  if (!type) throw notFound('The follow-up appointment type');
  return type.id;
}
