import { sql, type Kysely } from 'kysely';
import type { Role } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import { GROUP_ROLES, groupRole, ident } from './roles';

/*
 * What each group role may do on the practice server: the role matrix of the staff issue
 * (shared/contract/access.ts and every channel's `access`) enforced by PostgreSQL itself, so a
 * receptionist's login refuses clinical data even from a plain SQL client.
 *
 * - Clinical tables (assessments' findings, plans, what the family did, plan-bearing booklet
 *   requests, the child's notes) are for clinicians and admins only. Where a table is half
 *   clinical the receptionist gets column privileges: every column of `patients` except `notes`,
 *   every column of `booklets` except `request`, and of `assessments` only the visit's date
 *   (id, patient_id, assessed_on: the diary shows the visit anyway; degrees, methods and notes
 *   stay hidden), which the child's date-of-birth check needs.
 * - Staff administration (secrets in `staff`, adding logins) and reading the audit trails are for
 *   admins. Every role appends to the app's audit chain (INSERT, and only `id`, `hash` of the
 *   newest entry to chain it; its triggers refuse changes); `server_audit` is written by triggers only.
 * - A table this list does not name (a newer migration's) is for clinicians and admins until
 *   it is listed here: a new table is never open to the front desk by accident.
 *
 * The grants are computed from the catalog each time (`applyServerGrants`), so a column a later
 * migration adds to a half-clinical table follows its rule; migratePostgres applies them again
 * after every migration it runs.
 */

type Privilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

interface Rule {
  /** Table-level privileges. */
  table?: readonly Privilege[];
  /** Column-level privileges, on `only` these columns or on every column `except` these. */
  columns?: { privileges: readonly Privilege[]; only?: readonly string[]; except?: readonly string[] };
}

type Matrix = Record<Role, Rule | null>;

const FULL: Rule = { table: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] };
const READ: Rule = { table: ['SELECT'] };
const EVERYONE_FULL: Matrix = { admin: FULL, clinician: FULL, receptionist: FULL };
const CLINICAL_ONLY: Matrix = { admin: FULL, clinician: FULL, receptionist: null };
const READ_ONLY: Matrix = { admin: READ, clinician: READ, receptionist: READ };
/** Practice-wide settings: read by everyone, changed by clinicians and admins (settings:update). */
const CLINICAL_WRITES: Matrix = { admin: FULL, clinician: FULL, receptionist: READ };

export const SECRET_STAFF_COLUMNS = ['password_hash', 'recovery_hash'] as const;

export const TABLE_GRANTS: Readonly<Record<string, Matrix>> = {
  // The front desk's work: children's contacts, the diary, recall.
  guardians: EVERYONE_FULL,
  appointments: EVERYONE_FULL,
  appointment_types: EVERYONE_FULL,
  clinicians: EVERYONE_FULL,
  working_hours: EVERYONE_FULL,
  closed_days: EVERYONE_FULL,
  recalls: EVERYONE_FULL,
  recall_contacts: EVERYONE_FULL,
  patient_search: EVERYONE_FULL,
  patient_search_prefixes: EVERYONE_FULL,
  // Keys only (no content); written by triggers in the writer's name.
  change_log: {
    admin: { table: ['SELECT', 'INSERT'] },
    clinician: { table: ['SELECT', 'INSERT'] },
    receptionist: { table: ['SELECT', 'INSERT'] },
  },
  patients: {
    admin: FULL,
    clinician: FULL,
    receptionist: { columns: { privileges: ['SELECT', 'INSERT', 'UPDATE'], except: ['notes'] } },
  },
  assessments: {
    admin: FULL,
    clinician: FULL,
    receptionist: { columns: { privileges: ['SELECT'], only: ['id', 'patient_id', 'assessed_on'] } },
  },
  assessment_revisions: CLINICAL_ONLY,
  care_plans: CLINICAL_ONLY,
  course_returns: CLINICAL_ONLY,
  booklets: {
    admin: FULL,
    clinician: FULL,
    receptionist: { columns: { privileges: ['SELECT'], except: ['request'] } },
  },
  // The issued PDFs: reprinting is every role's (booklets:reprint).
  booklet_files: { admin: FULL, clinician: FULL, receptionist: READ },
  settings: CLINICAL_WRITES,
  settings_version: CLINICAL_WRITES,
  schema_migrations: READ_ONLY,
  server_releases: READ_ONLY,
  staff: {
    // New logins only through valgo_add_staff; the admin renames. Secrets are never readable by others.
    admin: { table: ['SELECT'], columns: { privileges: ['UPDATE'], only: ['name'] } },
    clinician: { columns: { privileges: ['SELECT'], except: SECRET_STAFF_COLUMNS } },
    receptionist: { columns: { privileges: ['SELECT'], except: SECRET_STAFF_COLUMNS } },
  },
  staff_options: { admin: { table: ['SELECT', 'UPDATE'] }, clinician: READ, receptionist: READ },
  // UPDATE only because LOCK TABLE … IN EXCLUSIVE MODE (the chain's one-at-a-time append,
  // electron/services/audit/chain.ts) asks for it; the table's row trigger refuses every UPDATE.
  audit_log: {
    admin: { table: ['SELECT', 'INSERT', 'UPDATE'] },
    clinician: { table: ['INSERT', 'UPDATE'], columns: { privileges: ['SELECT'], only: ['id', 'hash'] } },
    receptionist: { table: ['INSERT', 'UPDATE'], columns: { privileges: ['SELECT'], only: ['id', 'hash'] } },
  },
  server_audit: { admin: READ, clinician: null, receptionist: null },
};

