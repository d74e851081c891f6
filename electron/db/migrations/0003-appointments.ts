import { sql, type Kysely } from 'kysely';

/*
 * The diary: working hours, closed periods, appointment types, appointments, follow-ups that are
 * due (the recall list) and calls to families. Appointment times are instants in epoch ms:
 * integer range scans are what the diary views and the slot search run on, and durations stay
 * plain arithmetic across daylight-saving changes. Working hours and closed days are local
 * wall-clock values, converted per day by the services.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE working_hours (
      id INTEGER PRIMARY KEY,
      clinician_id INTEGER NOT NULL REFERENCES clinicians (id) ON DELETE CASCADE,
      weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
      start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
      end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
      CHECK (start_minute < end_minute)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX working_hours_clinician ON working_hours (clinician_id, weekday, start_minute)`.execute(db);

  // clinician_id NULL: the whole clinic is closed.
  await sql`
    CREATE TABLE closed_days (
      id INTEGER PRIMARY KEY,
      clinician_id INTEGER REFERENCES clinicians (id) ON DELETE CASCADE,
      from_date TEXT NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      to_date TEXT NOT NULL CHECK (to_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      label TEXT NOT NULL DEFAULT '',
      CHECK (from_date <= to_date)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX closed_days_to ON closed_days (to_date)`.execute(db);

  await sql`
    CREATE TABLE appointment_types (
      id INTEGER PRIMARY KEY,
      code TEXT UNIQUE CHECK (code IN ('first_assessment', 'follow_up', 'technique_check')),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
      duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    ) STRICT`.execute(db);
  // The examples; the clinic renames or changes them in Settings (the code stays).
  await sql`INSERT INTO appointment_types (code, name, duration_minutes) VALUES
    ('first_assessment', 'First assessment', 40),
    ('follow_up', 'Follow-up', 20),
    ('technique_check', 'Technique check', 30)`.execute(db);

  // AUTOINCREMENT: superseded items are deleted, and an id the renderer still holds must not come back.
  await sql`
    CREATE TABLE recalls (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
      clinician_id INTEGER REFERENCES clinicians (id),
      due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      reason TEXT NOT NULL CHECK (reason IN ('after_course', 'every_months', 'end_of_horizon', 'manual')),
      source TEXT NOT NULL CHECK (source IN ('plan', 'manual')),
      plan_ref TEXT,
      resolved_at TEXT,
      resolution TEXT CHECK (resolution IN ('attended', 'declined')),
      -- The attended visit that settled it (no foreign key: appointments are only ever cancelled).
      resolved_by INTEGER,
      -- Start (epoch ms) of the child's latest booked visit, copied onto each open item by the
      -- services on every booking change: the recall list then skips children booked from today
      -- on without a probe into the appointments per child.
      booked_until INTEGER,
      created_at TEXT NOT NULL,
      CHECK ((resolved_at IS NULL) = (resolution IS NULL))
    ) STRICT`.execute(db);
  // The recall list reads only open items (resolved ones are history), child by child, so grouping
  // per child needs no sort; with all the columns it reads (resolved_at too) it never reads the table.
  await sql`CREATE INDEX recalls_open ON recalls (patient_id, due_on, clinician_id, booked_until, resolved_at)
    WHERE resolved_at IS NULL`.execute(db);
  await sql`CREATE INDEX recalls_patient ON recalls (patient_id, due_on)`.execute(db);
  // Archived children leave the recall list; they are few, so this index is tiny.
  await sql`CREATE INDEX patients_archived ON patients (id) WHERE archived_at IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE appointments (
      id INTEGER PRIMARY KEY,
      clinician_id INTEGER NOT NULL REFERENCES clinicians (id),
      patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
      type_id INTEGER NOT NULL REFERENCES appointment_types (id),
      starts_at INTEGER NOT NULL,
      ends_at INTEGER NOT NULL,
      status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'attended', 'no_show', 'cancelled')),
      recall_id INTEGER REFERENCES recalls (id) ON DELETE SET NULL,
      plan_reason TEXT CHECK (plan_reason IN ('after_course', 'every_months', 'end_of_horizon', 'manual')),
      plan_ref TEXT,
      note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
      cancel_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      -- At most 8 hours: range queries look back that far for bookings that started earlier.
      CHECK (ends_at > starts_at AND ends_at - starts_at <= 480 * 60000)
    ) STRICT`.execute(db);
  // Covering indexes: a diary view (a clinician's or the whole clinic's day or week) and the slot
  // search read only index pages, in time order, never the table rows, which lie in booking order.
  await sql`CREATE INDEX appointments_clinician ON appointments
    (clinician_id, starts_at, ends_at, status, patient_id, type_id, plan_reason)`.execute(db);
  await sql`CREATE INDEX appointments_start ON appointments
    (starts_at, ends_at, status, clinician_id, patient_id, type_id, plan_reason)`.execute(db);
  // With status, the recall list's "booked from today on?" and "last visit" need no table reads.
  await sql`CREATE INDEX appointments_patient ON appointments (patient_id, starts_at, status)`.execute(db);
  await sql`CREATE INDEX appointments_recall ON appointments (recall_id) WHERE recall_id IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE recall_contacts (
      id INTEGER PRIMARY KEY,
      patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
      recall_id INTEGER REFERENCES recalls (id) ON DELETE SET NULL,
      contacted_on TEXT NOT NULL CHECK (contacted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'no_answer', 'left_message', 'declined', 'booked')),
      note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX recall_contacts_patient ON recall_contacts (patient_id, contacted_on)`.execute(db);
  await sql`CREATE INDEX recall_contacts_recall ON recall_contacts (recall_id) WHERE recall_id IS NOT NULL`.execute(db);
}
