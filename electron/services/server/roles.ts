import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import type { Role } from '../../../shared/contract';

/*
 * The practice server's roles (issue 13 §1-2). For a database named `valgo`:
 *
 *   valgo_owner         NOLOGIN, CREATEROLE: owns the database, every table and function. The
 *                       app never connects as it; the set-up command uses it through SET ROLE.
 *   valgo_admin         NOLOGIN group: everything the app needs, staff administration included.
 *   valgo_clinician     NOLOGIN group: clinical records, no staff administration, no audit reading.
 *   valgo_receptionist  NOLOGIN group: the front desk; no assessments, plans, notes, booklet requests.
 *   <login>             LOGIN, one per member of staff, member of exactly one group.
 *
 * PostgreSQL role names are shared by every database of a cluster, hence the database name as
 * the prefix of the group roles, and logins unique across the cluster.
 */

export const GROUP_ROLES: readonly Role[] = ['admin', 'clinician', 'receptionist'];

/** A database name the set-up command accepts (also the prefix of its roles). */
export const DATABASE_NAME = /^[a-z][a-z0-9_]{0,39}$/;

/** A staff login: lower-case letters, digits and underscores, 2-40 long, never `pg_…`. */
export const LOGIN_NAME = /^[a-z][a-z0-9_]{1,39}$/;

export function isLoginName(login: string): boolean {
  return LOGIN_NAME.test(login) && !login.startsWith('pg_');
}

export const ownerRole = (database: string): string => `${database}_owner`;
export const groupRole = (database: string, role: Role): string => `${database}_${role}`;

/**
 * The owner may end a staff login's server processes (valgo_end_sessions, migration 15: a
 * deactivated member or a reset password is cut off at once). Granted by the superuser; harmless
 * when already granted. pg_signal_backend cannot signal a superuser's processes.
 */
export const signalGrant = (database: string): string => `GRANT pg_signal_backend TO ${ident(ownerRole(database))}`;

/** A double-quoted SQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A single-quoted SQL string literal (standard_conforming_strings is on since PostgreSQL 9.1). */
export function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

const SCRAM_ITERATIONS = 4096;

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677, the format of
 * pg_authid.rolpassword): `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`. Computed
 * on the workstation, so the plain password is never sent to the server nor written to its log.
 * The password is used as given (PostgreSQL applies SASLprep, which leaves NFKC-normal text as is).
 */
export function scramVerifier(password: string, salt: Buffer = randomBytes(16)): string {
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, SCRAM_ITERATIONS, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${SCRAM_ITERATIONS}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}
