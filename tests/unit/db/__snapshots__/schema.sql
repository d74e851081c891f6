index appointments_clinician
CREATE INDEX appointments_clinician ON appointments (clinician_id, starts_at, ends_at, status, patient_id, type_id, plan_reason, row_version)

index appointments_patient
CREATE INDEX appointments_patient ON appointments (patient_id, starts_at, status)

index appointments_recall
CREATE INDEX appointments_recall ON appointments (recall_id) WHERE recall_id IS NOT NULL

index appointments_start
CREATE INDEX appointments_start ON appointments (starts_at, ends_at, status, clinician_id, patient_id, type_id, plan_reason, row_version)

index assessments_patient
CREATE INDEX assessments_patient ON assessments (patient_id, assessed_on)

index audit_log_at
CREATE INDEX audit_log_at ON audit_log (at)

index audit_log_patient
CREATE INDEX audit_log_patient ON audit_log (patient_id, id)

index audit_log_user
CREATE INDEX audit_log_user ON audit_log (user_id, id)

index booklets_patient
CREATE INDEX booklets_patient ON booklets (patient_id, created_at)

index care_plans_current
CREATE UNIQUE INDEX care_plans_current ON care_plans (patient_id) WHERE current = 1

index care_plans_patient
CREATE INDEX care_plans_patient ON care_plans (patient_id, id)

index closed_days_to
CREATE INDEX closed_days_to ON closed_days (to_date)

index course_returns_course
CREATE INDEX course_returns_course ON course_returns (patient_id, plan_start, course, id)

index guardians_phone_digits
CREATE INDEX guardians_phone_digits ON guardians (phone_digits) WHERE phone_digits != ''

index patients_archived
CREATE INDEX patients_archived ON patients (id) WHERE archived_at IS NOT NULL

index patients_sort_key
CREATE INDEX patients_sort_key ON patients (sort_key)

index recall_contacts_patient
CREATE INDEX recall_contacts_patient ON recall_contacts (patient_id, contacted_on)

index recall_contacts_recall
CREATE INDEX recall_contacts_recall ON recall_contacts (recall_id) WHERE recall_id IS NOT NULL

index recalls_care_plan
CREATE INDEX recalls_care_plan ON recalls (care_plan_id) WHERE care_plan_id IS NOT NULL

index recalls_due
CREATE INDEX recalls_due ON recalls (due_on, patient_id, clinician_id, booked_until) WHERE resolved_at IS NULL

index recalls_open
CREATE INDEX recalls_open ON recalls (patient_id, due_on, clinician_id, booked_until, resolved_at) WHERE resolved_at IS NULL

index recalls_patient
CREATE INDEX recalls_patient ON recalls (patient_id, due_on)

index working_hours_clinician
CREATE INDEX working_hours_clinician ON working_hours (clinician_id, weekday, start_minute)

table appointment_types
CREATE TABLE appointment_types ( id INTEGER PRIMARY KEY, code TEXT UNIQUE CHECK (code IN ('first_assessment', 'follow_up', 'technique_check')), name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80), duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480), active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)) , row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1), updated_by INTEGER REFERENCES staff(id), changed_at TEXT) STRICT

table appointments
CREATE TABLE appointments ( id INTEGER PRIMARY KEY, clinician_id INTEGER NOT NULL REFERENCES clinicians (id), patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE, type_id INTEGER NOT NULL REFERENCES appointment_types (id), starts_at INTEGER NOT NULL, ends_at INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'attended', 'no_show', 'cancelled')), recall_id INTEGER REFERENCES recalls (id) ON DELETE SET NULL, plan_reason TEXT CHECK (plan_reason IN ('after_course', 'every_months', 'end_of_horizon', 'manual')), plan_ref TEXT, note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500), cancel_reason TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1), updated_by INTEGER REFERENCES staff(id), changed_at TEXT, -- At most 8 hours: range queries look back that far for bookings that started earlier. CHECK (ends_at > starts_at AND ends_at - starts_at <= 480 * 60000) ) STRICT

