index assessments_patient
CREATE INDEX assessments_patient ON assessments (patient_id, assessed_on)

index guardians_phone_digits
CREATE INDEX guardians_phone_digits ON guardians (phone_digits) WHERE phone_digits != ''

index patients_sort_key
CREATE INDEX patients_sort_key ON patients (sort_key)

table assessment_revisions
CREATE TABLE assessment_revisions ( id INTEGER PRIMARY KEY, assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE, revision INTEGER NOT NULL CHECK (revision >= 1), data TEXT NOT NULL CHECK (json_valid(data)), replaced_at TEXT NOT NULL, UNIQUE (assessment_id, revision) ) STRICT

table assessments
CREATE TABLE assessments ( id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE, clinician_id INTEGER NOT NULL REFERENCES clinicians (id), assessed_on TEXT NOT NULL CHECK (assessed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), left_degree INTEGER NOT NULL CHECK (left_degree BETWEEN 0 AND 4), left_method TEXT CHECK (left_method IN ('heel_angle', 'plantography', 'xray', 'clinical', 'other')), left_flexible TEXT NOT NULL CHECK (left_flexible IN ('yes', 'no', 'unknown')), left_heel_angle REAL CHECK (left_heel_angle BETWEEN 0 AND 45), right_degree INTEGER NOT NULL CHECK (right_degree BETWEEN 0 AND 4), right_method TEXT CHECK (right_method IN ('heel_angle', 'plantography', 'xray', 'clinical', 'other')), right_flexible TEXT NOT NULL CHECK (right_flexible IN ('yes', 'no', 'unknown')), right_heel_angle REAL CHECK (right_heel_angle BETWEEN 0 AND 45), red_flags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(red_flags)), weight_kg REAL, height_cm REAL, overweight INTEGER NOT NULL DEFAULT 0 CHECK (overweight IN (0, 1)), notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, CHECK (left_degree = 0 OR left_method IS NOT NULL), CHECK (right_degree = 0 OR right_method IS NOT NULL) ) STRICT

table clinicians
CREATE TABLE clinicians ( id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120), title TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), created_at TEXT NOT NULL ) STRICT

table guardians
CREATE TABLE guardians ( id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE, position INTEGER NOT NULL CHECK (position >= 0), name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120), phone TEXT NOT NULL, relationship TEXT NOT NULL DEFAULT 'other' CHECK (relationship IN ('mother', 'father', 'grandparent', 'carer', 'other')), email TEXT NOT NULL DEFAULT '', preferred_language TEXT NOT NULL DEFAULT 'en' CHECK (preferred_language IN ('en', 'ru')), contact_consent INTEGER NOT NULL DEFAULT 0 CHECK (contact_consent IN (0, 1)), phone_digits TEXT NOT NULL DEFAULT '', UNIQUE (patient_id, position) ) STRICT

table patient_search
CREATE VIRTUAL TABLE patient_search USING fts5( names, guardians, phones, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4' )

table patients
CREATE TABLE patients ( id INTEGER PRIMARY KEY, first_name TEXT NOT NULL CHECK (length(first_name) BETWEEN 1 AND 80), last_name TEXT NOT NULL CHECK (length(last_name) BETWEEN 1 AND 80), date_of_birth TEXT NOT NULL CHECK (date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), sex TEXT NOT NULL CHECK (sex IN ('female', 'male')), sort_key TEXT NOT NULL, sort_rank INTEGER NOT NULL UNIQUE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL , notes TEXT NOT NULL DEFAULT '', archived_at TEXT) STRICT

table schema_migrations
CREATE TABLE schema_migrations ( version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT

table settings
CREATE TABLE settings ( key TEXT PRIMARY KEY, value TEXT NOT NULL ) STRICT