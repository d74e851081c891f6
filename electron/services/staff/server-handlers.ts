import { sql } from 'kysely';
import type { Language, ServerAddress, StaffStatus, StaffUser } from '../../../shared/contract';
import type { CallContext, Handlers } from '../../dispatch';
import { AppError } from '../errors';
import { getSettings } from '../settings/settings';
import { signInToServer } from '../server/login';
import { isLoginName, scramVerifier } from '../server/roles';
import { resetServerPassword, serverMember, setOwnServerPassword, updateServerStaff } from '../server/staff-admin';
import type { ServerAuditRecorder } from '../audit/server-recorder';
import { serverFailure, type ServerDesks } from './desks';
import type { Sessions } from './sessions';
import { getIdleLockMinutes } from './staff';

type Overridden =
  | 'staff:status'
  | 'staff:setup'
  | 'staff:sign-in'
  | 'staff:sign-out'
  | 'staff:lock'
  | 'staff:unlock'
  | 'staff:change-password'
  | 'staff:recover'
  | 'staff:create'
  | 'staff:update'
  | 'staff:reset-password';

export type ServerStaffHandlers = Pick<Handlers, Overridden>;

/** How sign-in reaches the server (login.ts); tests may count the attempts. */
export type SignIn = typeof signInToServer;

/** Writes the sign-out or lock line of the audit log before the desk's pool closes. */
type BeforeClose = Pick<ServerAuditRecorder, 'beforeClose'>;

/**
 * The staff channels that differ in server mode: signing in opens the caller's own pool with
 * their database login (there is no password stored on this computer, and no shared one); the
 * first admin comes from the set-up command; passwords are the logins' own on the server (set as
 * SCRAM verifiers made here), so the app's recovery code does not apply. Staff changes go through
 * the server's admin-only functions, which keep the login in step (group, NOLOGIN when inactive).
 * The other staff channels run on the desk's pool.
 */
