import { sql, type Kysely } from 'kysely';

/*
 * The audit log: who read or changed which child's record, when, through which channel, and how
 * it ended. Entries hold ids only (no child's name, no notes), so erasing a child leaves the log
 * whole and verifiable. Append-only: triggers refuse every UPDATE and DELETE, and each entry's
 * hash covers its fields and the previous entry's hash (electron/services/audit/chain.ts), so a
 * change made around the triggers shows in `verifyAudit`. `patient_id` deliberately has no
 * foreign key: the child may be erased, the entry stays. AUTOINCREMENT keeps the highest id ever
 * used in sqlite_sequence, which shows a deleted last entry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
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
    ) STRICT`.execute(db);
  await sql`CREATE INDEX audit_log_patient ON audit_log (patient_id, id)`.execute(db);
  await sql`CREATE INDEX audit_log_user ON audit_log (user_id, id)`.execute(db);
  await sql`CREATE INDEX audit_log_at ON audit_log (at)`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
}
