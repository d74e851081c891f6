import path from 'node:path';
import fs from 'node:fs';
import { sql, type Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../data-dir';
import { applyServerGrants } from '../services/server/grants';
import type { Engine } from './engine';
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
  const current = checkHistory(applied, list);

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
    await applyAll(trx, 'sqlite', pending, now);
  });
  return { from: current, to: latest, backupFile };
}

export type PostgresMigrateOptions = Omit<MigrateOptions, 'backupDir'>;

/** Any 64-bit number, the same in every copy of Valgo: workstations starting together migrate one at a time. */
const MIGRATION_LOCK = 0x76616c676f;

/**
 * `migrate` for a PostgreSQL database (the practice server). Everything, the bookkeeping table
 * included, happens in one transaction under an advisory lock, so desks starting at the same
 * time take turns and the second finds nothing to do; a refused (newer) database is rolled back
 * untouched. No copy is taken: the server's own backups (pg_dump, base backups) cover that.
 */
export async function migratePostgres(
  db: Kysely<Database>,
  options: PostgresMigrateOptions = {},
): Promise<Omit<MigrateResult, 'backupFile'>> {
  const list = options.migrations ?? defaultMigrations;
  checkOrder(list);
  const latest = list.at(-1)?.version ?? 0;
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`.execute(trx);
    const applied = (await trx.selectFrom('schema_migrations').select('version').orderBy('version').execute()).map(
      (r) => r.version,
    );
    const current = checkHistory(applied, list);
    const pending = list.filter((m) => m.version > current);
    await applyAll(trx, 'postgres', pending, options.now?.() ?? new Date());
    // New tables and columns get the practice's group-role grants (a no-op without the roles).
    if (pending.length > 0) await applyServerGrants(trx);
    return { from: current, to: pending.length === 0 ? current : latest };
  });
}

/** The database's version; refuses a newer database or a history this code did not write. */
function checkHistory(applied: readonly number[], list: readonly Migration[]): number {
  const latest = list.at(-1)?.version ?? 0;
  const current = applied.at(-1) ?? 0;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  applied.forEach((v, i) => {
    if (list[i]?.version !== v) throw new Error(`Database migration history does not match this version at ${v}.`);
  });
  return current;
}

async function applyAll(trx: Kysely<Database>, engine: Engine, pending: readonly Migration[], now: Date) {
  for (const m of pending) {
    await m.up(trx as unknown as Kysely<unknown>, engine);
    await trx
      .insertInto('schema_migrations')
      .values({ version: m.version, name: m.name, applied_at: now.toISOString() })
      .execute();
  }
}

function checkOrder(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list out of order at ${m.name}: expected ${i + 1}.`);
  });
}

export function latestSchemaVersion(list: readonly Migration[] = defaultMigrations): number {
  return list.at(-1)?.version ?? 0;
}
