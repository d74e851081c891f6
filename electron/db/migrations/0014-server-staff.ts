import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine';

/*
 * Staff on the practice server, part two (PostgreSQL only; SQLite keeps the app-level accounts
 * of the staff issue and nothing changes there):
 *
 * - `valgo_set_password(login, verifier)`: an administrator sets a new password for a member of
 *   staff. SECURITY DEFINER, owned by the owner role (CREATEROLE); EXECUTE for the admin group
 *   only (grants.ts). It touches only logins that have a staff row and are direct members of
 *   this database's Valgo groups, never a superuser, a role-creating role or the owner. It takes
 *   a SCRAM verifier made on the workstation, never a password.
 * - `valgo_booklet_copy(id)` and `valgo_record_reprint(id, action, at)`: the front desk reprints
 *   an issued booklet (the archived bytes) without reading its request or the child's plan: the
 *   first hands out the stored PDF and what names its file (the child's name, the language, the
 *   date it was made), the second archives the reprint as a new booklet that copies the original.
 * - `valgo_card_plan(child)`: the course and break dates of the plan the child's latest booklet
 *   printed, for the front desk's appointment cards, and nothing else of that plan.
 * - `audit_log.db_user`: the app's audit entries are written through the signed-in member of
 *   staff's own pool, and the server stamps each with that login (SESSION_USER, set by a trigger
 *   whatever the INSERT says). Outside the hash chain, which covers what the app wrote.
 */

export async function up(db: Kysely<unknown>, engine: Engine = 'sqlite'): Promise<void> {
  if (engine !== 'postgres') return;

  await sql`ALTER TABLE audit_log ADD COLUMN db_user TEXT NOT NULL DEFAULT session_user`.execute(db);
  await sql`
    CREATE FUNCTION audit_log_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.db_user := session_user;
      RETURN NEW;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_stamp()`.execute(db);

  await sql`
    CREATE FUNCTION valgo_set_password(login TEXT, verifier TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    BEGIN
      IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'password: a SCRAM-SHA-256 verifier is required' USING ERRCODE = 'invalid_parameter_value';
      END IF;
      IF login IS NULL OR NOT EXISTS (SELECT 1 FROM staff WHERE username_folded = login) THEN
        RAISE EXCEPTION 'login: no such member of staff' USING ERRCODE = 'no_data_found';
      END IF;
      IF login = current_database() || '_owner' OR NOT EXISTS (
        SELECT 1 FROM pg_roles u
        JOIN pg_auth_members m ON m.member = u.oid
        JOIN pg_roles g ON g.oid = m.roleid
        WHERE u.rolname = login AND NOT u.rolsuper AND NOT u.rolcreaterole
          AND g.rolname IN (current_database() || '_admin', current_database() || '_clinician',
            current_database() || '_receptionist')) THEN
        RAISE EXCEPTION 'login: not a staff login of this practice' USING ERRCODE = 'insufficient_privilege';
      END IF;
      EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
    END
    $$`.execute(db);
  await sql`REVOKE ALL ON FUNCTION valgo_set_password(TEXT, TEXT) FROM PUBLIC`.execute(db);

  await sql`
    CREATE FUNCTION valgo_booklet_copy(booklet_id INTEGER)
    RETURNS TABLE (id INTEGER, patient_id INTEGER, language TEXT, pages INTEGER, sha256 TEXT,
      child TEXT, generated_at TEXT, bytes BYTEA)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      SELECT b.id, b.patient_id, b.language, b.pages, b.sha256,
        (b.request::json->'child')::text, b.request::json->>'generatedAt', f.bytes
      FROM booklets b LEFT JOIN booklet_files f ON f.sha256 = b.sha256
      WHERE b.id = booklet_id
    $$`.execute(db);
  await sql`REVOKE ALL ON FUNCTION valgo_booklet_copy(INTEGER) FROM PUBLIC`.execute(db);

  await sql`
    CREATE FUNCTION valgo_record_reprint(booklet_id INTEGER, how TEXT, at TEXT) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DECLARE
      new_id INTEGER;
    BEGIN
      IF at IS NULL OR at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?Z$' THEN
        RAISE EXCEPTION 'at: an ISO instant in UTC is required' USING ERRCODE = 'invalid_parameter_value';
      END IF;
      INSERT INTO booklets (patient_id, created_at, action, kind, language, paper, pages, size_bytes, sha256,
        plan_engine_version, content_version, request, reprint_of, reissue_of, care_plan_id)
      SELECT b.patient_id, at, how, b.kind, b.language, b.paper, b.pages, b.size_bytes, b.sha256,
        b.plan_engine_version, b.content_version, b.request, coalesce(b.reprint_of, b.id), NULL, b.care_plan_id
      FROM booklets b JOIN booklet_files f ON f.sha256 = b.sha256
      WHERE b.id = booklet_id
      RETURNING booklets.id INTO new_id;
      IF new_id IS NULL THEN
        RAISE EXCEPTION 'booklet: not found or its stored copy is missing' USING ERRCODE = 'no_data_found';
      END IF;
      RETURN new_id;
    END
    $$`.execute(db);
  await sql`REVOKE ALL ON FUNCTION valgo_record_reprint(INTEGER, TEXT, TEXT) FROM PUBLIC`.execute(db);

  await sql`
    CREATE FUNCTION valgo_card_plan(child INTEGER) RETURNS TEXT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      SELECT json_build_object(
        'courses', coalesce((SELECT json_agg(json_build_object('start', c->>'startDate', 'end', c->>'endDate') ORDER BY n)
          FROM json_array_elements(CASE WHEN json_typeof(p.plan::json->'calendar'->'courses') = 'array'
            THEN p.plan::json->'calendar'->'courses' END) WITH ORDINALITY AS e(c, n)), '[]'),
        'breaks', coalesce((SELECT json_agg(json_build_object('start', c->>'startDate', 'end', c->>'endDate') ORDER BY n)
          FROM json_array_elements(CASE WHEN json_typeof(p.plan::json->'calendar'->'breaks') = 'array'
            THEN p.plan::json->'calendar'->'breaks' END) WITH ORDINALITY AS e(c, n)), '[]'))::text
      FROM booklets b JOIN care_plans p ON p.id = b.care_plan_id
      WHERE b.id = (SELECT l.id FROM booklets l WHERE l.patient_id = child
        ORDER BY l.created_at DESC, l.id DESC LIMIT 1)
    $$`.execute(db);
  await sql`REVOKE ALL ON FUNCTION valgo_card_plan(INTEGER) FROM PUBLIC`.execute(db);
}
