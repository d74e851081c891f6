import type { Kysely } from 'kysely';
import type { Channel, ChannelOutput, ChannelParsedInput, StaffStatus, StaffUser } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import { AppError } from '../errors';
import { getSettings } from '../settings/settings';
import type { Sessions } from './sessions';
import {
  authenticate,
  changeOwnPassword,
  checkPassword,
  createStaff,
  getIdleLockMinutes,
  listStaff,
  recoverAdmin,
  resetPassword,
  setIdleLockMinutes,
  setupAdmin,
  SignInGuard,
  staffCount,
  updateStaff,
} from './staff';

type Ctx = { session: string; user: StaffUser | null };
type StaffChannel = Extract<Channel, `staff:${string}`>;

export type StaffHandlers = {
  [C in StaffChannel]: (input: ChannelParsedInput<C>, ctx: Ctx) => Promise<ChannelOutput<C>>;
};

/** The staff channels' handlers over one database and one session store (electron/handlers.ts). */
export function staffHandlers(db: Kysely<Database>, sessions: Sessions, guard = new SignInGuard()): StaffHandlers {
  const status = async (session: string): Promise<StaffStatus> => {
    const idleLockMinutes = await getIdleLockMinutes(db);
    sessions.setIdleMinutes(idleLockMinutes);
    const { user, locked } = sessions.peek(session);
    const { language } = await getSettings(db);
    return { needsSetup: (await staffCount(db)) === 0, user, locked, idleLockMinutes, language };
  };
  const signedIn = (ctx: Ctx): StaffUser => {
    if (!ctx.user) throw new AppError('SIGNED_OUT', 'Please sign in first.');
    return ctx.user;
  };
  return {
    'staff:status': (_input, ctx) => status(ctx.session),
    'staff:setup': async (input, ctx) => {
      const { user, recoveryCode } = await setupAdmin(db, input);
      sessions.signIn(ctx.session, user);
      return { ...(await status(ctx.session)), recoveryCode };
    },
    'staff:sign-in': async ({ username, password }, ctx) => {
      sessions.signIn(ctx.session, await authenticate(db, guard, username, password));
      return status(ctx.session);
    },
    'staff:sign-out': async (_input, ctx) => {
      sessions.signOut(ctx.session);
      return status(ctx.session);
    },
    'staff:lock': async (_input, ctx) => {
      sessions.lock(ctx.session);
      return status(ctx.session);
    },
    'staff:unlock': async ({ password }, ctx) => {
      const user = signedIn(ctx);
      const key = `unlock:${user.id}`;
      guard.check(key);
      if (!(await checkPassword(db, user.id, password))) {
        guard.fail(key);
        throw new AppError('VALIDATION', 'The password is not right.', [
          { path: 'password', message: 'wrongPassword' },
        ]);
      }
      guard.succeed(key);
      sessions.unlock(ctx.session);
      return status(ctx.session);
    },
    'staff:touch': async () => ({}),
    'staff:change-password': async ({ current, password }, ctx) => {
      await changeOwnPassword(db, signedIn(ctx).id, current, password);
      return {};
    },
    'staff:recover': (input) => recoverAdmin(db, guard, input),
    'staff:list': () => listStaff(db),
    'staff:create': (input) => createStaff(db, input),
    'staff:update': async (input) => {
      const member = await updateStaff(db, input);
      sessions.updateUser({ id: member.id, name: member.name, role: member.role }, member.active);
      return member;
    },
    'staff:reset-password': ({ id, password }) => resetPassword(db, id, password),
    'staff:idle-lock:set': async ({ minutes }, ctx) => {
      sessions.setIdleMinutes(await setIdleLockMinutes(db, minutes));
      return status(ctx.session);
    },
  };
}
