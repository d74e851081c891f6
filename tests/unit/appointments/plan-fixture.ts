import type { Kysely } from 'kysely';
import { PlanChoices } from '../../../shared/contract';
import type { FollowUp, Plan } from '../../../shared/plan';
import type { Database } from '../../../electron/db/schema';
import { storePlan } from '../../../electron/services/booklets/care-plans';

/**
 * Stores a care plan whose check-ups fall on `dates` (the first after course 1, the others
 * periodic) through the real storePlan, as issuing a booklet does. Only the schedule matters to
 * the diary and recall tests, so the plan carries no program.
 */
export async function storeCheckups(
  db: Kysely<Database>,
  patientId: number,
  clinicianId: number,
  dates: string[],
  now = new Date(2025, 0, 1),
) {
  const followUps: FollowUp[] = dates.map((date, i) => ({
    date,
    reason: i === 0 ? 'after_course' : 'every_months',
    course: i === 0 ? 1 : null,
    source: 'override',
  }));
  const plan = { edition: { kind: 'full' }, settings: null, calendar: null, followUps } as unknown as Plan;
  const choices = PlanChoices.parse({ settings: { startDate: '2025-01-01' }, language: 'en', paper: 'A4' });
  const planId = await db
    .transaction()
    .execute((trx) =>
      storePlan(
        trx,
        { patientId, assessmentId: null, clinicianId, mode: 'new', choices, plan, matches: dates.map(() => null) },
        now,
      ),
    );
  const items = await db
    .selectFrom('recalls')
    .select('id')
    .where('care_plan_id', '=', planId)
    .orderBy('due_on')
    .execute();
  return { planId, recallIds: items.map((i) => i.id) };
}