table assessment_revisions
CREATE TABLE assessment_revisions ( id INTEGER PRIMARY KEY, assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE, revision INTEGER NOT NULL CHECK (revision >= 1), data TEXT NOT NULL CHECK (json_valid(data)), replaced_at TEXT NOT NULL, UNIQUE (assessment_id, revision) ) STRICT

table assessments
CREATE TABLE assessments ( id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE, clinician_id INTEGER NOT NULL REFERENCES clinicians (id), assessed_on TEXT NOT NULL CHECK (assessed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), left_degree INTEGER NOT NULL CHECK (left_degree BETWEEN 0 AND 4), left_method TEXT CHECK (left_method IN ('heel_angle', 'plantography', 'xray', 'clinical', 'other')), left_flexible TEXT NOT NULL CHECK (left_flexible IN ('yes', 'no', 'unknown')), left_heel_angle REAL CHECK (left_heel_angle BETWEEN 0 AND 45), right_degree INTEGER NOT NULL CHECK (right_degree BETWEEN 0 AND 4), right_method TEXT CHECK (right_method IN ('heel_angle', 'plantography', 'xray', 'clinical', 'other')), right_flexible TEXT NOT NULL CHECK (right_flexible IN ('yes', 'no', 'unknown')), right_heel_angle REAL CHECK (right_heel_angle BETWEEN 0 AND 45), red_flags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(red_flags)), weight_kg REAL, height_cm REAL, overweight INTEGER NOT NULL DEFAULT 0 CHECK (overweight IN (0, 1)), notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1), updated_by INTEGER REFERENCES staff(id), changed_at TEXT, CHECK (left_degree = 0 OR left_method IS NOT NULL), CHECK (right_degree = 0 OR right_method IS NOT NULL) ) STRICT

table audit_log
CREATE TABLE audit_log ( id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL CHECK (length(at) BETWEEN 20 AND 30), user_id INTEGER, user_name TEXT CHECK (length(user_name) <= 120), user_role TEXT CHECK (user_role IN ('admin', 'clinician', 'receptionist')), channel TEXT NOT NULL CHECK (length(channel) BETWEEN 1 AND 80), action TEXT NOT NULL CHECK (action IN ('read', 'change', 'erase', 'sign-in', 'sign-out', 'other')), patient_id INTEGER, record_kind TEXT CHECK (length(record_kind) <= 40), record_id INTEGER, outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'refused', 'denied', 'error')), prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64), hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64) ) STRICT

table booklet_files
CREATE TABLE booklet_files ( sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64), bytes BLOB NOT NULL, created_at TEXT NOT NULL ) STRICT, WITHOUT ROWID

table booklets
CREATE TABLE booklets ( id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE, created_at TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('print', 'save', 'open', 'download')), kind TEXT NOT NULL CHECK (kind IN ('information', 'specialist_care', 'full')), language TEXT NOT NULL CHECK (language IN ('en', 'ru')), paper TEXT NOT NULL CHECK (paper IN ('A4', 'Letter')), pages INTEGER NOT NULL CHECK (pages > 0), size_bytes INTEGER NOT NULL CHECK (size_bytes > 0), sha256 TEXT NOT NULL CHECK (length(sha256) = 64), plan_engine_version INTEGER NOT NULL, content_version TEXT NOT NULL, request TEXT NOT NULL CHECK (json_valid(request)), reprint_of INTEGER REFERENCES booklets (id) , care_plan_id INTEGER REFERENCES care_plans (id), reissue_of INTEGER REFERENCES booklets (id)) STRICT

