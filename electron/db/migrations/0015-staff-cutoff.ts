import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine';

/*
 * A dismissed member of staff is cut off at once on the practice server (PostgreSQL only; on
 * SQLite one computer's app-level sessions already end with the account, and nothing changes).
 *
 * NOLOGIN (migration 13) and a new password (migration 14) only refuse the next connection: the
 * connections a login already holds on other workstations stay open until they reconnect. Now
 * the admin's two functions end them as well:
 *
 * - `valgo_end_sessions(login)`: ends every server process of a staff login of this practice
 *   (pg_terminate_backend over pg_stat_activity), except the caller's own, and answers on how
 *   many computers (distinct client addresses) it ended some; NULL when the owner may not signal
 *   other processes (it is not a member of pg_signal_backend): those sessions then end at their
 *   next reconnect. It signals them all, then waits until they are gone (up to 5 s; the
 *   statistics snapshot is per transaction, hence cleared before each look). SECURITY DEFINER, for the admin group
 *   (grants.ts). The one place for this SQL.
 * - `valgo_update_staff(...)` and `valgo_set_password(...)` are as before, and call it last when
 *   they deactivate a login or set its password; they now return its answer (0 for other
 *   changes). A desk whose connection ends may reconnect before the commit of NOLOGIN or the new
 *   password, which it does not see yet; so the app (staff-admin.ts) puts the ending off
 *   (`SET LOCAL valgo.end_sessions = 'after-commit'`: these then return 0) and calls
 *   valgo_end_sessions itself once the change is committed. A plain SQL client's call ends the
 *   sessions itself, a desk reconnecting within that moment aside.
 *
 * The owner needs pg_signal_backend. The set-up command grants it as the superuser
 * (roles.ts signalGrant); here the migrating role grants it to itself where it may (PostgreSQL 15:
 * a CREATEROLE role may; 16 and later refuse, and the refusal is ignored).
 */

const STAFF_LOGIN_CHECK = `
      IF login = current_database() || '_owner' OR NOT EXISTS (
        SELECT 1 FROM pg_roles u
        JOIN pg_auth_members m ON m.member = u.oid
        JOIN pg_roles g ON g.oid = m.roleid
        WHERE u.rolname = login AND NOT u.rolsuper AND NOT u.rolcreaterole
          AND g.rolname IN (current_database() || '_admin', current_database() || '_clinician',
            current_database() || '_receptionist')) THEN
        RAISE EXCEPTION 'login: not a staff login of this practice' USING ERRCODE = 'insufficient_privilege';
      END IF;`;

export async function up(db: Kysely<unknown>, engine: Engine = 'sqlite'): Promise<void> {
  if (engine !== 'postgres') return;

  await sql`
    DO $$ BEGIN
      IF NOT pg_has_role(current_user, 'pg_signal_backend', 'USAGE') THEN
        EXECUTE format('GRANT pg_signal_backend TO %I', current_user);
      END IF;
    EXCEPTION WHEN insufficient_privilege OR invalid_grant_operation THEN NULL;
    END $$`.execute(db);

  await sql
    .raw(
      `
    CREATE FUNCTION valgo_end_sessions(login TEXT) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DECLARE
      ended TEXT[] := '{}';
      pids INTEGER[] := '{}';
      b RECORD;
    BEGIN
      IF login IS NULL OR NOT EXISTS (SELECT 1 FROM staff WHERE username_folded = login) THEN
        RAISE EXCEPTION 'login: no such member of staff' USING ERRCODE = 'no_data_found';
      END IF;
      ${STAFF_LOGIN_CHECK}
      IF NOT pg_has_role(current_user, 'pg_signal_backend', 'USAGE') THEN
        RETURN NULL;
      END IF;
      FOR b IN SELECT pid, coalesce(host(client_addr), 'local') AS computer FROM pg_stat_activity
        WHERE usename = login AND pid <> pg_backend_pid() LOOP
        IF pg_terminate_backend(b.pid) THEN
          pids := pids || b.pid;
          IF NOT b.computer = ANY (ended) THEN ended := ended || b.computer; END IF;
        END IF;
      END LOOP;
      FOR i IN 1..500 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = ANY (pids));
        PERFORM pg_sleep(0.01);
      END LOOP;
      RETURN cardinality(ended);
    END
    $$`,
    )
    .execute(db);
  await sql`REVOKE ALL ON FUNCTION valgo_end_sessions(TEXT) FROM PUBLIC`.execute(db);

  await sql`DROP FUNCTION valgo_update_staff(INTEGER, TEXT, TEXT, INTEGER)`.execute(db);
  await sql`
    CREATE FUNCTION valgo_update_staff(staff_id INTEGER, new_name TEXT, new_role TEXT, new_active INTEGER) RETURNS INTEGER
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
        IF new_active = 0 AND current_setting('valgo.end_sessions', true) IS DISTINCT FROM 'after-commit' THEN
          RETURN valgo_end_sessions(r.username_folded);
        END IF;
      END IF;
      RETURN 0;
    END
    $$`.execute(db);
  await sql`REVOKE ALL ON FUNCTION valgo_update_staff(INTEGER, TEXT, TEXT, INTEGER) FROM PUBLIC`.execute(db);

  await sql`DROP FUNCTION valgo_set_password(TEXT, TEXT)`.execute(db);
  await sql
    .raw(
      `
    CREATE FUNCTION valgo_set_password(login TEXT, verifier TEXT) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    BEGIN
      IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'password: a SCRAM-SHA-256 verifier is required' USING ERRCODE = 'invalid_parameter_value';
      END IF;
      IF login IS NULL OR NOT EXISTS (SELECT 1 FROM staff WHERE username_folded = login) THEN
        RAISE EXCEPTION 'login: no such member of staff' USING ERRCODE = 'no_data_found';
      END IF;
      ${STAFF_LOGIN_CHECK}
      EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
      IF current_setting('valgo.end_sessions', true) IS DISTINCT FROM 'after-commit' THEN
        RETURN valgo_end_sessions(login);
      END IF;
      RETURN 0;
    END
    $$`,
    )
    .execute(db);
  await sql`REVOKE ALL ON FUNCTION valgo_set_password(TEXT, TEXT) FROM PUBLIC`.execute(db);
}
