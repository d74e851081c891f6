import { describe, expect, it } from 'vitest';
import {
  authenticate,
  changeOwnPassword,
  createStaff,
  listStaff,
  recoverAdmin,
  resetPassword,
  setupAdmin,
  SignInGuard,
  updateStaff,
} from '../../../electron/services/staff/staff';
import { Sessions } from '../../../electron/services/staff/sessions';
import { serviceDb } from '../test-db';

const admin = { name: 'Anna Admin', username: 'Anna', password: 'correct horse' };

async function withAdmin() {
  const { db } = await serviceDb();
  const { user, recoveryCode } = await setupAdmin(db, admin);
  return { db, user, recoveryCode };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: { code: string; issues?: unknown }) => ({ code: error.code, issues: error.issues }),
  );

describe('staff accounts', () => {
  it('creates the first administrator once, storing only salted scrypt hashes', async () => {
    const { db, user, recoveryCode } = await withAdmin();
    expect(user).toMatchObject({ name: 'Anna Admin', role: 'admin' });
    expect(recoveryCode).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
    const row = await db.selectFrom('staff').select(['password_hash', 'recovery_hash']).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(row.password_hash).not.toContain('correct horse');
    expect(row.recovery_hash).not.toContain(recoveryCode.replace(/-/g, ''));
    expect(await failure(setupAdmin(db, { ...admin, username: 'other' }))).toMatchObject({ code: 'CONFLICT' });
    await createStaff(db, { name: 'Bob', username: 'bob', role: 'clinician', password: 'bob-password' });
    const second = await db
      .selectFrom('staff')
      .select('password_hash')
      .where('username', '=', 'bob')
      .executeTakeFirstOrThrow();
    // Per-user salt: the same scheme, a different salt.
    expect(second.password_hash.split('$')[4]).not.toBe(row.password_hash.split('$')[4]);
  });

  it('signs in without case in the username and answers a wrong name and a wrong password alike', async () => {
    const { db } = await withAdmin();
    const guard = new SignInGuard();
    expect(await authenticate(db, guard, ' anna ', 'correct horse')).toMatchObject({ role: 'admin' });
    const wrongPassword = await failure(authenticate(db, guard, 'anna', 'nope'));
    const wrongName = await failure(authenticate(db, guard, 'nobody', 'correct horse'));
    expect(wrongPassword).toEqual(wrongName);
    expect(wrongPassword).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'password', message: 'wrongCredentials' }],
    });
  });

  it('pauses sign-in for a name after five wrong passwords, even with the right one, for a minute', async () => {
    const { db } = await withAdmin();
    let now = 1_000_000;
    const guard = new SignInGuard(() => now);
    for (let i = 0; i < 5; i++) await failure(authenticate(db, guard, 'anna', 'wrong'));
    expect(await failure(authenticate(db, guard, 'anna', 'correct horse'))).toMatchObject({
      issues: [{ path: 'username', message: 'tooManyAttempts' }],
    });
    now += 61_000;
    expect(await authenticate(db, guard, 'anna', 'correct horse')).toMatchObject({ name: 'Anna Admin' });
  });

  it('refuses a taken username whatever its case, and a deactivated account at sign-in', async () => {
    const { db } = await withAdmin();
    expect(
      await failure(createStaff(db, { name: 'A2', username: 'ANNA', role: 'clinician', password: 'password1' })),
    ).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'username', message: 'usernameTaken' }] });
    const desk = await createStaff(db, { name: 'Desk', username: 'desk', role: 'receptionist', password: 'password1' });
    await updateStaff(db, { id: desk.id, active: false });
    expect(await failure(authenticate(db, new SignInGuard(), 'desk', 'password1'))).toMatchObject({
      code: 'VALIDATION',
    });
    expect((await listStaff(db)).map((m) => [m.username, m.active])).toEqual([
      ['Anna', true],
      ['desk', false],
    ]);
  });

  it('keeps one active administrator', async () => {
    const { db, user } = await withAdmin();
    expect(await failure(updateStaff(db, { id: user.id, role: 'clinician' }))).toMatchObject({ code: 'CONFLICT' });
    expect(await failure(updateStaff(db, { id: user.id, active: false }))).toMatchObject({ code: 'CONFLICT' });
    const second = await createStaff(db, { name: 'Boss', username: 'boss', role: 'admin', password: 'password1' });
    expect(await updateStaff(db, { id: user.id, role: 'clinician' })).toMatchObject({ role: 'clinician' });
    expect(await failure(updateStaff(db, { id: second.id, active: false }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('changes and resets passwords', async () => {
    const { db, user } = await withAdmin();
    expect(await failure(changeOwnPassword(db, user.id, 'wrong', 'new password'))).toMatchObject({
      issues: [{ path: 'current', message: 'wrongPassword' }],
    });
    await changeOwnPassword(db, user.id, 'correct horse', 'new password');
    await expect(authenticate(db, new SignInGuard(), 'anna', 'new password')).resolves.toMatchObject({ id: user.id });
    await resetPassword(db, user.id, 'reset password');
    await expect(authenticate(db, new SignInGuard(), 'anna', 'reset password')).resolves.toMatchObject({ id: user.id });
  });

  it("resets the administrator's password with the recovery code, which then changes", async () => {
    const { db, recoveryCode } = await withAdmin();
    const guard = new SignInGuard();
    expect(
      await failure(recoverAdmin(db, guard, { username: 'anna', recoveryCode: 'AAAAA-AAAAA', password: 'whatever1' })),
    ).toMatchObject({ issues: [{ path: 'recoveryCode', message: 'wrongRecoveryCode' }] });
    const typed = recoveryCode.toLowerCase().replace(/-/g, ' ');
    const next = await recoverAdmin(db, guard, { username: 'anna', recoveryCode: typed, password: 'recovered1' });
    expect(next.recoveryCode).not.toBe(recoveryCode);
    await expect(authenticate(db, guard, 'anna', 'recovered1')).resolves.toMatchObject({ role: 'admin' });
    expect(
      await failure(recoverAdmin(db, guard, { username: 'anna', recoveryCode, password: 'again1234' })),
    ).toMatchObject({ code: 'VALIDATION' });
  });
});

describe('sessions', () => {
  const anna = { id: 1, name: 'Anna', role: 'admin' as const };

  it('locks a session left idle; use keeps it open; status checks do not count as use', () => {
    let now = 0;
    const sessions = new Sessions(() => now);
    sessions.setIdleMinutes(5);
    sessions.signIn('window:1', anna);
    now = 4 * 60_000;
    expect(sessions.resolve('window:1', 'staff:touch')).toEqual({ user: anna, locked: false });
    now = 8 * 60_000;
    expect(sessions.resolve('window:1', 'staff:status')).toEqual({ user: anna, locked: false });
    now = 9 * 60_000 + 1;
    expect(sessions.resolve('window:1', 'patients:search')).toEqual({ user: anna, locked: true });
    expect(sessions.resolve('window:2', 'patients:search')).toEqual({ user: null, locked: false });
    sessions.unlock('window:1');
    expect(sessions.resolve('window:1', 'patients:search').locked).toBe(false);
  });

  it("follows an admin's change to an account, and ends a deactivated one's sessions", () => {
    const sessions = new Sessions();
    sessions.signIn('a', anna);
    sessions.signIn('b', { id: 2, name: 'Bob', role: 'clinician' });
    sessions.updateUser({ id: 2, name: 'Bob B', role: 'receptionist' }, true);
    expect(sessions.peek('b').user).toEqual({ id: 2, name: 'Bob B', role: 'receptionist' });
    sessions.updateUser({ id: 2, name: 'Bob B', role: 'receptionist' }, false);
    expect(sessions.peek('b').user).toBeNull();
    expect(sessions.peek('a').user).toEqual(anna);
  });
});
