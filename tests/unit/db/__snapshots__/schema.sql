index patients_sort_key
CREATE INDEX patients_sort_key ON patients (sort_key)

table guardians
CREATE TABLE guardians ( id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE, position INTEGER NOT NULL CHECK (position >= 0), name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120), phone TEXT NOT NULL, UNIQUE (patient_id, position) ) STRICT

table patient_search
CREATE VIRTUAL TABLE patient_search USING fts5( names, guardians, phones, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4' )

table patients
CREATE TABLE patients ( id INTEGER PRIMARY KEY, first_name TEXT NOT NULL CHECK (length(first_name) BETWEEN 1 AND 80), last_name TEXT NOT NULL CHECK (length(last_name) BETWEEN 1 AND 80), date_of_birth TEXT NOT NULL CHECK (date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), sex TEXT NOT NULL CHECK (sex IN ('female', 'male')), sort_key TEXT NOT NULL, sort_rank INTEGER NOT NULL UNIQUE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT

table schema_migrations
CREATE TABLE schema_migrations ( version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT

table settings
CREATE TABLE settings ( key TEXT PRIMARY KEY, value TEXT NOT NULL ) STRICT