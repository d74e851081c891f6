import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../data-dir';
import { DatabaseTooNewError, latestSchemaVersion } from './migrate';
import type { Database } from './schema';

export const DB_FILE_NAME = 'valgo.sqlite3';
/** Milliseconds a writer waits for a lock before failing: covers a backup or a second window. */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenDb {
  /** Raw handle: only for pragmas, online backup and closing. After `reopen` it is the new handle. */
  readonly sqlite: BetterSqlite3.Database;
  /** Stays the same object across `reopen`: every query goes to the handle open at that moment. */
  db: Kysely<Database>;
  /** File path, or ':memory:'. */
  file: string;
  /**
   * Waits for the query or transaction in progress, closes the file, runs `replace` (which may
   * put another database file at `file`), then opens it again. Calls arriving meanwhile wait.
   */
  reopen(replace?: (file: string) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Refuse (before anything writes) a database whose schema is newer than this. */
  maxSchemaVersion?: number;
}

/** Opens (creating if needed) the database file in `dataDir`, or in memory for `':memory:'`. */
export function openDatabase(dataDir: string, options: OpenOptions = {}): OpenDb {
  const file = dataDir === ':memory:' ? ':memory:' : path.join(dataDir, DB_FILE_NAME);
  const maxVersion = options.maxSchemaVersion ?? latestSchemaVersion();
  if (file !== ':memory:') ensurePrivateDir(dataDir);
  let sqlite = openFile(file, maxVersion);
  // Kysely reaches the handle only through these two calls, so a reopen swaps it underneath.
  const current = {
    prepare: (source: string) => sqlite.prepare(source),
    close: () => sqlite.close(),
  } as unknown as BetterSqlite3.Database;
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: current }) });
  return {
    get sqlite() {
      return sqlite;
    },
    db,
    file,
    reopen: (replace) =>
      // Holding Kysely's one connection: nothing else runs until the new handle is open.
      db.connection().execute(async () => {
        sqlite.close();
        try {
          await replace?.(file);
        } finally {
          sqlite = openFile(file, maxVersion);
        }
      }),
    // Kysely's destroy closes the better-sqlite3 handle too.
    close: () => db.destroy(),
  };
}

/**
 * The schema version a database file records, read without writing anything (no journal-mode
 * change, no table created): 0 for a new or empty file.
 */
export function storedSchemaVersion(file: string): number {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return 0;
  const probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const table = probe
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`)
      .get();
    if (!table) return 0;
    const row = probe.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
    return row.v ?? 0;
  } finally {
    probe.close();
  }
}

function openFile(file: string, maxVersion: number): BetterSqlite3.Database {
  if (file === ':memory:') {
    const memory = new BetterSqlite3(file);
    applyPragmas(memory);
    return memory;
  }
  // A newer version's database is refused before the journal mode (file header) changes.
  const stored = storedSchemaVersion(file);
  if (stored > maxVersion) throw new DatabaseTooNewError(stored, maxVersion);
  createPrivateFile(file);
  const sqlite = new BetterSqlite3(file);
  applyPragmas(sqlite);
  // SQLite gives the WAL and shared-memory files the database's mode; older installs are tightened.
  for (const side of [`${file}-wal`, `${file}-shm`]) if (fs.existsSync(side)) fs.chmodSync(side, PRIVATE_FILE_MODE);
  return sqlite;
}

/** Creates `file` if missing and makes it readable by this user only, whatever the umask. */
export function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  fs.chmodSync(file, PRIVATE_FILE_MODE);
}

function applyPragmas(sqlite: BetterSqlite3.Database): void {
  // WAL: readers never block the writer; FULL: a saved clinical record survives a power cut.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Deleted rows (an erased child, a replaced phone number) are overwritten, not left in free pages.
  sqlite.pragma('secure_delete = ON');
}