table care_plans
CREATE TABLE care_plans ( id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE, assessment_id INTEGER REFERENCES assessments (id), clinician_id INTEGER REFERENCES clinicians (id), -- The plan this one continues or replaces. previous_id INTEGER REFERENCES care_plans (id), mode TEXT NOT NULL CHECK (mode IN ('new', 'continue')), current INTEGER NOT NULL CHECK (current IN (0, 1)), kind TEXT NOT NULL CHECK (kind IN ('information', 'specialist_care', 'full')), start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), -- The end-of-plan review (the horizon's end); null when the plan has no home program. end_date TEXT CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), engine_version INTEGER NOT NULL, choices TEXT NOT NULL CHECK (json_valid(choices)), plan TEXT NOT NULL CHECK (json_valid(plan)), created_at TEXT NOT NULL, superseded_at TEXT, CHECK ((current = 1) = (superseded_at IS NULL)) ) STRICT

table change_log
CREATE TABLE change_log ( id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), table_name TEXT NOT NULL, row_id INTEGER, patient_id INTEGER, op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')) ) STRICT

table clinicians
CREATE TABLE clinicians ( id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120), title TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), created_at TEXT NOT NULL , row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1), updated_by INTEGER REFERENCES staff(id), changed_at TEXT) STRICT

table closed_days
CREATE TABLE closed_days ( id INTEGER PRIMARY KEY, clinician_id INTEGER REFERENCES clinicians (id) ON DELETE CASCADE, from_date TEXT NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), to_date TEXT NOT NULL CHECK (to_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), label TEXT NOT NULL DEFAULT '', CHECK (from_date <= to_date) ) STRICT

table course_returns
CREATE TABLE course_returns ( id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE, plan_start TEXT NOT NULL CHECK (plan_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), course INTEGER NOT NULL CHECK (course BETWEEN 1 AND 99), care_plan_id INTEGER REFERENCES care_plans (id) ON DELETE SET NULL, entry TEXT NOT NULL CHECK (json_valid(entry)), entered_by TEXT NOT NULL CHECK (length(entered_by) BETWEEN 1 AND 120), entered_at TEXT NOT NULL ) STRICT

table guardians
CREATE TABLE guardians ( id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE, position INTEGER NOT NULL CHECK (position >= 0), name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120), phone TEXT NOT NULL, relationship TEXT NOT NULL DEFAULT 'other' CHECK (relationship IN ('mother', 'father', 'grandparent', 'carer', 'other')), email TEXT NOT NULL DEFAULT '', preferred_language TEXT NOT NULL DEFAULT 'en' CHECK (preferred_language IN ('en', 'ru')), contact_consent INTEGER NOT NULL DEFAULT 0 CHECK (contact_consent IN (0, 1)), phone_digits TEXT NOT NULL DEFAULT '', phone_e164 TEXT CHECK (phone_e164 GLOB '+[1-9][0-9]*' AND length(phone_e164) <= 16), UNIQUE (patient_id, position) ) STRICT

table patient_search
CREATE VIRTUAL TABLE patient_search USING fts5( names, guardians, phones, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4' )

table patients
CREATE TABLE patients ( id INTEGER PRIMARY KEY, first_name TEXT NOT NULL CHECK (length(first_name) BETWEEN 1 AND 80), last_name TEXT NOT NULL CHECK (length(last_name) BETWEEN 1 AND 80), date_of_birth TEXT NOT NULL CHECK (date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), sex TEXT NOT NULL CHECK (sex IN ('female', 'male')), sort_key TEXT NOT NULL, sort_rank INTEGER NOT NULL UNIQUE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL , notes TEXT NOT NULL DEFAULT '', archived_at TEXT, middle_name TEXT NOT NULL DEFAULT '' CHECK (length(middle_name) <= 80), row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1), updated_by INTEGER REFERENCES staff(id), changed_at TEXT) STRICT

table recall_contacts
CREATE TABLE recall_contacts ( id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE, recall_id INTEGER REFERENCES recalls (id) ON DELETE SET NULL, contacted_on TEXT NOT NULL CHECK (contacted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'no_answer', 'left_message', 'declined', 'booked')), note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500), created_at TEXT NOT NULL ) STRICT

