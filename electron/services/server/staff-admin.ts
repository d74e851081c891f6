import { sql, type Kysely } from 'kysely';
import type { Role, StaffMember } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import { AppError } from '../errors';
import { isLoginName, literal, scramVerifier } from './roles';

/*
 * Staff administration on the practice server, through the owner's SECURITY DEFINER functions
 * (migration 13), which only the admin group may execute: the database refuses anyone else
 * (DENIED here), whatever client they use.
 */

const invalid = (path: string, message: string, text: string) => new AppError('VALIDATION', text, [{ path, message }]);

const codeOf = (error: unknown): unknown => (error as { code?: unknown }).code;

/**
 * An administrator adds a member of staff on the practice server: their own login, inside the
 * group of `role`, and their staff row, in one call of valgo_add_staff (which only the admin
 * group may execute; the database refuses anyone else). The password travels as a SCRAM verifier.
 */
export async function addServerStaff(
  db: Kysely<Database>,
  input: { login: string; name: string; password: string; role: Role },
): Promise<number> {
  if (!isLoginName(input.login)) {
    throw invalid(
      'username',
      'invalidLogin',
      'The login must be 2-40 lower-case letters, digits or _, starting with a letter.',
    );
  }
  try {
    const { rows } = await sql<{ id: number }>`
      SELECT valgo_add_staff(${input.login}, ${input.name.trim()}, ${scramVerifier(input.password)}, ${input.role}) AS id`.execute(
      db,
    );
    return rows[0]!.id;
  } catch (error) {
    const code = codeOf(error);
    if (code === '42710') throw invalid('username', 'usernameTaken', 'This username is already in use.');
    if (code === '42501') throw new AppError('DENIED', 'Only an administrator can add staff.');
    throw error;
  }
}

/**
 * Renames, changes the role of, or (de)activates a member of staff; their login follows (another
 * group, or NOLOGIN). The last active administrator stays one.
 */
export async function updateServerStaff(
  db: Kysely<Database>,
  input: { id: number; name?: string | undefined; role?: Role | undefined; active?: boolean | undefined },
): Promise<void> {
  const active = input.active === undefined ? null : input.active ? 1 : 0;
  try {
    await sql`SELECT valgo_update_staff(${input.id}, ${input.name?.trim() ?? null}, ${input.role ?? null}, ${active})`.execute(
      db,
    );
  } catch (error) {
    const code = codeOf(error);
    if (code === 'P0002') throw new AppError('NOT_FOUND', 'This staff account was not found.');
    if (code === '23001') throw new AppError('CONFLICT', 'At least one active administrator must remain.');
    if (code === '42501') throw new AppError('DENIED', 'Only an administrator can change staff accounts.');
    throw error;
  }
}

/** A member of staff as the admin's list shows them (the staff row; no secrets are read). */
export async function serverMember(db: Kysely<Database>, id: number): Promise<StaffMember> {
  const row = await db
    .selectFrom('staff')
    .select(['id', 'name', 'role', 'username', 'active', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'This staff account was not found.');
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    username: row.username,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

/**
 * An administrator sets a new password for a member of staff's login, through valgo_set_password
 * (migration 14; admin group only), which refuses any role that is not a staff login of this
 * practice. The password leaves this computer as a SCRAM verifier.
 */
export async function resetServerPassword(db: Kysely<Database>, id: number, password: string): Promise<StaffMember> {
  const member = await serverMember(db, id);
  const { username_folded: login } = await db
    .selectFrom('staff')
    .select('username_folded')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  try {
    await sql`SELECT valgo_set_password(${login}, ${scramVerifier(password)})`.execute(db);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'P0002') throw new AppError('NOT_FOUND', 'This staff account was not found.');
    if (code === '42501') throw new AppError('DENIED', 'Only an administrator can set the password of a staff login.');
    throw error;
  }
  return member;
}

/**
 * The signed-in login's own new password: a role may change its own (ALTER ROLE CURRENT_USER);
 * the statement carries a SCRAM verifier made here, never the password. The caller has checked
 * the current password first.
 */
export async function setOwnServerPassword(db: Kysely<Database>, password: string): Promise<void> {
  await sql.raw(`ALTER ROLE CURRENT_USER PASSWORD ${literal(scramVerifier(password))}`).execute(db);
}
