import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine';
import { byEngine } from './by-engine';

/*
 * The audit log: who read or changed which child's record, when, through which channel, and how
 * it ended. Entries hold ids only (no child's name, no notes), so erasing a child leaves the log
 * whole and verifiable. Append-only: triggers refuse every UPDATE and DELETE, and each entry's
 * hash covers its fields and the previous entry's hash (electron/services/audit/chain.ts), so a
 * change made around the triggers shows in `verifyAudit`. `patient_id` deliberately has no
 * foreign key: the child may be erased, the entry stays. AUTOINCREMENT keeps the highest id ever
 * used in sqlite_sequence, which shows a deleted last entry.
 */
export async function up(db: Kysely<unknown>, engine: Engine = 'sqlite'): Promise<void> {
  await byEngine(
    engine,
    sql`
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL CHECK (length(at) BETWEEN 20 AND 30),
      user_id INTEGER,
      user_name TEXT CHECK (length(user_name) <= 120),
      user_role TEXT CHECK (user_role IN ('admin', 'clinician', 'receptionist')),
      channel TEXT NOT NULL CHECK (length(channel) BETWEEN 1 AND 80),
      action TEXT NOT NULL CHECK (action IN ('read', 'change', 'erase', 'sign-in', 'sign-out', 'other')),
      patient_id INTEGER,
      record_kind TEXT CHECK (length(record_kind) <= 40),
      record_id INTEGER,
      outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'refused', 'denied', 'error')),
      prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
      hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
    ) STRICT`,
    sql`
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL CHECK (length(at) BETWEEN 20 AND 30),
      user_id INTEGER,
      user_name TEXT CHECK (length(user_name) <= 120),
      user_role TEXT CHECK (user_role IN ('admin', 'clinician', 'receptionist')),
      channel TEXT NOT NULL CHECK (length(channel) BETWEEN 1 AND 80),
      action TEXT NOT NULL CHECK (action IN ('read', 'change', 'erase', 'sign-in', 'sign-out', 'other')),
      patient_id INTEGER,
      record_kind TEXT CHECK (length(record_kind) <= 40),
      record_id INTEGER,
      outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'refused', 'denied', 'error')),
      prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
      hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
    )`,
  ).execute(db);
  await sql`CREATE INDEX audit_log_patient ON audit_log (patient_id, id)`.execute(db);
  await sql`CREATE INDEX audit_log_user ON audit_log (user_id, id)`.execute(db);
  await sql`CREATE INDEX audit_log_at ON audit_log (at)`.execute(db);
  if (engine === 'postgres') return appendOnlyPostgres(db);
  await sql`
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
}

/*
 * PostgreSQL: one trigger function refuses UPDATE and DELETE row by row, and TRUNCATE (which
 * fires no row trigger) as a statement. The id is assigned by the audit service, as on SQLite
 * (no identity): there is no sqlite_sequence, so on this engine the services must take the
 * highest id from the table inside a transaction that holds LOCK TABLE audit_log IN EXCLUSIVE MODE.
 */
async function appendOnlyPostgres(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'restrict_violation';
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
}
