import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine';

/*
 * The practice server's own safeguards (PostgreSQL only; nothing changes on SQLite, where one
 * computer's app-level accounts apply). The roles themselves and their grants are made by the
 * set-up command (electron/services/server/setup.ts, grants.ts); this migration adds what lives
 * in the schema:
 *
 * - `server_audit`: the database's own record of every write to the clinical and booking
 *   tables, made by triggers and stamped with SESSION_USER (the staff member's own login; a
 *   SECURITY DEFINER function keeps SESSION_USER while running as the owner). It complements
 *   the app's hash-chained `audit_log` (which channel read or changed which record, written by
 *   the app): a write made around the app, with a plain SQL client, still leaves a line here,
 *   and no staff role can write, change or delete one (no grants; the owner's triggers refuse
 *   UPDATE, DELETE and TRUNCATE). Ids only, like audit_log: erasing a child leaves it whole.
 * - `valgo_add_staff(login, name, verifier, role)`: creates a staff member's LOGIN role inside
 *   the practice's group role and the matching `staff` row, in one step. SECURITY DEFINER, owned
 *   by the owner role (which alone holds CREATEROLE); EXECUTE is granted to the admin group only
 *   (grants.ts), so no workstation ever holds a privileged password. It takes a SCRAM verifier,
 *   never a password: the plain password never reaches the server or its logs.
 * - `valgo_update_staff(id, name, role, active)`: the admin's renames, role changes and
 *   deactivations, applied to the staff row and the login together (admin group only).
 * - `valgo_plan_schedule(child)`: the current plan's dates and course dates, for every role (the
 *   front desk books from them), without the rest of the plan, which it may not read.
 * - `server_releases`: which Valgo release wrote each schema version, so a workstation too old
 *   for the server can say which version to install.
 */

/** Tables whose writes the server audits: clinical records and the front desk's bookings. */
export const AUDITED_TABLES = [
  'patients',
  'guardians',
  'assessments',
  'assessment_revisions',
  'care_plans',
  'course_returns',
  'booklets',
  'appointments',
  'recalls',
  'recall_contacts',
] as const;

