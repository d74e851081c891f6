import path from 'node:path';
import { createDispatch, type Dispatch } from './dispatch';
import { openDatabase, type OpenDb } from './db/open';
import { migrate, type MigrateResult } from './db/migrate';
import { createHandlers } from './handlers';
import type { AppInfo, DataSource } from '../shared/contract';
import type { DesktopActions } from './desktop-actions';
import { RenderPool } from './render-worker/pool';
import type { SpawnRenderProcess } from './render-worker/process';
import { createBackups } from './services/backups/service';
import { startBackupSchedule } from './services/backups/schedule';
import { Sessions } from './services/staff/sessions';
import { staffGate } from './services/staff/gate';
import { getIdleLockMinutes } from './services/staff/staff';
import { createAuditRecorder } from './services/audit/recorder';
import { ChangeFeed } from './services/changes/feed';
import { readDataSource } from './data-source';
import { startServerCore } from './server-core';
import type { ServerDesks } from './services/staff/desks';

export interface Core {
  dispatch: Dispatch;
  info: AppInfo;
  /** null on a practice-server workstation (the set-up command migrates the server). */
  migration: MigrateResult | null;
  /** The embedded SQLite database; null on a practice-server workstation. */
  database: OpenDb | null;
  /** Where the data lives (data-source.json, read at start; a change takes effect at the next start). */
  source: DataSource;
  /** Server mode: each signed-in window's own connection. */
  desks?: ServerDesks;
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
  /** How render processes start (Electron's utilityProcess in the app; child_process.fork otherwise). */
  spawnRenderer?: SpawnRenderProcess;
}

/**
 * Everything main does apart from windows: open and migrate the database, start the booklet
 * render pool, build the dispatcher. `close` ends the render workers, then the database.
 */
export async function startCore(options: CoreOptions): Promise<Core> {
  const { dataDir, mode, version, desktop, fontsDir, spawnRenderer } = options;
  const { chosen, problem } = readDataSource(dataDir);
  if (problem) console.warn(`valgo: ${problem}`);
  if (chosen?.kind === 'server') {
    const { kind: _kind, ...address } = chosen;
    const server = startServerCore({
      dataDir,
      mode,
      version,
      address,
      ...(desktop ? { desktop } : {}),
      ...(fontsDir ? { fontsDir } : {}),
      ...(spawnRenderer ? { spawnRenderer } : {}),
    });
    return { ...server, migration: null, database: null, source: chosen };
  }
  const database = openDatabase(dataDir);
  let renderer: RenderPool | undefined;
  try {
    const migration = await migrate(database.db, database.sqlite, { backupDir: path.join(dataDir, 'backups') });
    const info: AppInfo = { version, dataDir, schemaVersion: migration.to, mode };
    // Workers start now, so the first booklet does not wait for them to load and parse the fonts.
    // Run from sources (tests) there is no built worker: the pool renders in-process and says so.
    renderer = new RenderPool({
      ...(fontsDir ? { fontsDir } : {}),
      ...(spawnRenderer ? { spawn: spawnRenderer } : {}),
      warm: true,
    });
    const pool = renderer;
    const backups = createBackups({ database, dataDir, appVersion: version, releaseReaders: () => pool.release() });
    const sessions = new Sessions();
    sessions.setIdleMinutes(await getIdleLockMinutes(database.db));
    // Live updates: other windows and other processes on this file are seen within 250 ms.
    const changes = new ChangeFeed(database.db);
    const handlers = createHandlers({
      db: database.db,
      info,
      desktop,
      fontsDir,
      renderer,
      dbFile: database.file,
      sessions,
      backups,
      changes,
    });
    // Every call that names a channel goes to the audit log (electron/services/audit/rules.ts).
    const audit = createAuditRecorder(database.db);
    const dispatch = createDispatch(handlers, { gate: staffGate(sessions), onCall: audit });
    // A backup at start and daily while running (the timer never keeps the process alive).
    const schedule = startBackupSchedule(backups);
    const close = async () => {
      await schedule.stop();
      await changes.close();
      await pool.close();
      await audit.flush();
      await database.close();
    };
    return { dispatch, info, migration, database, renderer, close, source: { kind: 'local' } };
  } catch (error) {
    await renderer?.close();
    await database.close();
    throw error;
  }
}
