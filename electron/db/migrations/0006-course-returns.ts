import { sql, type Kysely } from 'kysely';

/*
 * What families report on the returned calendar pages: one row per entry, never updated, so
 * every entry stays with who made it and when; the newest entry of a course is the one shown.
 * A course is named by the child, the plan's start date (continued plans keep it) and its number.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE course_returns (
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
      plan_start TEXT NOT NULL CHECK (plan_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      course INTEGER NOT NULL CHECK (course BETWEEN 1 AND 99),
      care_plan_id INTEGER REFERENCES care_plans (id) ON DELETE SET NULL,
      entry TEXT NOT NULL CHECK (json_valid(entry)),
      entered_by TEXT NOT NULL CHECK (length(entered_by) BETWEEN 1 AND 120),
      entered_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX course_returns_course ON course_returns (patient_id, plan_start, course, id)`.execute(db);
}
