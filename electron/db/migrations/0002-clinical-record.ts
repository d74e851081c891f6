import { sql, type Kysely } from 'kysely';

/**
 * The full child record: notes and archiving, several guardians with contact details, the
 * practice's clinicians, and per-visit assessments whose earlier states are kept on edit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE patients ADD COLUMN notes TEXT NOT NULL DEFAULT ''`.execute(db);
  await sql`ALTER TABLE patients ADD COLUMN archived_at TEXT`.execute(db);

  await sql`ALTER TABLE guardians ADD COLUMN relationship TEXT NOT NULL DEFAULT 'other'
    CHECK (relationship IN ('mother', 'father', 'grandparent', 'carer', 'other'))`.execute(db);
  await sql`ALTER TABLE guardians ADD COLUMN email TEXT NOT NULL DEFAULT ''`.execute(db);
  await sql`ALTER TABLE guardians ADD COLUMN preferred_language TEXT NOT NULL DEFAULT 'en'
    CHECK (preferred_language IN ('en', 'ru'))`.execute(db);
  await sql`ALTER TABLE guardians ADD COLUMN contact_consent INTEGER NOT NULL DEFAULT 0
    CHECK (contact_consent IN (0, 1))`.execute(db);
  // Digits only, for the duplicate check; phones only ever hold digits and these characters.
  await sql`ALTER TABLE guardians ADD COLUMN phone_digits TEXT NOT NULL DEFAULT ''`.execute(db);
  await sql`UPDATE guardians SET phone_digits =
    replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', '')`.execute(
    db,
  );
  await sql`CREATE INDEX guardians_phone_digits ON guardians (phone_digits) WHERE phone_digits != ''`.execute(db);

  await sql`
    CREATE TABLE clinicians (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      title TEXT NOT NULL,
      phone TEXT NOT NULL DEFAULT '',
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE assessments (
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
      clinician_id INTEGER NOT NULL REFERENCES clinicians (id),
      assessed_on TEXT NOT NULL CHECK (assessed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      left_degree INTEGER NOT NULL CHECK (left_degree BETWEEN 0 AND 4),
      left_method TEXT CHECK (left_method IN ('heel_angle', 'plantography', 'xray', 'clinical', 'other')),
      left_flexible TEXT NOT NULL CHECK (left_flexible IN ('yes', 'no', 'unknown')),
      left_heel_angle REAL CHECK (left_heel_angle BETWEEN 0 AND 45),
      right_degree INTEGER NOT NULL CHECK (right_degree BETWEEN 0 AND 4),
      right_method TEXT CHECK (right_method IN ('heel_angle', 'plantography', 'xray', 'clinical', 'other')),
      right_flexible TEXT NOT NULL CHECK (right_flexible IN ('yes', 'no', 'unknown')),
      right_heel_angle REAL CHECK (right_heel_angle BETWEEN 0 AND 45),
      red_flags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(red_flags)),
      weight_kg REAL,
      height_cm REAL,
      overweight INTEGER NOT NULL DEFAULT 0 CHECK (overweight IN (0, 1)),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (left_degree = 0 OR left_method IS NOT NULL),
      CHECK (right_degree = 0 OR right_method IS NOT NULL)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX assessments_patient ON assessments (patient_id, assessed_on)`.execute(db);

  await sql`
    CREATE TABLE assessment_revisions (
      id INTEGER PRIMARY KEY,
      assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
      revision INTEGER NOT NULL CHECK (revision >= 1),
      data TEXT NOT NULL CHECK (json_valid(data)),
      replaced_at TEXT NOT NULL,
      UNIQUE (assessment_id, revision)
    ) STRICT`.execute(db);
}
