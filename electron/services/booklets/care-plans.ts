import type { Kysely, Selectable } from 'kysely';
import {
  PlanChoices,
  type CarePlan,
  type Checkup,
  type CheckupPurpose,
  type PlanMode,
  type PlanSchedule,
} from '../../../shared/contract';
import { daysBetween } from '../../../shared/calendar';
import { instantParts, localDate } from '../../../shared/calendar/local-time';
import { PLAN_ENGINE_VERSION, type Course, type FollowUp, type Plan } from '../../../shared/plan';
import type { CarePlanTable, Database } from '../../db/schema';
import { syncBookedUntil } from '../recall/resolve';
import { frontDeskPlanRow, mayReadClinical } from '../server/privileges';

/*
 * The care plan: the one stored schedule of a child's check-ups. Issuing a booklet stores the
 * plan (electron/services/booklets.ts); its check-ups are due items in `recalls` (care_plan_id,
 * course), and a booking answers one through appointments.recall_id. The booklet, "Book
 * follow-ups", the card and the recall list all read these rows.
 */

/** A booked visit this many days from a check-up's due date may be that check-up, booked. */
export const MATCH_WITHIN_DAYS = 14;
/** A visit booked for the same check-up of an earlier plan follows it this far (its dates moved). */
export const SAME_CHECKUP_WITHIN_DAYS = 31;

/** A booked (or attended) visit of the child that a check-up may take over. */
export interface BookedVisit {
  appointmentId: number;
  startsAt: number;
  status: 'booked' | 'attended';
  /** The due item it answers now, if any. */
  recallId: number | null;
  /** That item's purpose and course, when it belongs to a plan. */
  purpose: string | null;
  course: number | null;
}

/**
 * The child's visits still booked (past ones not yet closed out included) and those attended:
 * what a plan's check-ups can adopt, so a booklet prints the visit that happened or will happen.
 */
export async function bookedVisits(db: Kysely<Database>, patientId: number): Promise<BookedVisit[]> {
  const rows = await db
    .selectFrom('appointments as a')
    .leftJoin('recalls as r', 'r.id', 'a.recall_id')
    .select(['a.id', 'a.starts_at', 'a.status', 'r.id as recall_id', 'r.reason', 'r.course'])
    .where('a.patient_id', '=', patientId)
    .where('a.status', 'in', ['booked', 'attended'])
    .orderBy('a.starts_at')
    .execute();
  return rows.map((r) => ({
    appointmentId: r.id,
    startsAt: r.starts_at,
    status: r.status === 'attended' ? 'attended' : 'booked',
    recallId: r.recall_id,
    purpose: r.reason,
    course: r.course,
  }));
}

const insideCourse = (date: string, courses: readonly Course[]) =>
  courses.some((c) => c.startDate <= date && date <= c.endDate);

/**
 * Pairs each proposed check-up with the booked visit that serves it, so a booked date replaces
 * its proposal everywhere and no check-up prints twice. A visit booked for the same check-up
 * (same purpose and course, or the same periodic review) up to SAME_CHECKUP_WITHIN_DAYS away is
 * kept first; otherwise the nearest free visit within MATCH_WITHIN_DAYS of the due date. A visit inside a course never serves a
 * check-up (the family is mid-course then); it stays a visit of its own.
 */
export function matchCheckups(
  followUps: readonly FollowUp[],
  courses: readonly Course[],
  visits: readonly BookedVisit[],
): (BookedVisit | null)[] {
  const used = new Set<number>();
  const usable = visits.filter((v) => !insideCourse(localDate(v.startsAt), courses));
  const ordinal = (list: readonly { purpose: string | null }[], index: number) =>
    list.slice(0, index).filter((x) => x.purpose === list[index]!.purpose).length;
  const proposals = followUps.map((f) => ({ purpose: f.reason as string | null, course: f.course, date: f.date }));
  const linked = usable.filter((v) => v.purpose !== null);
  const result: (BookedVisit | null)[] = proposals.map((p, i) => {
    const same = linked.find(
      (v, k) =>
        !used.has(v.appointmentId) &&
        v.purpose === p.purpose &&
        Math.abs(daysBetween(p.date, localDate(v.startsAt))) <= SAME_CHECKUP_WITHIN_DAYS &&
        (p.purpose === 'after_course' ? v.course === p.course : ordinal(linked, k) === ordinal(proposals, i)),
    );
    if (same) used.add(same.appointmentId);
    return same ?? null;
  });
  proposals.forEach((p, i) => {
    if (result[i]) return;
    const near = usable
      .filter((v) => !used.has(v.appointmentId))
      .map((v) => ({ v, d: Math.abs(daysBetween(p.date, localDate(v.startsAt))) }))
      .filter((x) => x.d <= MATCH_WITHIN_DAYS)
      .sort((a, b) => a.d - b.d)[0];
    if (near) {
      used.add(near.v.appointmentId);
      result[i] = near.v;
    }
  });
  return result;
}

