import { sql, type Kysely } from 'kysely';

/** Children, their guardians, the practice settings, and the name search index. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE patients (
      id INTEGER PRIMARY KEY,
      first_name TEXT NOT NULL CHECK (length(first_name) BETWEEN 1 AND 80),
      last_name TEXT NOT NULL CHECK (length(last_name) BETWEEN 1 AND 80),
      date_of_birth TEXT NOT NULL CHECK (date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      sex TEXT NOT NULL CHECK (sex IN ('female', 'male')),
      sort_key TEXT NOT NULL,
      sort_rank INTEGER NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX patients_sort_key ON patients (sort_key)`.execute(db);
  await sql`
    CREATE TABLE guardians (
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position >= 0),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      phone TEXT NOT NULL,
      UNIQUE (patient_id, position)
    ) STRICT`.execute(db);
  await sql`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT`.execute(db);
  // rowid = patients.sort_rank, so FTS5's natural rowid order is the list's alphabetical order.
  await sql`
    CREATE VIRTUAL TABLE patient_search USING fts5(
      names, guardians, phones,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '1 2 3 4'
    )`.execute(db);
}
