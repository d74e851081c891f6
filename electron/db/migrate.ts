import path from 'node:path';
import fs from 'node:fs';
import { sql, type Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../data-dir';
import { migrations as defaultMigrations, type Migration } from './migrations';
import type { Database } from './schema';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `This data was written by a newer Valgo (schema ${databaseVersion}; this version knows up to ${codeVersion}). ` +
        'Install the newer version; nothing was changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export interface MigrateResult {
  from: number;
  to: number;
  /** Path of the copy taken before migrating an existing database, if one was taken. */
  backupFile: string | null;
}

export interface MigrateOptions {
  /** Folder for the pre-migration copy; none is taken for in-memory databases. */
  backupDir?: string;
  migrations?: readonly Migration[];
  now?: () => Date;
}

/** Brings the database to the newest schema the code knows, in one transaction. */
export async function migrate(
  db: Kysely<Database>,
  sqlite: BetterSqlite3.Database,
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const list = options.migrations ?? defaultMigrations;
  checkOrder(list);
  const latest = list.at(-1)?.version ?? 0;

  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`.execute(db);
  const applied = (await db.selectFrom('schema_migrations').select('version').orderBy('version').execute()).map(
    (r) => r.version,
  );
  const current = applied.at(-1) ?? 0;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  applied.forEach((v, i) => {
    if (list[i]?.version !== v) throw new Error(`Database migration history does not match this version at ${v}.`);
  });

  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return { from: current, to: current, backupFile: null };

  const now = options.now?.() ?? new Date();
  let backupFile: string | null = null;
  if (current > 0 && options.backupDir && sqlite.name !== ':memory:') {
    ensurePrivateDir(options.backupDir);
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    backupFile = path.join(options.backupDir, `valgo-schema${current}-before-${latest}-${stamp}.sqlite3`);
    await sqlite.backup(backupFile);
    fs.chmodSync(backupFile, PRIVATE_FILE_MODE);
  }

  await db.transaction().execute(async (trx) => {
    for (const m of pending) {
      await m.up(trx as unknown as Kysely<unknown>);
      await trx
        .insertInto('schema_migrations')
        .values({ version: m.version, name: m.name, applied_at: now.toISOString() })
        .execute();
    }
  });
  return { from: current, to: latest, backupFile };
}

function checkOrder(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list out of order at ${m.name}: expected ${i + 1}.`);
  });
}

export function latestSchemaVersion(list: readonly Migration[] = defaultMigrations): number {
  return list.at(-1)?.version ?? 0;
}
