import type { AppInfo, Channel, ServerAddress } from '../shared/contract';
import { channelNames } from '../shared/contract';
import { createDispatch, type CallContext, type Dispatch, type Handlers } from './dispatch';
import { latestSchemaVersion } from './db/migrate';
import { createHandlers } from './handlers';
import type { DesktopActions } from './desktop-actions';
import { RenderPool } from './render-worker/pool';
import type { SpawnRenderProcess } from './render-worker/process';
import { dataSourceHandlers } from './services/data-source/handlers';
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
 * trail is written on the server by triggers stamped with SESSION_USER.
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
  const own: Partial<Handlers> = {
    ...serverStaffHandlers(address, desks, sessions, options.signIn),
    ...dataSourceHandlers({ dataDir, active: { kind: 'server', ...address }, noStaffYet: async () => false }),
    'app:info': async () => info,
  };
  const routed = (channel: Channel) => (input: unknown, ctx: CallContext) => desks.call(channel, input, ctx);
  const handlers = Object.fromEntries(
    channelNames.map((channel) => [channel, own[channel] ?? routed(channel)]),
  ) as unknown as Handlers;
  const dispatch = createDispatch(handlers, { gate: staffGate(sessions) });
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
    await desks.closeAll();
  };
  return { dispatch, info, renderer, desks, close };
}
