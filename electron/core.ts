import path from 'node:path';
import { createDispatch, type Dispatch } from './dispatch';
import { openDatabase, type OpenDb } from './db/open';
import { migrate, type MigrateResult } from './db/migrate';
import { createHandlers } from './handlers';
import type { AppInfo } from '../shared/contract';
import type { DesktopActions } from './desktop-actions';
import { RenderPool } from './render-worker/pool';
import { createBackups } from './services/backups/service';
import { startBackupSchedule } from './services/backups/schedule';
import { Sessions } from './services/staff/sessions';
import { staffGate } from './services/staff/gate';
import { getIdleLockMinutes } from './services/staff/staff';
import { createAuditRecorder } from './services/audit/recorder';

export interface Core {
  dispatch: Dispatch;
  info: AppInfo;
  migration: MigrateResult;
  database: OpenDb;
  /** Booklet PDFs render here, off the event loop that answers every other call. */
  renderer: RenderPool;
  close(): Promise<void>;
}

export interface CoreOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  version: string;
  /** The desktop app's print / save / open (electron/shell/pdf-actions.ts). */
  desktop?: DesktopActions;
  fontsDir?: string;
}

/**
 * Everything main does apart from windows: open and migrate the database, start the booklet
 * render pool, build the dispatcher. `close` ends the render workers, then the database.
 */
export async function startCore({ dataDir, mode, version, desktop, fontsDir }: CoreOptions): Promise<Core> {
  const database = openDatabase(dataDir);
  let renderer: RenderPool | undefined;
  try {
    const migration = await migrate(database.db, database.sqlite, { backupDir: path.join(dataDir, 'backups') });
    const info: AppInfo = { version, dataDir, schemaVersion: migration.to, mode };
    // Workers start now, so the first booklet does not wait for them to load and parse the fonts.
    // Run from sources (tests) there is no built worker: the pool renders in-process and says so.
    renderer = new RenderPool({ ...(fontsDir ? { fontsDir } : {}), warm: true });
    const pool = renderer;
    const backups = createBackups({ database, dataDir, appVersion: version, releaseReaders: () => pool.release() });
    const sessions = new Sessions();
    sessions.setIdleMinutes(await getIdleLockMinutes(database.db));
    const handlers = createHandlers({
      db: database.db,
      info,
      desktop,
      fontsDir,
      renderer,
      dbFile: database.file,
      sessions,
      backups,
    });
    // Every call that names a channel goes to the audit log (electron/services/audit/rules.ts).
    const audit = createAuditRecorder(database.db);
    const dispatch = createDispatch(handlers, { gate: staffGate(sessions), onCall: audit });
    // A backup at start and daily while running (the timer never keeps the process alive).
    const schedule = startBackupSchedule(backups);
    const close = async () => {
      await schedule.stop();
      await pool.close();
      await audit.flush();
      await database.close();
    };
    return { dispatch, info, migration, database, renderer, close };
  } catch (error) {
    await renderer?.close();
    await database.close();
    throw error;
  }
}
