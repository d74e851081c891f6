import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type {
  BackupEntry,
  BackupKind,
  BackupList,
  BackupSettings,
  DrillReport,
  RestoreResult,
} from '../../../shared/contract/backups';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../data-dir';
import { latestSchemaVersion, migrate } from '../../db/migrate';
import { createPrivateFile, type OpenDb } from '../../db/open';
import { AppError, notFound } from '../errors';
import { countsOf, inspectBackup, integrityOf, messageOf, pdfHashes, rowCount, tablesOf } from './check';
import { chooseBackupFolder, listBackups, readManifest, removeBackup, rotationVictims, takeBackup } from './files';

export interface BackupOptions {
  database: OpenDb;
  dataDir: string;
  appVersion: string;
  now?: () => Date;
  /** Where problems of automatic backups go (nobody is waiting for them). */
  logError?: (error: unknown) => void;
  /** Closes the other connections to the file (the render workers' readers) before a restore replaces it. */
  releaseReaders?: () => Promise<void>;
}

export type BackupService = ReturnType<typeof createBackups>;

const SETTINGS_FILE = 'backup-settings.json';

/**
 * Puts a copy of `source` at `live` (closed): SQLite's backup into a private file beside it, then
 * an atomic rename. The live file was closed cleanly (its WAL checkpointed), so leftover side
 * files are stale and must not meet the new file.
 */
async function replaceFile(source: string, live: string): Promise<void> {
  const partial = `${live}.restoring`;
  fs.rmSync(partial, { force: true });
  createPrivateFile(partial);
  const from = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  try {
    await from.backup(partial);
  } finally {
    from.close();
  }
  fs.chmodSync(partial, PRIVATE_FILE_MODE);
  for (const side of [`${live}-wal`, `${live}-shm`, `${live}-journal`]) fs.rmSync(side, { force: true });
  fs.renameSync(partial, live);
}

/**
 * Backups of the live database: taking (automatic, manual, safety), listing, rotating,
 * restoring over the live file and the restore drill. The folder choice is kept per machine in
 * the data folder (not in the database, so restoring an older backup does not move it).
 */