table recalls
CREATE TABLE recalls ( id INTEGER PRIMARY KEY AUTOINCREMENT, patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE, clinician_id INTEGER REFERENCES clinicians (id), due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), reason TEXT NOT NULL CHECK (reason IN ('after_course', 'every_months', 'end_of_horizon', 'manual')), source TEXT NOT NULL CHECK (source IN ('plan', 'manual')), plan_ref TEXT, resolved_at TEXT, resolution TEXT CHECK (resolution IN ('attended', 'declined')), -- The attended visit that settled it (no foreign key: appointments are only ever cancelled). resolved_by INTEGER, -- Start (epoch ms) of the child's latest booked visit, copied onto each open item by the -- services on every booking change: the recall list then skips children booked from today -- on without a probe into the appointments per child. booked_until INTEGER, created_at TEXT NOT NULL, care_plan_id INTEGER REFERENCES care_plans (id) ON DELETE SET NULL, course INTEGER CHECK (course BETWEEN 1 AND 99), CHECK ((resolved_at IS NULL) = (resolution IS NULL)) ) STRICT

table schema_migrations
CREATE TABLE schema_migrations ( version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT

table settings
CREATE TABLE settings ( key TEXT PRIMARY KEY, value TEXT NOT NULL ) STRICT

table settings_version
CREATE TABLE settings_version ( id INTEGER PRIMARY KEY CHECK (id = 1), row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1), updated_by INTEGER REFERENCES staff(id), changed_at TEXT ) STRICT

table sqlite_sequence
CREATE TABLE sqlite_sequence(name,seq)

table staff
CREATE TABLE staff ( id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120), username TEXT NOT NULL CHECK (length(username) BETWEEN 1 AND 40), username_folded TEXT NOT NULL UNIQUE, role TEXT NOT NULL CHECK (role IN ('admin', 'clinician', 'receptionist')), password_hash TEXT NOT NULL, recovery_hash TEXT, active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), created_at TEXT NOT NULL ) STRICT

table staff_options
CREATE TABLE staff_options ( id INTEGER PRIMARY KEY CHECK (id = 1), idle_lock_minutes INTEGER NOT NULL DEFAULT 5 CHECK (idle_lock_minutes BETWEEN 1 AND 240) ) STRICT

table working_hours
CREATE TABLE working_hours ( id INTEGER PRIMARY KEY, clinician_id INTEGER NOT NULL REFERENCES clinicians (id) ON DELETE CASCADE, weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439), end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440), CHECK (start_minute < end_minute) ) STRICT

trigger appointment_types_log_delete
CREATE TRIGGER appointment_types_log_delete AFTER DELETE ON appointment_types BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('appointment_types', OLD.id, NULL, 'delete'); END

trigger appointment_types_log_insert
CREATE TRIGGER appointment_types_log_insert AFTER INSERT ON appointment_types BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('appointment_types', NEW.id, NULL, 'insert'); END

trigger appointment_types_log_update
CREATE TRIGGER appointment_types_log_update AFTER UPDATE ON appointment_types BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('appointment_types', NEW.id, NULL, 'update'); END

trigger appointments_log_delete
CREATE TRIGGER appointments_log_delete AFTER DELETE ON appointments BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('appointments', OLD.id, OLD.patient_id, 'delete'); END

trigger appointments_log_insert
CREATE TRIGGER appointments_log_insert AFTER INSERT ON appointments BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('appointments', NEW.id, NEW.patient_id, 'insert'); END

trigger appointments_log_update
CREATE TRIGGER appointments_log_update AFTER UPDATE ON appointments BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('appointments', NEW.id, NEW.patient_id, 'update'); END

trigger assessments_log_delete
CREATE TRIGGER assessments_log_delete AFTER DELETE ON assessments BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('assessments', OLD.id, OLD.patient_id, 'delete'); END