export function serverStaffHandlers(
  address: ServerAddress,
  desks: ServerDesks,
  sessions: Sessions,
  signIn: SignIn = signInToServer,
  audit: BeforeClose = { beforeClose: async () => {} },
): ServerStaffHandlers {
  // The sign-in screens' language: the clinic's, as last read by any desk (English until then).
  let language: Language = 'en';
  const status = async (session: string): Promise<StaffStatus> => {
    const { user, locked } = sessions.peek(session);
    const desk = desks.get(session);
    if (desk && (locked || !user)) await desks.closePool(session);
    else if (desk) {
      try {
        sessions.setIdleMinutes(await getIdleLockMinutes(desk.db));
        language = (await getSettings(desk.db)).language;
      } catch (error) {
        // The window's heartbeat: while the server is out of reach it answers with the last known
        // lock minutes and language; the calls that need the server say it is unreachable. A
        // login the server now refuses (deactivated, password reset) is signed out, with why.
        if (await desks.cutOff(session, error)) {
          sessions.signOut(session);
          return status(session);
        }
      }
    }
    const reason = user ? undefined : desks.reason(session);
    return {
      needsSetup: false,
      user,
      locked,
      idleLockMinutes: sessions.idleMinutes,
      language,
      ...(reason ? { signedOutReason: reason } : {}),
    };
  };
  const connect = async (login: string, password: string) => {
    try {
      return await signIn(address, login, password);
    } catch (error) {
      if (error instanceof AppError && error.issues?.some((i) => i.path !== 'password')) {
        throw new AppError('CONFLICT', addressProblem(error.issues[0]!.message, desks.where, error.message));
      }
      const failure = serverFailure(error, desks.where);
      if (failure instanceof AppError) throw failure;
      if (error instanceof Error && error.name === 'DatabaseTooNewError') throw new AppError('CONFLICT', error.message);
      throw failure;
    }
  };
  const notHere = (what: string) => async (): Promise<never> => {
    throw new AppError('CONFLICT', `This workstation uses the practice server at ${desks.where}: ${what}`);
  };
  const signedIn = (ctx: CallContext): StaffUser => {
    if (!ctx.user) throw new AppError('SIGNED_OUT', 'Please sign in first.');
    return ctx.user;
  };
  const deskOf = (ctx: CallContext) => {
    const desk = desks.get(ctx.session);
    const login = desks.login(ctx.session);
    if (!desk || !login) throw new AppError('SIGNED_OUT', 'Please sign in first.');
    return { desk, login };
  };
  /** The pool holds the password it connects with: after a change the desk signs in again with the new one. */
  const reopen = async (session: string, login: string, password: string) => {
    await desks.open(session, login, await connect(login, password));
  };
  return {
    'staff:status': (_input, ctx) => status(ctx.session),
    'staff:setup': notHere('its first administrator is created by the set-up command (see the README).'),
    'staff:sign-in': async ({ username, password }, ctx) => {
      const handle = await connect(username, password);
      await desks.open(ctx.session, username, handle);
      sessions.signIn(ctx.session, handle.user);
      return status(ctx.session);
    },
    'staff:sign-out': async (_input, ctx) => {
      await audit.beforeClose(ctx.session, 'staff:sign-out', ctx.user);
      sessions.signOut(ctx.session);
      await desks.end(ctx.session);
      return status(ctx.session);
    },
    'staff:lock': async (_input, ctx) => {
      await audit.beforeClose(ctx.session, 'staff:lock', ctx.user);
      sessions.lock(ctx.session);
      await desks.closePool(ctx.session);
      return status(ctx.session);
    },
    'staff:unlock': async ({ password }, ctx) => {
      const user = signedIn(ctx);
      const login = desks.login(ctx.session);
      if (!login) throw new AppError('SIGNED_OUT', 'Please sign in first.');
      let handle;
      try {
        handle = await connect(login, password);
      } catch (error) {
        if (error instanceof AppError && error.code === 'VALIDATION') {
          throw new AppError('VALIDATION', 'The password is not right.', [
            { path: 'password', message: 'wrongPassword' },
          ]);
        }
        throw error;
      }
      if (handle.user.id !== user.id) {
        await handle.close();
        throw new AppError('VALIDATION', 'The password is not right.', [
          { path: 'password', message: 'wrongPassword' },
        ]);
      }
      await desks.open(ctx.session, login, handle);
      sessions.unlock(ctx.session);
      return status(ctx.session);
    },
    // The current password is checked the way sign-in checks it: a connection made with it.
    'staff:change-password': async ({ current, password }, ctx) => {
      signedIn(ctx);
      const { desk, login } = deskOf(ctx);
      try {
        await (await connect(login, current)).close();
      } catch (error) {
        if (error instanceof AppError && error.code === 'VALIDATION') {
          throw new AppError('VALIDATION', 'The current password is not right.', [
            { path: 'current', message: 'wrongPassword' },
          ]);
        }
        throw error;
      }
      await setOwnServerPassword(desk.db, password).catch((error: unknown) => {
        throw serverFailure(error, desks.where);
      });
      await reopen(ctx.session, login, password);
      return {};
    },
    'staff:recover': notHere(
      'recovery codes are not used here. Whoever runs the server sets a new password for the ' +
        "administrator's login as its superuser (ALTER ROLE … PASSWORD, see the README).",
    ),
    'staff:reset-password': async ({ id, password }, ctx) => {
      const user = signedIn(ctx);
      const { desk, login } = deskOf(ctx);
      const { member, signedOutOn } = await resetServerPassword(desk.db, id, password).catch((error: unknown) => {
        throw serverFailure(error, desks.where);
      });
      if (id === user.id) await reopen(ctx.session, login, password);
      for (const s of await desks.endLogin(member.username, 'passwordReset', ctx.session)) sessions.signOut(s);
      return { ...member, signedOutOn };
    },
    // Name, role and active together with the login (valgo_update_staff): a deactivated member's
    // login becomes NOLOGIN and can no longer connect from anywhere; reactivating gives LOGIN back.
    'staff:update': async (input, ctx) => {
      const { desk } = deskOf(ctx);
      try {
        const signedOutOn = await updateServerStaff(desk.db, input);
        const member = await serverMember(desk.db, input.id);
        sessions.updateUser({ id: member.id, name: member.name, role: member.role }, member.active);
        if (!member.active) for (const s of await desks.endLogin(member.username, 'deactivated')) sessions.signOut(s);
        return input.active === false ? { ...member, signedOutOn } : member;
      } catch (error) {
        throw serverFailure(error, desks.where);
      }
    },
    // A new member of staff is a new database login inside their role's group, made by the
    // server's valgo_add_staff (admins only); the password leaves this computer as a SCRAM verifier.
    'staff:create': async ({ name, username, role, password }, ctx) => {
      const desk = desks.get(ctx.session);
      if (!desk) throw new AppError('SIGNED_OUT', 'Please sign in first.');
      const login = username.toLowerCase();
      if (!isLoginName(login)) {
        throw new AppError(
          'VALIDATION',
          'A server login is 2-40 lower-case letters, digits or _, starting with a letter.',
          [{ path: 'username', message: 'invalidUsername' }],
        );
      }
      try {
        const { rows } = await sql<{ id: number }>`
          SELECT valgo_add_staff(${login}, ${name}, ${scramVerifier(password)}, ${role}) AS id`.execute(desk.db);
        return await serverMember(desk.db, rows[0]!.id);
      } catch (error) {
        if ((error as { code?: string }).code === '42710') {
          throw new AppError('VALIDATION', 'This user name is taken.', [
            { path: 'username', message: 'usernameTaken' },
          ]);
        }
        throw serverFailure(error, desks.where);
      }
    },
  };
}

/** Sign-in's address problems (login.ts field keys) as what the person at the desk should do. */
function addressProblem(key: string, where: string, fallback: string): string {
  switch (key) {
    case 'serverUnreachable':
      return `The practice server at ${where} cannot be reached right now. Check the network and try again.`;
    case 'certificateRejected':
      return `The practice server at ${where} did not prove its identity with the practice's CA certificate; ask the administrator.`;
    case 'databaseNotFound':
      return `The practice server has no database ${where.split('/')[1] ?? ''}; ask the administrator to check Settings → Data source.`;
    default:
      return `${fallback} (${where}); the administrator can check Settings → Data source.`;
  }
}
