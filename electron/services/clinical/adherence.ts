import type { Kysely, Selectable } from 'kysely';
import {
  courseCode,
  type AdherenceHint,
  parseCourseCode,
  shareOfPlanned,
  ReturnEntry,
  type Adherence,
  type CourseAdherence,
  type CourseReturn,
  type CourseSheet,
  type Language,
  type PlanChoices,
} from '../../../shared/contract';
import { bookletTexts } from '../../../shared/content';
import { localDate } from '../../../shared/calendar/local-time';
import type { Course, Plan } from '../../../shared/plan';
import type { CourseReturnTable, Database } from '../../db/schema';
import { AppError, notFound } from '../errors';
import { getSettings } from '../settings/settings';

/*
 * The returned calendar pages: what the family ticked, course by course, joined to the stored plan
 * (the course's days and tick columns). Adherence is done ÷ planned: per item, and overall over
 * every planned tick. A day skipped for illness, fever or a rash was not planned (the safety rules
 * say to skip then); days after the entry was made were not planned yet (a page returned early).
 */

interface CourseRef {
  patientId: number;
  planStart: string;
  course: number;
}

/** The columns of a course's page that a parent ticks. */
const NOT_TICKED = new Set(['date', 'day', 'minutes', 'intensity', 'mood', 'notes']);

interface PlanSeries {
  planId: number;
  plan: Plan;
  language: Language;
}

/** The latest plan with this start date: continued plans keep the start, and their courses. */
async function series(db: Kysely<Database>, patientId: number, planStart: string): Promise<PlanSeries> {
  const row = await db
    .selectFrom('care_plans')
    .select(['id', 'plan', 'choices'])
    .where('patient_id', '=', patientId)
    .where('start_date', '=', planStart)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) throw notFound("This child's plan");
  const choices = JSON.parse(row.choices) as PlanChoices;
  return { planId: row.id, plan: JSON.parse(row.plan) as Plan, language: choices.language };
}

function courseOf(s: PlanSeries, number: number): Course {
  const course = s.plan.calendar?.courses.find((c) => c.number === number);
  if (!course) throw notFound('This course');
  return course;
}

function itemsOf(s: PlanSeries) {
  const t = bookletTexts(s.language).calendar;
  return (s.plan.calendar?.columns ?? [])
    .filter((c) => !NOT_TICKED.has(c))
    .map((id) => {
      const custom = s.plan.steps.find((st) => st.id === id)?.custom;
      const label =
        custom?.title ??
        (id === 'part_a' || id === 'part_b' ? t.columns[id] : ((t.stepColumns as Record<string, string>)[id] ?? id));
      return { id, label };
    });
}

/** Done ÷ planned for one entry. */
export function adherenceOf(
  entry: ReturnEntry,
  items: readonly string[],
  course: Pick<Course, 'days'>,
  enteredOn: string,
): Adherence {
  const none = { overall: null, perItem: Object.fromEntries(items.map((i) => [i, null])), plannedDays: 0 };
  if (entry.kind === 'not_returned') return none;
  const dueDays = course.days.filter((d) => d.date <= enteredOn);
  if (entry.kind === 'estimate') return { ...none, overall: entry.percent / 100, plannedDays: dueDays.length };
  const byDay = new Map(entry.days.map((d) => [d.day, d]));
  // A due day missing from the entry was planned and nothing was ticked.
  return shareOfPlanned(
    dueDays.map((d) => byDay.get(d.day) ?? { done: [], skipped: null }),
    items,
  );
}

function toReturn(row: Selectable<CourseReturnTable>, s: PlanSeries): CourseReturn {
  const entry = ReturnEntry.parse(JSON.parse(row.entry));
  const course = courseOf(s, row.course);
  return {
    id: row.id,
    patientId: row.patient_id,
    planStart: row.plan_start,
    course: row.course,
    entry,
    adherence: adherenceOf(
      entry,
      itemsOf(s).map((i) => i.id),
      course,
      localDate(Date.parse(row.entered_at)),
    ),
    enteredBy: row.entered_by,
    enteredAt: row.entered_at,
  };
}

function entries(db: Kysely<Database>, ref: CourseRef) {
  return db
    .selectFrom('course_returns')
    .selectAll()
    .where('patient_id', '=', ref.patientId)
    .where('plan_start', '=', ref.planStart)
    .where('course', '=', ref.course)
    .orderBy('id', 'desc');
}

