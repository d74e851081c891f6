import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine';

/*
 * The diary's views read only index pages on PostgreSQL too. SQLite's covering indexes
 * (migration 11) already hold each visit's id (every SQLite index carries the rowid); a
 * PostgreSQL index does not, so a clinician's week or the clinic's day fetched every visit's
 * table page for its id, pages that lie in booking order, one per visit. The id now rides in
 * the indexes as an INCLUDE column, and the child's name beside the patient id, so the whole
 * view is an index-only scan. Nothing changes on SQLite.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`DROP INDEX appointments_clinician`.execute(db);
  await sql`DROP INDEX appointments_start`.execute(db);
  await sql`CREATE INDEX appointments_clinician ON appointments
    (clinician_id, starts_at, ends_at, status, patient_id, type_id, plan_reason, row_version) INCLUDE (id)`.execute(db);
  await sql`CREATE INDEX appointments_start ON appointments
    (starts_at, ends_at, status, clinician_id, patient_id, type_id, plan_reason, row_version) INCLUDE (id)`.execute(db);
  await sql`CREATE INDEX patients_diary_names ON patients (id) INCLUDE (first_name, last_name)`.execute(db);
}
