import type { Kysely, Selectable } from 'kysely';
import type { Role, StaffInput, StaffMember, StaffUser } from '../../../shared/contract';
import { IDLE_LOCK_MINUTES } from '../../../shared/contract';
import type { Database, StaffTable } from '../../db/schema';
import { AppError } from '../errors';
import {
  DUMMY_HASH,
  foldUsername,
  hashSecret,
  newRecoveryCode,
  normaliseRecoveryCode,
  verifySecret,
} from './passwords';

/*
 * Staff accounts: the first administrator (only while no account exists), sign-in with a short
 * pause after repeated failures, passwords, and the admin's list. Sessions live in sessions.ts.
 */

type Row = Selectable<StaffTable>;

const toMember = (row: Row): StaffMember => ({
  id: row.id,
  name: row.name,
  username: row.username,
  role: row.role,
  active: row.active === 1,
  createdAt: row.created_at,
});

export const toUser = (row: Pick<Row, 'id' | 'name' | 'role'>): StaffUser => ({
  id: row.id,
  name: row.name,
  role: row.role,
});

const fieldError = (path: string, message: string, text: string) =>
  new AppError('VALIDATION', text, [{ path, message }]);

export async function staffCount(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function insertStaff(db: Kysely<Database>, input: StaffInput, recoveryHash: string | null): Promise<Row> {
  const folded = foldUsername(input.username);
  const taken = await db.selectFrom('staff').select('id').where('username_folded', '=', folded).executeTakeFirst();
  if (taken) throw fieldError('username', 'usernameTaken', 'This username is already in use.');
  return db
    .insertInto('staff')
    .values({
      name: input.name,
      username: input.username.trim(),
      username_folded: folded,
      role: input.role,
      password_hash: await hashSecret(input.password),
      recovery_hash: recoveryHash,
      created_at: new Date().toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Creates the first administrator and its one-time recovery code; refused once any account exists. */
export async function setupAdmin(
  db: Kysely<Database>,
  input: { name: string; username: string; password: string },
): Promise<{ user: StaffUser; recoveryCode: string }> {
  if ((await staffCount(db)) > 0) throw new AppError('CONFLICT', 'The administrator already exists; please sign in.');
  const recoveryCode = newRecoveryCode();
  const row = await insertStaff(db, { ...input, role: 'admin' }, await hashSecret(normaliseRecoveryCode(recoveryCode)));
  return { user: toUser(row), recoveryCode };
}

const MAX_FAILURES = 5;
const PAUSE_MS = 60_000;

/** Counts failed sign-ins per username (known or not); after five in a row, sign-in pauses a minute. */
export class SignInGuard {
  private readonly failures = new Map<string, { count: number; until: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  check(folded: string): void {
    const entry = this.failures.get(folded);
    if (entry && entry.until > this.now()) {
      throw fieldError('username', 'tooManyAttempts', 'Too many wrong passwords; wait a minute and try again.');
    }
  }
  fail(folded: string): void {
    const entry = this.failures.get(folded) ?? { count: 0, until: 0 };
    entry.count += 1;
    if (entry.count >= MAX_FAILURES) {
      entry.count = 0;
      entry.until = this.now() + PAUSE_MS;
    }
    this.failures.set(folded, entry);
  }
  succeed(folded: string): void {
    this.failures.delete(folded);
  }
}

/** The active account these credentials name; a wrong name and a wrong password answer alike. */
export async function authenticate(
  db: Kysely<Database>,
  guard: SignInGuard,
  username: string,
  password: string,
): Promise<StaffUser> {
  const folded = foldUsername(username);
  guard.check(folded);
  const row = await db.selectFrom('staff').selectAll().where('username_folded', '=', folded).executeTakeFirst();
  const matches = await verifySecret(password, row?.password_hash ?? DUMMY_HASH);
  if (!row || !matches || row.active !== 1) {
    guard.fail(folded);
    throw fieldError('password', 'wrongCredentials', 'The username or password is not right.');
  }
  guard.succeed(folded);
  return toUser(row);
}

/** True when `password` is this account's current password. */
export async function checkPassword(db: Kysely<Database>, id: number, password: string): Promise<boolean> {
  const row = await db.selectFrom('staff').select('password_hash').where('id', '=', id).executeTakeFirst();
  return row ? verifySecret(password, row.password_hash) : false;
}

export async function changeOwnPassword(db: Kysely<Database>, id: number, current: string, password: string) {
  if (!(await checkPassword(db, id, current))) {
    throw fieldError('current', 'wrongPassword', 'The current password is not right.');
  }
  await db
    .updateTable('staff')
    .set({ password_hash: await hashSecret(password) })
    .where('id', '=', id)
    .execute();
}

async function getRow(db: Kysely<Database>, id: number): Promise<Row> {
  const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'This staff account was not found.');
  return row;
}

export async function resetPassword(db: Kysely<Database>, id: number, password: string): Promise<StaffMember> {
  await getRow(db, id);
  await db
    .updateTable('staff')
    .set({ password_hash: await hashSecret(password) })
    .where('id', '=', id)
    .execute();
  return toMember(await getRow(db, id));
}

/** A new password for the administrator who holds this recovery code; the code is then replaced. */
export async function recoverAdmin(
  db: Kysely<Database>,
  guard: SignInGuard,
  input: { username: string; recoveryCode: string; password: string },
): Promise<{ recoveryCode: string }> {
  const folded = foldUsername(input.username);
  guard.check(folded);
  const row = await db.selectFrom('staff').selectAll().where('username_folded', '=', folded).executeTakeFirst();
  const ok = await verifySecret(normaliseRecoveryCode(input.recoveryCode), row?.recovery_hash ?? DUMMY_HASH);
  if (!row || !ok || row.role !== 'admin') {
    guard.fail(folded);
    throw fieldError('recoveryCode', 'wrongRecoveryCode', 'This recovery code does not match that administrator.');
  }
  guard.succeed(folded);
  const recoveryCode = newRecoveryCode();
  await db
    .updateTable('staff')
    .set({
      password_hash: await hashSecret(input.password),
      recovery_hash: await hashSecret(normaliseRecoveryCode(recoveryCode)),
      active: 1,
    })
    .where('id', '=', row.id)
    .execute();
  return { recoveryCode };
}

export async function listStaff(db: Kysely<Database>): Promise<StaffMember[]> {
  const rows = await db.selectFrom('staff').selectAll().orderBy('active', 'desc').orderBy('name').execute();
  return rows.map(toMember);
}

export async function createStaff(db: Kysely<Database>, input: StaffInput): Promise<StaffMember> {
  return toMember(await insertStaff(db, input, null));
}

/** Changes name, role or active; the last active administrator stays an active administrator. */
export async function updateStaff(
  db: Kysely<Database>,
  input: { id: number; name?: string | undefined; role?: Role | undefined; active?: boolean | undefined },
): Promise<StaffMember> {
  const row = await getRow(db, input.id);
  const losesAdmin =
    row.role === 'admin' && row.active === 1 && (input.active === false || (input.role ?? 'admin') !== 'admin');
  if (losesAdmin) {
    const admins = await db
      .selectFrom('staff')
      .select('id')
      .where('role', '=', 'admin')
      .where('active', '=', 1)
      .execute();
    if (admins.length <= 1) {
      throw new AppError('CONFLICT', 'At least one active administrator must remain.');
    }
  }
  await db
    .updateTable('staff')
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
    })
    .where('id', '=', input.id)
    .execute();
  return toMember(await getRow(db, input.id));
}

export async function getIdleLockMinutes(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('staff_options').select('idle_lock_minutes').where('id', '=', 1).executeTakeFirst();
  return row?.idle_lock_minutes ?? IDLE_LOCK_MINUTES.default;
}

export async function setIdleLockMinutes(db: Kysely<Database>, minutes: number): Promise<number> {
  await db.updateTable('staff_options').set({ idle_lock_minutes: minutes }).where('id', '=', 1).execute();
  return getIdleLockMinutes(db);
}
