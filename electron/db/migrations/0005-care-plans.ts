import { sql, type Kysely } from 'kysely';

/*
 * The care plan: one stored record per plan a clinician issues, the single source of the
 * check-up dates that the booklet prints, the front desk books and the recall list calls about.
 *
 * - care_plans: the clinician's choices, the computed plan (courses, breaks, check-ups) and the
 *   assessment it was made from. One row per child is current; earlier ones are kept.
 * - recalls gain the plan and course a check-up belongs to: a plan's check-ups are its due items,
 *   and a booking answers one through appointments.recall_id.
 * - booklet_files: the bytes of every issued booklet, addressed by SHA-256, so a reprint is what
 *   the family received whatever changed in code, fonts or texts since.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE care_plans (
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
      assessment_id INTEGER REFERENCES assessments (id),
      clinician_id INTEGER REFERENCES clinicians (id),
      -- The plan this one continues or replaces.
      previous_id INTEGER REFERENCES care_plans (id),
      mode TEXT NOT NULL CHECK (mode IN ('new', 'continue')),
      current INTEGER NOT NULL CHECK (current IN (0, 1)),
      kind TEXT NOT NULL CHECK (kind IN ('information', 'specialist_care', 'full')),
      start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      -- The end-of-plan review (the horizon's end); null when the plan has no home program.
      end_date TEXT CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      engine_version INTEGER NOT NULL,
      choices TEXT NOT NULL CHECK (json_valid(choices)),
      plan TEXT NOT NULL CHECK (json_valid(plan)),
      created_at TEXT NOT NULL,
      superseded_at TEXT,
      CHECK ((current = 1) = (superseded_at IS NULL))
    ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX care_plans_current ON care_plans (patient_id) WHERE current = 1`.execute(db);
  await sql`CREATE INDEX care_plans_patient ON care_plans (patient_id, id)`.execute(db);

  await sql`ALTER TABLE recalls ADD COLUMN care_plan_id INTEGER REFERENCES care_plans (id) ON DELETE SET NULL`.execute(
    db,
  );
  await sql`ALTER TABLE recalls ADD COLUMN course INTEGER CHECK (course BETWEEN 1 AND 99)`.execute(db);
  // The recall list reads open items due up to this week in date order (electron/services/recall/recall.ts),
  // never the open items of the months ahead that recalls_open would make it step over.
  await sql`CREATE INDEX recalls_due ON recalls (due_on, patient_id, clinician_id, booked_until)
    WHERE resolved_at IS NULL`.execute(db);
  await sql`CREATE INDEX recalls_care_plan ON recalls (care_plan_id) WHERE care_plan_id IS NOT NULL`.execute(db);
  // booked_until now means "start of the booked visit that answers this item" (see syncBookedUntil).
  await sql`
    UPDATE recalls SET booked_until = (
      SELECT max(a.starts_at) FROM appointments a WHERE a.recall_id = recalls.id AND a.status = 'booked')
    WHERE resolved_at IS NULL`.execute(db);

  await sql`
    CREATE TABLE booklet_files (
      sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      bytes BLOB NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`ALTER TABLE booklets ADD COLUMN care_plan_id INTEGER REFERENCES care_plans (id)`.execute(db);
  await sql`ALTER TABLE booklets ADD COLUMN reissue_of INTEGER REFERENCES booklets (id)`.execute(db);
}
