import type { Kysely } from 'kysely';
import type { BookingResult, LocalStart } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import { startInstant } from './checks';
import { withWarnings } from './appointments';
import { insertBooking } from './write';
import { bookingTransaction } from './slot-taken';
import { currentPlanRow } from '../booklets/care-plans';
import { AppError, notFound } from '../errors';
import { frontDeskPlanRow, mayReadClinical } from '../server/privileges';
import { syncBookedUntil } from '../recall/resolve';

export interface PlanBooking {
  patientId: number;
  clinicianId: number;
  typeId?: number | undefined;
  visits: Array<{ checkupId: number; start: LocalStart }>;
}

/**
 * "Book follow-ups": books check-ups of the child's current plan, each visit linked to its
 * check-up, all in one transaction (a clash anywhere books nothing). The check-ups themselves
 * were stored when the booklet was issued; the ones not booked here stay due.
 */
export async function bookPlan(
  db: Kysely<Database>,
  input: PlanBooking,
  now = new Date(),
): Promise<{ bookings: BookingResult[] }> {
  const starts = input.visits.map((v) => startInstant(v.start));
  const ids = await bookingTransaction(db).execute(async (trx) => {
    const typeId = input.typeId ?? (await followUpTypeId(trx));
    // A receptionist's login on the practice server reads the plan's dates only (valgo_plan_schedule).
    const plan = (await mayReadClinical(db))
      ? await currentPlanRow(trx, input.patientId)
      : await frontDeskPlanRow(trx, input.patientId);
    if (!plan) throw notFound("This child's care plan");
    const items = await trx
      .selectFrom('recalls')
      .select(['id', 'resolved_at', 'booked_until'])
      .where('care_plan_id', '=', plan.id)
      .execute();
    const ids: number[] = [];
    for (const [i, visit] of input.visits.entries()) {
      const item = items.find((r) => r.id === visit.checkupId);
      if (!item) {
        throw new AppError('VALIDATION', 'This check-up is not part of the current plan; reload the schedule.', [
          { path: `visits.${i}.checkupId`, message: 'notInPlan' },
        ]);
      }
      if (item.resolved_at !== null || item.booked_until !== null) {
        throw new AppError('CONFLICT', 'This check-up is already booked or done; reload the schedule.');
      }
      ids.push(
        await insertBooking(
          trx,
          {
            patientId: input.patientId,
            clinicianId: input.clinicianId,
            typeId,
            startsAt: starts[i]!,
            recallId: item.id,
          },
          now,
        ).then((visit) => visit.id),
      );
    }
    return ids;
  });
  const bookings: BookingResult[] = [];
  for (const id of ids) bookings.push(await withWarnings(db, id));
  return { bookings };
}

/**
 * Undo of "Book all": the visits just booked for check-ups are removed (not cancelled: they were
 * never meant), and their check-ups are due again. Only booked visits answering a check-up qualify.
 */
export async function unbookPlan(
  db: Kysely<Database>,
  appointmentIds: readonly number[],
): Promise<{ removed: number }> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('appointments')
      .select(['id', 'patient_id', 'status', 'recall_id'])
      .where('id', 'in', [...appointmentIds])
      .execute();
    for (const id of appointmentIds) {
      const row = rows.find((r) => r.id === id);
      if (!row) throw notFound('This appointment');
      if (row.status !== 'booked' || row.recall_id === null) {
        throw new AppError('CONFLICT', 'Only visits still booked for a check-up can be undone; nothing was changed.');
      }
    }
    await trx
      .deleteFrom('appointments')
      .where('id', 'in', [...appointmentIds])
      .execute();
    for (const patientId of new Set(rows.map((r) => r.patient_id))) await syncBookedUntil(trx, patientId);
    return { removed: rows.length };
  });
}

async function followUpTypeId(db: Kysely<Database>): Promise<number> {
  const type = await db.selectFrom('appointment_types').select('id').where('code', '=', 'follow_up').executeTakeFirst();
  if (!type) throw notFound('The follow-up appointment type');
  return type.id;
}