/** SECURITY DEFINER functions and the group roles that may call them. */
export const FUNCTION_GRANTS: Readonly<Record<string, readonly Role[]>> = {
  'valgo_add_staff(text, text, text, text)': ['admin'],
  'valgo_update_staff(integer, text, text, integer)': ['admin'],
  'valgo_plan_schedule(integer)': ['admin', 'clinician', 'receptionist'],
  // Migration 14: an admin sets a member of staff's password; every role reprints an issued booklet
  // and prints appointment cards without reading the booklet's request or the plan.
  'valgo_set_password(text, text)': ['admin'],
  'valgo_booklet_copy(integer)': ['admin', 'clinician', 'receptionist'],
  'valgo_record_reprint(integer, text, text)': ['admin', 'clinician', 'receptionist'],
  'valgo_card_plan(integer)': ['admin', 'clinician', 'receptionist'],
  // Migration 15: an admin ends a deactivated (or password-reset) login's open connections.
  'valgo_end_sessions(text)': ['admin'],
  // Migration 17: any desk forgets change-log entries older than a week or more.
  'valgo_prune_changes(integer)': ['admin', 'clinician', 'receptionist'],
};

/** The GRANT statements for one table (`columns`: its columns in order), for the groups of `database`. */
export function grantStatements(
  database: string,
  table: string,
  columns: readonly string[],
  matrix: Matrix = TABLE_GRANTS[table] ?? CLINICAL_ONLY,
): string[] {
  const statements: string[] = [];
  for (const role of GROUP_ROLES) {
    const rule = matrix[role];
    if (!rule) continue;
    const grantee = ident(groupRole(database, role));
    if (rule.table?.length) statements.push(`GRANT ${rule.table.join(', ')} ON TABLE ${ident(table)} TO ${grantee}`);
    if (rule.columns) {
      const { privileges, only, except } = rule.columns;
      const chosen = columns.filter((c) => (only ? only.includes(c) : !except?.includes(c)));
      if (chosen.length === 0) continue;
      const list = chosen.map(ident).join(', ');
      statements.push(
        `GRANT ${privileges.map((p) => `${p} (${list})`).join(', ')} ON TABLE ${ident(table)} TO ${grantee}`,
      );
    }
  }
  return statements;
}

/** The practice's group roles exist on this server (false on a database not made by the set-up command). */
export async function hasServerRoles(db: Kysely<Database>): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) AS n FROM pg_roles
    WHERE rolname IN (${sql.join(GROUP_ROLES.map((r) => sql`current_database() || ${`_${r}`}`))})`.execute(db);
  return Number(rows[0]?.n) === GROUP_ROLES.length;
}

/**
 * Revokes and grants again every group's privileges on every table, sequence and Valgo function
 * of the public schema, as the matrix above says. Run by the owner (or a superuser) inside the
 * caller's transaction; does nothing and returns false where the group roles do not exist.
 */
export async function applyServerGrants(db: Kysely<Database>): Promise<boolean> {
  if (!(await hasServerRoles(db))) return false;
  const { rows: dbRows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(db);
  const database = dbRows[0]!.name;
  const groups = GROUP_ROLES.map((r) => ident(groupRole(database, r))).join(', ');
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    SELECT c.relname AS table_name, a.attname AS column_name
    FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v')
      AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY c.relname, a.attnum`.execute(db);
  const tables = new Map<string, string[]>();
  for (const r of rows) tables.set(r.table_name, [...(tables.get(r.table_name) ?? []), r.column_name]);

  const statements = [
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, ${groups}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, ${groups}`,
    `GRANT USAGE ON SCHEMA public TO ${groups}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${groups}`,
  ];
  for (const [table, columns] of tables) statements.push(...grantStatements(database, table, columns));
  const { rows: functions } = await sql<{ signature: string }>`
    SELECT p.oid::regprocedure::text AS signature FROM pg_proc p
    WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef`.execute(db);
  for (const { signature } of functions) {
    statements.push(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC, ${groups}`);
    for (const role of FUNCTION_GRANTS[signature.replace(/,\s*/g, ', ')] ?? []) {
      statements.push(`GRANT EXECUTE ON FUNCTION ${signature} TO ${ident(groupRole(database, role))}`);
    }
  }
  // Server backups (pg-backup.ts): the dump needs only SELECT on every table and sequence, which
  // the admin group has; the restore drill creates a temporary database, so the admin group may
  // create databases (its logins take that on with SET ROLE; attributes are not inherited). Where
  // the owner may not give it (PostgreSQL 16+: only a role that has CREATEDB), the drill says so.
  const adminGroup = ident(groupRole(database, 'admin'));
  statements.push(
    `DO $$ BEGIN ALTER ROLE ${adminGroup} CREATEDB; EXCEPTION WHEN insufficient_privilege THEN NULL; END $$`,
  );
  for (const statement of statements) await sql.raw(statement).execute(db);
  return true;
}