/** The check-ups as a preview shows them: nothing stored yet. */
export function previewCheckups(followUps: readonly FollowUp[], matches: readonly (BookedVisit | null)[]): Checkup[] {
  return followUps.map((f, i) => {
    const visit = matches[i] ?? null;
    return {
      id: null,
      dueOn: f.date,
      purpose: f.reason,
      course: f.course,
      state: visit ? (visit.status === 'attended' ? 'done' : 'booked') : 'due',
      visit: visit ? visitOf(visit.appointmentId, visit.startsAt, visit.status) : null,
    };
  });
}

function visitOf(appointmentId: number, startsAt: number, status: NonNullable<Checkup['visit']>['status']) {
  const { date, time } = instantParts(startsAt);
  return { appointmentId, date, start: time, status };
}

export interface NewPlan {
  patientId: number;
  assessmentId: number | null;
  clinicianId: number | null;
  mode: PlanMode;
  choices: PlanChoices;
  plan: Plan;
  matches: readonly (BookedVisit | null)[];
}

/**
 * Stores a plan as the child's current one, inside the caller's transaction: the previous
 * current plan is kept as history, and its open check-ups are replaced by this plan's. A booked
 * visit that serves a new check-up moves onto it; the old plan's other open check-ups go, so the
 * recall list never calls about a superseded date. Check-ups already past on the day of issue
 * are not stored: the child is being seen now; nor are those an attended visit already answered.
 */
