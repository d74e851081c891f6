import { sql, type Kysely } from 'kysely';

/*
 * Staff accounts (electron/services/staff). Passwords and the administrator's recovery code are
 * kept only as salted scrypt hashes ("scrypt$N$r$p$salt$hash", base64). `username_folded` is the
 * name without case (NFKC, lower case): "Anna" and "anna" are one account. Accounts are never
 * deleted, only deactivated, so the audit log keeps naming who did what.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE staff (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      username TEXT NOT NULL CHECK (length(username) BETWEEN 1 AND 40),
      username_folded TEXT NOT NULL UNIQUE,
      role TEXT NOT NULL CHECK (role IN ('admin', 'clinician', 'receptionist')),
      password_hash TEXT NOT NULL,
      recovery_hash TEXT,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`
    CREATE TABLE staff_options (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      idle_lock_minutes INTEGER NOT NULL DEFAULT 5 CHECK (idle_lock_minutes BETWEEN 1 AND 240)
    ) STRICT`.execute(db);
  await sql`INSERT INTO staff_options (id) VALUES (1)`.execute(db);
}
