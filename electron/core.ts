import path from 'node:path';
import { createDispatch, type Dispatch } from './dispatch';
import { openDatabase, type OpenDb } from './db/open';
import { migrate, type MigrateResult } from './db/migrate';
import { createHandlers } from './handlers';
import type { AppInfo } from '../shared/contract';
import type { DesktopActions } from './desktop-actions';

export interface Core {
  dispatch: Dispatch;
  info: AppInfo;
  migration: MigrateResult;
  database: OpenDb;
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

/** Everything main does apart from windows: open and migrate the database, build the dispatcher. */
export async function startCore({ dataDir, mode, version, desktop, fontsDir }: CoreOptions): Promise<Core> {
  const database = openDatabase(dataDir);
  try {
    const migration = await migrate(database.db, database.sqlite, { backupDir: path.join(dataDir, 'backups') });
    const info: AppInfo = { version, dataDir, schemaVersion: migration.to, mode };
    const dispatch = createDispatch(createHandlers({ db: database.db, info, desktop, fontsDir }));
    return { dispatch, info, migration, database, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