trigger assessments_log_insert
CREATE TRIGGER assessments_log_insert AFTER INSERT ON assessments BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('assessments', NEW.id, NEW.patient_id, 'insert'); END

trigger assessments_log_update
CREATE TRIGGER assessments_log_update AFTER UPDATE ON assessments BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('assessments', NEW.id, NEW.patient_id, 'update'); END

trigger audit_log_no_delete
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END

trigger audit_log_no_update
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END

trigger booklets_log_delete
CREATE TRIGGER booklets_log_delete AFTER DELETE ON booklets BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('booklets', OLD.id, OLD.patient_id, 'delete'); END

trigger booklets_log_insert
CREATE TRIGGER booklets_log_insert AFTER INSERT ON booklets BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('booklets', NEW.id, NEW.patient_id, 'insert'); END

trigger booklets_log_update
CREATE TRIGGER booklets_log_update AFTER UPDATE ON booklets BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('booklets', NEW.id, NEW.patient_id, 'update'); END

trigger care_plans_log_delete
CREATE TRIGGER care_plans_log_delete AFTER DELETE ON care_plans BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('care_plans', OLD.id, OLD.patient_id, 'delete'); END

trigger care_plans_log_insert
CREATE TRIGGER care_plans_log_insert AFTER INSERT ON care_plans BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('care_plans', NEW.id, NEW.patient_id, 'insert'); END

trigger care_plans_log_update
CREATE TRIGGER care_plans_log_update AFTER UPDATE ON care_plans BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('care_plans', NEW.id, NEW.patient_id, 'update'); END

trigger clinicians_log_delete
CREATE TRIGGER clinicians_log_delete AFTER DELETE ON clinicians BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('clinicians', OLD.id, NULL, 'delete'); END

trigger clinicians_log_insert
CREATE TRIGGER clinicians_log_insert AFTER INSERT ON clinicians BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('clinicians', NEW.id, NULL, 'insert'); END

trigger clinicians_log_update
CREATE TRIGGER clinicians_log_update AFTER UPDATE ON clinicians BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('clinicians', NEW.id, NULL, 'update'); END

trigger closed_days_log_delete
CREATE TRIGGER closed_days_log_delete AFTER DELETE ON closed_days BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('closed_days', OLD.id, NULL, 'delete'); END

trigger closed_days_log_insert
CREATE TRIGGER closed_days_log_insert AFTER INSERT ON closed_days BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('closed_days', NEW.id, NULL, 'insert'); END

trigger closed_days_log_update
CREATE TRIGGER closed_days_log_update AFTER UPDATE ON closed_days BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('closed_days', NEW.id, NULL, 'update'); END

trigger course_returns_log_delete
CREATE TRIGGER course_returns_log_delete AFTER DELETE ON course_returns BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('course_returns', OLD.id, OLD.patient_id, 'delete'); END

trigger course_returns_log_insert
CREATE TRIGGER course_returns_log_insert AFTER INSERT ON course_returns BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('course_returns', NEW.id, NEW.patient_id, 'insert'); END

trigger course_returns_log_update
CREATE TRIGGER course_returns_log_update AFTER UPDATE ON course_returns BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('course_returns', NEW.id, NEW.patient_id, 'update'); END

trigger guardians_log_delete
CREATE TRIGGER guardians_log_delete AFTER DELETE ON guardians BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('guardians', OLD.id, OLD.patient_id, 'delete'); END

trigger guardians_log_insert
CREATE TRIGGER guardians_log_insert AFTER INSERT ON guardians BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('guardians', NEW.id, NEW.patient_id, 'insert'); END

trigger guardians_log_update
CREATE TRIGGER guardians_log_update AFTER UPDATE ON guardians BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('guardians', NEW.id, NEW.patient_id, 'update'); END

