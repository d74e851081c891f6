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
 * How many computers a deactivation or a password reset signed the member out on (migration 15,
 * valgo_end_sessions: their open connections were ended); null when the server's owner may not
 * end other sessions (no pg_signal_backend), so theirs end when they next reconnect.
 */
export type SignedOutOn = number | null;

/**
 * Runs one of the admin's staff functions with its own ending of the login's sessions put off
 * (valgo.end_sessions, migration 15), then ends them after the commit: a desk whose connection
 * ends reconnects to a committed NOLOGIN or password, never to the old one. Answers `login`'s
 * valgo_end_sessions (null: the server's owner may not), or 0 when `endAfter` is false.
 */
async function thenEndSessions(
  db: Kysely<Database>,
  change: (trx: Kysely<Database>) => Promise<unknown>,
  login: string,
  endAfter: boolean,
): Promise<SignedOutOn> {
  await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL valgo.end_sessions = 'after-commit'`.execute(trx);
    await change(trx);
  });
  if (!endAfter) return 0;
  const { rows } = await sql<{ ended: number | null }>`SELECT valgo_end_sessions(${login}) AS ended`.execute(db);
  return rows[0]?.ended ?? null;
}

/**
 * Renames, changes the role of, or (de)activates a member of staff; their login follows (another
 * group, or NOLOGIN, and its open connections elsewhere are ended). The last active administrator
 * stays one. Answers where a deactivation signed them out (0 for other changes).
 */
export async function updateServerStaff(
  db: Kysely<Database>,
  input: { id: number; name?: string | undefined; role?: Role | undefined; active?: boolean | undefined },
): Promise<SignedOutOn> {
  const active = input.active === undefined ? null : input.active ? 1 : 0;
  try {
    const staff = await db.selectFrom('staff').select('username_folded').where('id', '=', input.id).executeTakeFirst();
    return await thenEndSessions(
      db,
      (trx) =>
        sql`SELECT valgo_update_staff(${input.id}, ${input.name?.trim() ?? null}, ${input.role ?? null}, ${active})`.execute(
          trx,
        ),
      staff?.username_folded ?? '',
      active === 0 && staff !== undefined,
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
 * practice. The password leaves this computer as a SCRAM verifier. The login's open connections
 * elsewhere (the old password's) are ended; `signedOutOn` says on how many computers.
 */
export async function resetServerPassword(
  db: Kysely<Database>,
  id: number,
  password: string,
): Promise<{ member: StaffMember; signedOutOn: SignedOutOn }> {
  const member = await serverMember(db, id);
  const { username_folded: login } = await db
    .selectFrom('staff')
    .select('username_folded')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  let signedOutOn: SignedOutOn;
  try {
    const verifier = scramVerifier(password);
    signedOutOn = await thenEndSessions(
      db,
      (trx) => sql`SELECT valgo_set_password(${login}, ${verifier})`.execute(trx),
      login,
      true,
    );
  } catch (error) {
    const code = codeOf(error);
    if (code === 'P0002') throw new AppError('NOT_FOUND', 'This staff account was not found.');
    if (code === '42501') throw new AppError('DENIED', 'Only an administrator can set the password of a staff login.');
    throw error;
  }
  return { member, signedOutOn };
}

/**
 * The signed-in login's own new password: a role may change its own (ALTER ROLE CURRENT_USER);
 * the statement carries a SCRAM verifier made here, never the password. The caller has checked
 * the current password first.
 */
export async function setOwnServerPassword(db: Kysely<Database>, password: string): Promise<void> {
  await sql.raw(`ALTER ROLE CURRENT_USER PASSWORD ${literal(scramVerifier(password))}`).execute(db);
}
