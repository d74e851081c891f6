import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine';
import { byEngine } from './by-engine';

/** The tables whose rows staff edit in forms; each row carries its version (electron/services/row-version.ts). */
export const VERSIONED_TABLES = ['patients', 'assessments', 'appointments', 'clinicians', 'appointment_types'] as const;

/*
 * Row versions: a save based on an older version of a record is refused, naming who changed it
 * and when. `row_version` starts at 1 and goes up by one with every save through a form;
 * `updated_by` is the staff member who made that save (null: before staff accounts, or a tool);
 * `changed_at` is when (ISO instant; null until the first versioned save). The practice settings
 * are key/value rows, so the settings as a whole carry one version, in `settings_version`.
 */
export async function up(db: Kysely<unknown>, engine: Engine = 'sqlite'): Promise<void> {
  for (const table of VERSIONED_TABLES) {
    const name = sql.table(table);
    await sql`ALTER TABLE ${name} ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)`.execute(
      db,
    );
    await sql`ALTER TABLE ${name} ADD COLUMN updated_by INTEGER REFERENCES staff(id)`.execute(db);
    await sql`ALTER TABLE ${name} ADD COLUMN changed_at TEXT`.execute(db);
  }
  // The diary's covering indexes gain the version, so the views still read only index pages.
  await sql`DROP INDEX appointments_clinician`.execute(db);
  await sql`DROP INDEX appointments_start`.execute(db);
  await sql`CREATE INDEX appointments_clinician ON appointments
    (clinician_id, starts_at, ends_at, status, patient_id, type_id, plan_reason, row_version)`.execute(db);
  await sql`CREATE INDEX appointments_start ON appointments
    (starts_at, ends_at, status, clinician_id, patient_id, type_id, plan_reason, row_version)`.execute(db);
  await byEngine(
    engine,
    sql`
    CREATE TABLE settings_version (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
      updated_by INTEGER REFERENCES staff(id),
      changed_at TEXT
    ) STRICT`,
    sql`
    CREATE TABLE settings_version (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
      updated_by INTEGER REFERENCES staff(id),
      changed_at TEXT
    )`,
  ).execute(db);
  await sql`INSERT INTO settings_version (id) VALUES (1)`.execute(db);
}
