import { sql, type Kysely } from 'kysely';

/** Every booklet handed to a family, with the full input it was made from, so it can be shown and reprinted. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE booklets (
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('print', 'save', 'open', 'download')),
      kind TEXT NOT NULL CHECK (kind IN ('information', 'specialist_care', 'full')),
      language TEXT NOT NULL CHECK (language IN ('en', 'ru')),
      paper TEXT NOT NULL CHECK (paper IN ('A4', 'Letter')),
      pages INTEGER NOT NULL CHECK (pages > 0),
      size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      plan_engine_version INTEGER NOT NULL,
      content_version TEXT NOT NULL,
      request TEXT NOT NULL CHECK (json_valid(request)),
      reprint_of INTEGER REFERENCES booklets (id)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX booklets_patient ON booklets (patient_id, created_at)`.execute(db);
}
