import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export const DB_FILE_NAME = 'valgo.sqlite3';
/** Milliseconds a writer waits for a lock before failing: covers a backup or a second window. */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenDb {
  /** Raw handle: only for pragmas, online backup and closing. */
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  /** File path, or ':memory:'. */
  file: string;
  close(): Promise<void>;
}

/** Opens (creating if needed) the database file in `dataDir`, or in memory for `':memory:'`. */
export function openDatabase(dataDir: string): OpenDb {
  const file = dataDir === ':memory:' ? ':memory:' : path.join(dataDir, DB_FILE_NAME);
  if (file !== ':memory:') fs.mkdirSync(dataDir, { recursive: true });
  const sqlite = new BetterSqlite3(file);
  applyPragmas(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    sqlite,
    db,
    file,
    // Kysely's destroy closes the better-sqlite3 handle too.
    close: () => db.destroy(),
  };
}

function applyPragmas(sqlite: BetterSqlite3.Database): void {
  // WAL: readers never block the writer; FULL: a saved clinical record survives a power cut.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}
