import type { AppInfo, Channel, ServerAddress } from '../shared/contract';
import { channelNames } from '../shared/contract';
import { createDispatch, type CallContext, type Dispatch, type Handlers } from './dispatch';
import { latestSchemaVersion } from './db/migrate';
import { createHandlers } from './handlers';
import type { DesktopActions } from './desktop-actions';
import { RenderPool } from './render-worker/pool';
import type { SpawnRenderProcess } from './render-worker/process';
import { createServerAuditRecorder } from './services/audit/server-recorder';
import { dataSourceHandlers } from './services/data-source/handlers';
import { DeskLogins } from './services/server/backup-desk';
import { serverBackupHandlers } from './services/server/backup-handlers';
import { AppError } from './services/errors';
import { ServerDesks } from './services/staff/desks';
import { staffGate } from './services/staff/gate';
import { serverStaffHandlers, type SignIn } from './services/staff/server-handlers';
import { Sessions } from './services/staff/sessions';

/*
 * startCore for a workstation of a practice server (issue 13): no SQLite file is opened and
 * nothing connects at start (there is no shared password to connect with). Each window signs in
 * with its member of staff's own database login and then works on its own pool (ServerDesks);
 * every channel but sign-in, status and the data source runs on the caller's pool. The schema is
 * the set-up command's to migrate; sign-in refuses a server newer than this build. The audit
 * trail is written on the server by triggers stamped with SESSION_USER, and the app's audit log
 * (sign-ins, refusals, reads) through each caller's own pool (services/audit/server-recorder.ts).
 */

export interface ServerCoreOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  version: string;
  address: ServerAddress;
  desktop?: DesktopActions;
  fontsDir?: string;
  /** How render processes start (see CoreOptions). */
  spawnRenderer?: SpawnRenderProcess;
  /** Sign-in to the server (tests pass their own to count calls); login.ts's otherwise. */
  signIn?: SignIn;
}

export interface ServerCore {
  dispatch: Dispatch;
  info: AppInfo;
  renderer: RenderPool;
  desks: ServerDesks;
  close(): Promise<void>;
}

/** How often idle-locked desks are looked for, to close their pools. */
const SWEEP_MS = 30_000;

export function startServerCore(options: ServerCoreOptions): ServerCore {
  const { dataDir, mode, version, address, desktop, fontsDir } = options;
  const info: AppInfo = { version, dataDir, schemaVersion: latestSchemaVersion(), mode };
  const renderer = new RenderPool({
    ...(fontsDir ? { fontsDir } : {}),
    ...(options.spawnRenderer ? { spawn: options.spawnRenderer } : {}),
    warm: true,
  });
  const sessions = new Sessions();
  const where = `${address.host}:${address.port}/${address.database}`;
  const desks = new ServerDesks(
    (db, changes) =>
      createHandlers({
        db,
        changes,
        info,
        ...(desktop ? { desktop } : {}),
        ...(fontsDir ? { fontsDir } : {}),
        renderer,
        sessions,
      }),
    where,
  );
  // The app's audit trail, written on the server through each caller's own pool (SESSION_USER).
  const audit = createServerAuditRecorder((session) => desks.get(session));
  const logins = new DeskLogins();
  const own: Partial<Handlers> = {
    ...serverStaffHandlers(address, desks, sessions, logins.remember(options.signIn), audit),
    ...dataSourceHandlers({ dataDir, active: { kind: 'server', ...address }, noStaffYet: async () => false }),
    'app:info': async () => info,
    // Settings → Backups: pg_dump with the admin's own login (kept beside its pool, never on disk).
    ...serverBackupHandlers({ dataDir, address, desks, logins }),
  };
  const routed = (channel: Channel) => async (input: unknown, ctx: CallContext) => {
    try {
      return await desks.call(channel, input, ctx);
    } catch (error) {
      // The server refused this window's login (a new password set elsewhere, or deactivated).
      if (error instanceof AppError && error.code === 'SIGNED_OUT' && desks.get(ctx.session)) {
        sessions.signOut(ctx.session);
        await desks.end(ctx.session);
      }
      throw error;
    }
  };
  const handlers = Object.fromEntries(
    channelNames.map((channel) => [channel, own[channel] ?? routed(channel)]),
  ) as unknown as Handlers;
  const dispatch = createDispatch(handlers, { gate: staffGate(sessions), onCall: audit });
  // A window that idle-locked gives its server connection back; unlocking signs in again.
  const sweep = setInterval(() => {
    for (const session of desks.sessions()) {
      const { user, locked } = sessions.peek(session);
      if (!user || locked) void desks.closePool(session);
    }
  }, SWEEP_MS);
  sweep.unref();
  const close = async () => {
    clearInterval(sweep);
    await renderer.close();
    await audit.flush();
    await desks.closeAll();
  };
  return { dispatch, info, renderer, desks, close };
}
