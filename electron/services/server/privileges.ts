import { sql, type Kysely, type Selectable } from 'kysely';
import { engineOf } from '../../db/engine';
import type { Database, PatientTable } from '../../db/schema';
import type { CardPlan } from '../../pdf/card/types';

/*
 * On a practice server the database refuses a receptionist's login the clinical columns
 * (grants.ts), so a service that the front desk also calls reads them only when this says so.
 * SQLite (one computer) has no database privileges: always true there, and dispatch removes the
 * clinical parts of a receptionist's answers as before (electron/services/staff/redact.ts).
 * Asked once per database handle: a connection's login and its grants do not change while open.
 */

const cache = new WeakMap<Kysely<Database>, Promise<boolean>>();

/** True when this connection may read the clinical data (the child's notes, the assessments). */
export function mayReadClinical(db: Kysely<Database>): Promise<boolean> {
  if (engineOf(db) !== 'postgres') return Promise.resolve(true);
  let answer = cache.get(db);
  if (!answer) {
    answer = sql<{ ok: boolean }>`SELECT has_column_privilege('public.patients', 'notes', 'SELECT') AS ok`
      .execute(db)
      .then(({ rows }) => rows[0]?.ok === true);
    answer.catch(() => cache.delete(db));
    cache.set(db, answer);
  }
  return answer;
}

/** Every column of `patients` but the clinical `notes`; a column added to PatientTable must be listed here. */
const FRONT_DESK_PATIENT_COLUMNS = {
  id: true,
  first_name: true,
  middle_name: true,
  last_name: true,
  date_of_birth: true,
  sex: true,
  sort_key: true,
  sort_rank: true,
  created_at: true,
  updated_at: true,
  archived_at: true,
  row_version: true,
  updated_by: true,
  changed_at: true,
} as const satisfies Record<Exclude<keyof PatientTable, 'notes'>, true>;

const frontDeskColumns = Object.keys(FRONT_DESK_PATIENT_COLUMNS) as (keyof typeof FRONT_DESK_PATIENT_COLUMNS)[];

/** One child's row; `notes` reads '' where this connection may not read it (a receptionist's login). */
export async function selectPatientRow(
  db: Kysely<Database>,
  id: number,
): Promise<Selectable<PatientTable> | undefined> {
  if (await mayReadClinical(db)) {
    return db.selectFrom('patients').selectAll().where('id', '=', id).executeTakeFirst();
  }
  return db
    .selectFrom('patients')
    .select(frontDeskColumns)
    .select(sql<string>`''`.as('notes'))
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * The child's current plan as the front desk may see it (valgo_plan_schedule, migration 13): its
 * dates and a `plan` holding only the course dates, the shape planSchedule reads.
 */
export async function frontDeskPlanRow(db: Kysely<Database>, patientId: number) {
  const { rows } = await sql<{
    id: number;
    start_date: string;
    end_date: string | null;
    created_at: string;
    courses: string;
  }>`
    SELECT id, start_date, end_date, created_at, courses FROM valgo_plan_schedule(${patientId})`.execute(db);
  const row = rows[0];
  if (!row) return null;
  const { courses, ...dates } = row;
  return { ...dates, plan: JSON.stringify({ calendar: { courses: JSON.parse(courses) as unknown } }) };
}

/**
 * The course and break dates of the plan the child's latest booklet printed, as the front desk's
 * appointment card shows them (valgo_card_plan, migration 14), without the booklet's request or
 * the rest of the plan. None without a stored plan, without courses, or once it ended before `today`.
 */
export async function frontDeskCardPlan(db: Kysely<Database>, patientId: number, today: string) {
  const { rows } = await sql<{ plan: string | null }>`SELECT valgo_card_plan(${patientId}) AS plan`.execute(db);
  if (!rows[0]?.plan) return null;
  const plan = JSON.parse(rows[0].plan) as CardPlan;
  if (plan.courses.length === 0) return null;
  const lastDay = [...plan.courses, ...plan.breaks].reduce((end, p) => (p.end > end ? p.end : end), '');
  return lastDay < today ? null : plan;
}