export async function storePlan(trx: Kysely<Database>, p: NewPlan, now: Date): Promise<number> {
  const stamp = now.toISOString();
  const previous = await currentPlanRow(trx, p.patientId);
  if (previous) {
    await trx
      .updateTable('care_plans')
      .set({ current: 0, superseded_at: stamp })
      .where('id', '=', previous.id)
      .execute();
  }
  const { id } = await trx
    .insertInto('care_plans')
    .values({
      patient_id: p.patientId,
      assessment_id: p.assessmentId,
      clinician_id: p.clinicianId,
      previous_id: previous?.id ?? null,
      mode: previous ? p.mode : 'new',
      current: 1,
      kind: p.plan.edition.kind,
      start_date: p.plan.settings?.startDate ?? localDate(now.getTime()),
      end_date: p.plan.calendar?.horizonEnd ?? null,
      engine_version: PLAN_ENGINE_VERSION,
      choices: JSON.stringify(p.choices),
      plan: JSON.stringify(p.plan),
      created_at: stamp,
      superseded_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const open = await trx
    .selectFrom('recalls')
    .select('id')
    .where('patient_id', '=', p.patientId)
    .where('source', '=', 'plan')
    .where('resolved_at', 'is', null)
    .execute();
  const reusable = new Set(open.map((r) => r.id));
  const kept = new Set<number>();
  const today = localDate(now.getTime());
  for (const [i, f] of p.plan.followUps.entries()) {
    const match = p.matches[i] ?? null;
    // An attended check-up is settled: the booklet prints its visit, nothing is due.
    if (match?.status === 'attended') continue;
    const visit = match;
    if (!visit && f.date < today) continue;
    const values = { due_on: f.date, reason: f.reason, course: f.course, care_plan_id: id, plan_ref: `plan:${id}` };
    let recallId: number;
    if (visit?.recallId != null && reusable.has(visit.recallId) && !kept.has(visit.recallId)) {
      recallId = visit.recallId;
      await trx.updateTable('recalls').set(values).where('id', '=', recallId).execute();
    } else {
      recallId = (
        await trx
          .insertInto('recalls')
          .values({
            ...values,
            patient_id: p.patientId,
            clinician_id: p.clinicianId,
            source: 'plan',
            resolved_at: null,
            resolution: null,
            resolved_by: null,
            created_at: stamp,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    }
    kept.add(recallId);
    if (visit) {
      await trx
        .updateTable('appointments')
        .set({ recall_id: recallId, plan_reason: f.reason, plan_ref: `plan:${id}` })
        .where('id', '=', visit.appointmentId)
        .execute();
    }
  }
  const replaced = [...reusable].filter((r) => !kept.has(r));
  // Visits booked for a replaced check-up stay in the diary as visits of their own (FK: SET NULL).
  if (replaced.length > 0) await trx.deleteFrom('recalls').where('id', 'in', replaced).execute();
  await syncBookedUntil(trx, p.patientId);
  return id;
}

/** The stored check-ups of a plan with the visit that answers each, in date order. */
export async function planCheckups(db: Kysely<Database>, planId: number): Promise<Checkup[]> {
  const items = await db
    .selectFrom('recalls')
    .select(['id', 'due_on', 'reason', 'course', 'resolved_at'])
    .where('care_plan_id', '=', planId)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
  if (items.length === 0) return [];
  const visits = await db
    .selectFrom('appointments')
    .select(['id', 'recall_id', 'starts_at', 'status'])
    .where(
      'recall_id',
      'in',
      items.map((i) => i.id),
    )
    .where('status', '!=', 'cancelled')
    .orderBy('starts_at', 'desc')
    .execute();
  // Booked first, then attended, then missed: the visit that tells where the check-up stands.
  const rank = { booked: 0, attended: 1, no_show: 2, cancelled: 3 } as const;
  return items.map((item) => {
    const visit = visits.filter((v) => v.recall_id === item.id).sort((a, b) => rank[a.status] - rank[b.status])[0];
    return {
      id: item.id,
      dueOn: item.due_on,
      purpose: item.reason as CheckupPurpose,
      course: item.course,
      state: item.resolved_at !== null ? 'done' : visit?.status === 'booked' ? 'booked' : 'due',
      visit: visit ? visitOf(visit.id, visit.starts_at, visit.status) : null,
    };
  });
}

function coursesOf(plan: Plan) {
  return (plan.calendar?.courses ?? []).map((c) => ({ number: c.number, startDate: c.startDate, endDate: c.endDate }));
}

async function toCarePlan(db: Kysely<Database>, row: Selectable<CarePlanTable>): Promise<CarePlan> {
  const plan = JSON.parse(row.plan) as Plan;
  return {
    id: row.id,
    patientId: row.patient_id,
    assessmentId: row.assessment_id,
    clinicianId: row.clinician_id,
    previousId: row.previous_id,
    mode: row.mode,
    current: row.current === 1,
    kind: row.kind,
    startDate: row.start_date,
    endDate: row.end_date,
    createdAt: row.created_at,
    choices: PlanChoices.parse(JSON.parse(row.choices)),
    courses: coursesOf(plan),
    checkups: await planCheckups(db, row.id),
  };
}

/** The stored Plan of the child's current care plan with its row, or null. */
export async function currentPlanRow(db: Kysely<Database>, patientId: number) {
  return (
    (await db
      .selectFrom('care_plans')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('current', '=', 1)
      .executeTakeFirst()) ?? null
  );
}

export async function currentCarePlan(db: Kysely<Database>, patientId: number): Promise<CarePlan | null> {
  const row = await currentPlanRow(db, patientId);
  return row ? toCarePlan(db, row) : null;
}

/** Every plan of the child, newest first. */
export async function listCarePlans(db: Kysely<Database>, patientId: number): Promise<CarePlan[]> {
  const rows = await db
    .selectFrom('care_plans')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('id', 'desc')
    .execute();
  const plans: CarePlan[] = [];
  for (const row of rows) plans.push(await toCarePlan(db, row));
  return plans;
}

/** The current plan's schedule for the front desk: dates and purposes, nothing clinical. */
export async function planSchedule(db: Kysely<Database>, patientId: number): Promise<PlanSchedule | null> {
  // A receptionist's login on the practice server reads only the dates (valgo_plan_schedule).
  const row = (await mayReadClinical(db)) ? await currentPlanRow(db, patientId) : await frontDeskPlanRow(db, patientId);
  if (!row) return null;
  return {
    planId: row.id,
    startDate: row.start_date,
    endDate: row.end_date,
    createdAt: row.created_at,
    courses: coursesOf(JSON.parse(row.plan) as Plan),
    checkups: await planCheckups(db, row.id),
  };
}