/** A course's page, by child and course or by the code printed on it. */
export async function courseSheet(db: Kysely<Database>, input: CourseRef | { code: string }): Promise<CourseSheet> {
  const ref = 'code' in input ? parseCourseCode(input.code) : input;
  if (!ref) {
    throw new AppError('VALIDATION', 'This is not a course code: it reads like 1042-261221-3.', [
      { path: 'code', message: 'courseCode' },
    ]);
  }
  const s = await series(db, ref.patientId, ref.planStart);
  const course = courseOf(s, ref.course);
  const latest = await entries(db, ref).executeTakeFirst();
  return {
    ...ref,
    code: courseCode(ref.patientId, ref.planStart, ref.course),
    startDate: course.startDate,
    endDate: course.endDate,
    items: itemsOf(s),
    days: course.days.map((d) => ({ day: d.day, date: d.date })),
    latest: latest ? toReturn(latest, s) : null,
  };
}

/** Stores what the family reported; the earlier entries for the course stay as they were. */
export async function saveCourseReturn(
  db: Kysely<Database>,
  input: CourseRef & { entry: ReturnEntry; enteredBy: string },
  now = new Date(),
): Promise<CourseReturn> {
  const s = await series(db, input.patientId, input.planStart);
  const course = courseOf(s, input.course);
  if (input.entry.kind === 'grid') {
    const items = new Set<string>(itemsOf(s).map((i) => i.id));
    const issue = (path: string, message: string) =>
      new AppError('VALIDATION', 'This page does not fit the course.', [{ path, message }]);
    const seen = new Set<number>();
    for (const [i, d] of input.entry.days.entries()) {
      if (d.day > course.days.length || seen.has(d.day)) throw issue(`entry.days.${i}.day`, 'dayNotInCourse');
      seen.add(d.day);
      const unknown = d.done.findIndex((item) => !items.has(item));
      if (unknown >= 0) throw issue(`entry.days.${i}.done.${unknown}`, 'itemNotOnPage');
    }
  }
  const row = await db
    .insertInto('course_returns')
    .values({
      patient_id: input.patientId,
      plan_start: input.planStart,
      course: input.course,
      care_plan_id: s.planId,
      entry: JSON.stringify(input.entry),
      entered_by: input.enteredBy,
      entered_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toReturn(row, s);
}

/** Every entry for a course, newest first. */
export async function courseReturnHistory(db: Kysely<Database>, ref: CourseRef): Promise<CourseReturn[]> {
  const s = await series(db, ref.patientId, ref.planStart);
  courseOf(s, ref.course);
  return (await entries(db, ref).execute()).map((r) => toReturn(r, s));
}

/** The current plan's courses with what was reported for each; courses not returned never read as 0 %. */
export async function adherenceSummary(
  db: Kysely<Database>,
  patientId: number,
  now = new Date(),
): Promise<CourseAdherence[]> {
  const current = await db
    .selectFrom('care_plans')
    .select('start_date')
    .where('patient_id', '=', patientId)
    .where('current', '=', 1)
    .executeTakeFirst();
  if (!current) return [];
  const s = await series(db, patientId, current.start_date);
  const rows = await db
    .selectFrom('course_returns')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('plan_start', '=', current.start_date)
    .orderBy('id', 'desc')
    .execute();
  const today = localDate(now.getTime());
  return (s.plan.calendar?.courses ?? []).map((c) => {
    const row = rows.find((r) => r.course === c.number);
    const reported = row ? toReturn(row, s) : null;
    const status: CourseAdherence['status'] = reported
      ? reported.entry.kind === 'grid'
        ? 'returned'
        : reported.entry.kind
      : c.startDate > today
        ? 'ahead'
        : c.endDate >= today
          ? 'running'
          : 'not_entered';
    return {
      patientId,
      planStart: current.start_date,
      course: c.number,
      code: courseCode(patientId, current.start_date, c.number),
      startDate: c.startDate,
      endDate: c.endDate,
      status,
      adherence: reported && reported.entry.kind !== 'not_returned' ? reported.adherence : null,
      enteredBy: reported?.enteredBy ?? null,
      enteredAt: reported?.enteredAt ?? null,
    };
  });
}

/** The last course the family reported on, with the suggestion for the next booklet. */
export async function adherenceHint(
  db: Kysely<Database>,
  patientId: number,
  now = new Date(),
): Promise<AdherenceHint | null> {
  const courses = await adherenceSummary(db, patientId, now);
  const last = [...courses].reverse().find((c) => c.status === 'returned' || c.status === 'estimate');
  if (!last || !last.adherence || (last.status !== 'returned' && last.status !== 'estimate')) return null;
  const sheet = await courseSheet(db, last);
  const threshold = (await getSettings(db)).adherenceThreshold / 100;
  const share = (id: string) => last.adherence?.perItem[id] ?? null;
  return {
    course: last.course,
    status: last.status,
    overall: last.adherence.overall,
    threshold,
    below: last.adherence.overall !== null && last.adherence.overall < threshold,
    managed: sheet.items.filter((i) => (share(i.id) ?? 0) >= threshold),
    missed: sheet.items.filter((i) => share(i.id) !== null && share(i.id)! < threshold),
    enteredAt: last.enteredAt!,
  };
}