export async function up(db: Kysely<unknown>, engine: Engine = 'sqlite'): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`
    CREATE TABLE server_audit (
      id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at TEXT NOT NULL DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      db_user TEXT NOT NULL DEFAULT session_user,
      transaction_id BIGINT NOT NULL DEFAULT txid_current(),
      table_name TEXT NOT NULL,
      operation TEXT NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
      row_id INTEGER,
      patient_id INTEGER
    )`.execute(db);
  await sql`CREATE INDEX server_audit_patient ON server_audit (patient_id, id)`.execute(db);
  await sql`CREATE INDEX server_audit_user ON server_audit (db_user, id)`.execute(db);
  for (const op of ['UPDATE', 'DELETE']) {
    await sql`
      CREATE TRIGGER ${sql.raw(`server_audit_no_${op.toLowerCase()}`)} BEFORE ${sql.raw(op)} ON server_audit
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  }
  await sql`
    CREATE TRIGGER server_audit_no_truncate BEFORE TRUNCATE ON server_audit
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);

  await sql`
    CREATE FUNCTION valgo_server_audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DECLARE
      rec jsonb;
    BEGIN
      IF TG_OP = 'DELETE' THEN rec := to_jsonb(OLD); ELSE rec := to_jsonb(NEW); END IF;
      INSERT INTO server_audit (table_name, operation, row_id, patient_id)
      VALUES (TG_TABLE_NAME, TG_OP, (rec->>'id')::integer,
        CASE WHEN TG_TABLE_NAME = 'patients' THEN (rec->>'id')::integer ELSE (rec->>'patient_id')::integer END);
      RETURN NULL;
    END
    $$`.execute(db);
  await sql`REVOKE ALL ON FUNCTION valgo_server_audit() FROM PUBLIC`.execute(db);
  for (const table of AUDITED_TABLES) {
    await sql`
      CREATE TRIGGER server_audit AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION valgo_server_audit()`.execute(db);
  }

  await sql`
    CREATE TABLE server_releases (
      schema_version INTEGER PRIMARY KEY,
      app_version TEXT NOT NULL CHECK (length(app_version) BETWEEN 1 AND 40),
      recorded_at TEXT NOT NULL
    )`.execute(db);

  await sql`
    CREATE FUNCTION valgo_add_staff(login TEXT, full_name TEXT, verifier TEXT, staff_role TEXT) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DECLARE
      new_id INTEGER;
    BEGIN
      IF login IS NULL OR login !~ '^[a-z][a-z0-9_]{1,39}$' OR login LIKE 'pg\\_%' THEN
        RAISE EXCEPTION 'login: not a valid login name' USING ERRCODE = 'invalid_parameter_value';
      END IF;
      IF staff_role IS NULL OR staff_role NOT IN ('admin', 'clinician', 'receptionist') THEN
        RAISE EXCEPTION 'role: not a staff role' USING ERRCODE = 'invalid_parameter_value';
      END IF;
      IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'password: a SCRAM-SHA-256 verifier is required' USING ERRCODE = 'invalid_parameter_value';
      END IF;
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login)
        OR EXISTS (SELECT 1 FROM staff WHERE username_folded = login) THEN
        RAISE EXCEPTION 'login: already in use' USING ERRCODE = 'duplicate_object';
      END IF;
      EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier);
      EXECUTE format('GRANT %I TO %I', current_database() || '_' || staff_role, login);
      INSERT INTO staff (name, username, username_folded, role, password_hash, created_at)
      VALUES (full_name, login, login, staff_role, 'server-login',
        to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
      RETURNING id INTO new_id;
      RETURN new_id;
    END
    $$`.execute(db);
  await sql`REVOKE ALL ON FUNCTION valgo_add_staff(TEXT, TEXT, TEXT, TEXT) FROM PUBLIC`.execute(db);

  // The admin's other staff changes, kept in step with the login: a new role moves the login to
  // that group, a deactivated account's login can no longer connect (NOLOGIN). Only logins that
  // are members of this database's groups are touched.
  await sql`
    CREATE FUNCTION valgo_update_staff(staff_id INTEGER, new_name TEXT, new_role TEXT, new_active INTEGER) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DECLARE
      r staff%ROWTYPE;
      old_group TEXT;
    BEGIN
      SELECT * INTO r FROM staff WHERE id = staff_id FOR UPDATE;
      IF NOT FOUND THEN RAISE EXCEPTION 'staff: not found' USING ERRCODE = 'no_data_found'; END IF;
      new_name := coalesce(new_name, r.name);
      new_role := coalesce(new_role, r.role);
      new_active := coalesce(new_active, r.active);
      IF new_role NOT IN ('admin', 'clinician', 'receptionist') OR new_active NOT IN (0, 1) THEN
        RAISE EXCEPTION 'role: not a staff role' USING ERRCODE = 'invalid_parameter_value';
      END IF;
      IF r.role = 'admin' AND r.active = 1 AND (new_role <> 'admin' OR new_active <> 1) AND NOT EXISTS (
        SELECT 1 FROM staff WHERE role = 'admin' AND active = 1 AND id <> staff_id) THEN
        RAISE EXCEPTION 'staff: at least one active administrator must remain' USING ERRCODE = 'restrict_violation';
      END IF;
      UPDATE staff SET name = new_name, role = new_role, active = new_active WHERE id = staff_id;
      old_group := current_database() || '_' || r.role;
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r.username_folded)
        AND pg_has_role(r.username_folded, old_group, 'MEMBER') THEN
        IF new_role <> r.role THEN
          EXECUTE format('REVOKE %I FROM %I', old_group, r.username_folded);
          EXECUTE format('GRANT %I TO %I', current_database() || '_' || new_role, r.username_folded);
        END IF;
        EXECUTE format('ALTER ROLE %I %s', r.username_folded, CASE WHEN new_active = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END);
      END IF;
    END
    $$`.execute(db);
  await sql`REVOKE ALL ON FUNCTION valgo_update_staff(INTEGER, TEXT, TEXT, INTEGER) FROM PUBLIC`.execute(db);

  // The front desk books from the current plan's course dates (care-plans:schedule) but may not
  // read the plan: this hands out the dates and nothing else of it.
  await sql`
    CREATE FUNCTION valgo_plan_schedule(child INTEGER)
    RETURNS TABLE (id INTEGER, start_date TEXT, end_date TEXT, created_at TEXT, courses TEXT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      SELECT p.id, p.start_date, p.end_date, p.created_at,
        coalesce((
          SELECT json_agg(json_build_object('number', e.c->'number', 'startDate', e.c->'startDate',
            'endDate', e.c->'endDate') ORDER BY e.n)::text
          FROM json_array_elements(CASE WHEN json_typeof(p.plan::json->'calendar'->'courses') = 'array'
            THEN p.plan::json->'calendar'->'courses' END) WITH ORDINALITY AS e(c, n)), '[]')
      FROM care_plans p WHERE p.patient_id = child AND p.current = 1
    $$`.execute(db);
  await sql`REVOKE ALL ON FUNCTION valgo_plan_schedule(INTEGER) FROM PUBLIC`.execute(db);
}