export function createBackups({
  database,
  dataDir,
  appVersion,
  now = () => new Date(),
  logError,
  releaseReaders,
}: BackupOptions) {
  const replaceLive = async (source: string, live: string) => {
    await releaseReaders?.();
    await replaceFile(source, live);
  };
  const defaultFolder = path.join(dataDir, 'backups');
  const settingsFile = path.join(dataDir, SETTINGS_FILE);
  let running: Promise<unknown> = Promise.resolve();

  const settings = (): BackupSettings => {
    try {
      const stored = JSON.parse(fs.readFileSync(settingsFile, 'utf8')) as { folder?: unknown };
      if (typeof stored.folder === 'string' && path.isAbsolute(stored.folder)) {
        return { folder: stored.folder, defaultFolder };
      }
    } catch {
      // No choice saved yet (or an unreadable one): the default folder.
    }
    return { folder: defaultFolder, defaultFolder };
  };

  /** One backup operation at a time; close waits for the one in progress. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = running.then(work, work);
    running = next.catch(() => undefined);
    return next;
  };

  /** A folder that went away or filled up is the admin's to fix: said so, never an internal error. */
  const take = async (kind: BackupKind): Promise<BackupEntry> => {
    const { folder } = settings();
    try {
      ensurePrivateDir(folder);
      return await takeBackup(database.sqlite, folder, kind, appVersion, now());
    } catch (error) {
      throw new AppError(
        'CONFLICT',
        `The backup could not be written to ${folder} (${messageOf(error)}). Check that the folder is there and has free space; nothing was changed.`,
      );
    }
  };

  const fileOf = (name: string): string => {
    const { folder } = settings();
    if (!listBackups(folder).some((b) => b.name === name)) throw notFound('The backup');
    return path.join(folder, name);
  };

  return {
    settings: async () => settings(),

    async setFolder(folder: string | null): Promise<BackupSettings> {
      chooseBackupFolder(folder, defaultFolder, settingsFile);
      return settings();
    },

    list: async (): Promise<BackupList> => {
      const { folder } = settings();
      return { folder, backups: listBackups(folder) };
    },

    /** "Back up now". */
    run: () => serial(() => take('manual')),

    /** At start and daily: a backup, then the rotation (7 daily, 4 weekly). */
    runAuto: () =>
      serial(async () => {
        const entry = await take('auto');
        const { folder } = settings();
        for (const old of rotationVictims(listBackups(folder))) removeBackup(folder, old.name);
        return entry;
      }).catch((error: unknown) => {
        (logError ?? ((e) => console.error('[backups:auto]', e)))(error);
        return null;
      }),

    restore: (name: string): Promise<RestoreResult> =>
      serial(async () => {
        const file = fileOf(name);
        const checked = inspectBackup(file, latestSchemaVersion());
        if (!checked.ok) return { outcome: 'refused', name, reason: checked.reason, detail: checked.detail };
        const safety = await take('safety');
        await database.reopen((live) => replaceLive(file, live));
        let migration;
        try {
          migration = await migrate(database.db, database.sqlite);
        } catch (error) {
          // Bringing the backup up to date failed: the data goes back to how it was.
          await database.reopen((live) => replaceLive(path.join(settings().folder, safety.name), live));
          return { outcome: 'refused', name, reason: 'corrupt', detail: messageOf(error) };
        }
        return {
          outcome: 'restored',
          name,
          safetyCopy: safety.name,
          takenAt: checked.takenAt,
          schemaVersion: checked.schemaVersion,
          schemaVersionNow: migration.to,
          counts: countsOf(database.sqlite),
        };
      }),

    drill: (name: string): Promise<DrillReport> =>
      serial(async () => {
        const started = Date.now();
        const file = fileOf(name);
        const checked = inspectBackup(file, latestSchemaVersion());
        const manifest = readManifest(file);
        const base = {
          name,
          takenAt: manifest?.takenAt ?? fs.statSync(file).mtime.toISOString(),
          checksumOk: checked.checksumOk,
        };
        const empty = { checked: 0, matching: 0, mismatched: 0, missingInLive: 0 };
        if (!checked.ok && checked.reason !== 'newer-schema') {
          return {
            ...base,
            ok: false,
            schemaVersion: null,
            integrity: checked.detail,
            tables: [],
            pdfs: empty,
            ms: Date.now() - started,
          };
        }
        const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-drill-'));
        try {
          const restored = path.join(temp, 'valgo.sqlite3');
          const source = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
          try {
            await source.backup(restored);
          } finally {
            source.close();
          }
          const copy = new BetterSqlite3(restored, { readonly: true });
          try {
            const integrity = integrityOf(copy);
            const live = database.sqlite;
            const tables = tablesOf(copy).map((table) => ({
              table,
              backup: rowCount(copy, table) ?? 0,
              live: rowCount(live, table),
            }));
            const livePdfs = pdfHashes(live);
            const pdfs = { ...empty };
            for (const [sha, intact] of pdfHashes(copy)) {
              pdfs.checked++;
              if (!intact) pdfs.mismatched++;
              else if (livePdfs.get(sha) !== true) pdfs.missingInLive++;
              else pdfs.matching++;
            }
            const ok = checked.ok && integrity === 'ok' && pdfs.mismatched === 0 && pdfs.missingInLive === 0;
            const schemaVersion = checked.ok ? checked.schemaVersion : null;
            return { ...base, ok, schemaVersion, integrity, tables, pdfs, ms: Date.now() - started };
          } finally {
            copy.close();
          }
        } catch (error) {
          return {
            ...base,
            ok: false,
            schemaVersion: null,
            integrity: messageOf(error),
            tables: [],
            pdfs: empty,
            ms: Date.now() - started,
          };
        } finally {
          fs.rmSync(temp, { recursive: true, force: true });
        }
      }),

    /** Waits for the backup in progress (closing the database under it would fail it). */
    idle: () => running.then(() => undefined),
  };
}