trigger patients_log_delete
CREATE TRIGGER patients_log_delete AFTER DELETE ON patients BEGIN UPDATE change_log SET patient_id = NULL WHERE patient_id = OLD.id; INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('patients', OLD.id, NULL, 'delete'); END

trigger patients_log_insert
CREATE TRIGGER patients_log_insert AFTER INSERT ON patients BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('patients', NEW.id, NEW.id, 'insert'); END

trigger patients_log_update
CREATE TRIGGER patients_log_update AFTER UPDATE OF first_name, middle_name, last_name, date_of_birth, sex, sort_key, notes, archived_at, updated_at ON patients BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('patients', NEW.id, NEW.id, 'update'); END

trigger recall_contacts_log_delete
CREATE TRIGGER recall_contacts_log_delete AFTER DELETE ON recall_contacts BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('recall_contacts', OLD.id, OLD.patient_id, 'delete'); END

trigger recall_contacts_log_insert
CREATE TRIGGER recall_contacts_log_insert AFTER INSERT ON recall_contacts BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('recall_contacts', NEW.id, NEW.patient_id, 'insert'); END

trigger recall_contacts_log_update
CREATE TRIGGER recall_contacts_log_update AFTER UPDATE ON recall_contacts BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('recall_contacts', NEW.id, NEW.patient_id, 'update'); END

trigger recalls_log_delete
CREATE TRIGGER recalls_log_delete AFTER DELETE ON recalls BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('recalls', OLD.id, OLD.patient_id, 'delete'); END

trigger recalls_log_insert
CREATE TRIGGER recalls_log_insert AFTER INSERT ON recalls BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('recalls', NEW.id, NEW.patient_id, 'insert'); END

trigger recalls_log_update
CREATE TRIGGER recalls_log_update AFTER UPDATE ON recalls BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('recalls', NEW.id, NEW.patient_id, 'update'); END

trigger settings_log_delete
CREATE TRIGGER settings_log_delete AFTER DELETE ON settings BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('settings', NULL, NULL, 'delete'); END

trigger settings_log_insert
CREATE TRIGGER settings_log_insert AFTER INSERT ON settings BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('settings', NULL, NULL, 'insert'); END

trigger settings_log_update
CREATE TRIGGER settings_log_update AFTER UPDATE ON settings BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('settings', NULL, NULL, 'update'); END

trigger staff_log_delete
CREATE TRIGGER staff_log_delete AFTER DELETE ON staff BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('staff', OLD.id, NULL, 'delete'); END

trigger staff_log_insert
CREATE TRIGGER staff_log_insert AFTER INSERT ON staff BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('staff', NEW.id, NULL, 'insert'); END

trigger staff_log_update
CREATE TRIGGER staff_log_update AFTER UPDATE ON staff BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('staff', NEW.id, NULL, 'update'); END

trigger staff_options_log_delete
CREATE TRIGGER staff_options_log_delete AFTER DELETE ON staff_options BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('staff_options', OLD.id, NULL, 'delete'); END

trigger staff_options_log_insert
CREATE TRIGGER staff_options_log_insert AFTER INSERT ON staff_options BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('staff_options', NEW.id, NULL, 'insert'); END

trigger staff_options_log_update
CREATE TRIGGER staff_options_log_update AFTER UPDATE ON staff_options BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('staff_options', NEW.id, NULL, 'update'); END

trigger working_hours_log_delete
CREATE TRIGGER working_hours_log_delete AFTER DELETE ON working_hours BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('working_hours', OLD.id, NULL, 'delete'); END

trigger working_hours_log_insert
CREATE TRIGGER working_hours_log_insert AFTER INSERT ON working_hours BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('working_hours', NEW.id, NULL, 'insert'); END

trigger working_hours_log_update
CREATE TRIGGER working_hours_log_update AFTER UPDATE ON working_hours BEGIN INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES ('working_hours', NEW.id, NULL, 'update'); END