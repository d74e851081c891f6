import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { AuditVerifyResult } from '../../../shared/contract/audit';
import { latestSchemaVersion, migrate } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import type { Database } from '../../db/schema';
import { verifyAudit } from '../audit/audit';
import { rebuildPatientSearch } from '../patients/search';
import { Slice } from '../slice';
import { sourceChecksum, sourceRows, sourceTables, targetChecksum, targetTables, type TablePlan } from './move-tables';

/*
 * Moving a practice from its SQLite file to the practice server (issue 13 §6). The file is only
 * ever opened read-only, in one read transaction (a consistent snapshot even if Valgo were still
 * running). The target must be an empty, migrated server database at the same schema version.
 * Everything is copied in one transaction, parents before children, ids kept, with the tables'
 * own triggers (change log, server audit, append-only guards) paused so the copy adds nothing of
 * its own; identity sequences then continue past the highest id ever used. The search index is
 * derived data in each engine's own form (FTS5 here, word prefixes on the server): it is rebuilt
 * from the copied children (move-search.ts), and compared by its row count. Tables only the
 * server has (its own audit, releases, search prefixes) are not the practice's data and are left
 * to the server. Afterwards both sides are read again and compared table by table (row count and
 * SHA-256 over the rows in key order), every archived PDF is checked against its SHA-256, and the
 * audit chain is re-walked. The admin's move runs in the app's main process: every synchronous
 * stretch (reading the file, hashing rows and PDFs) hands the event loop back every few dozen
 * milliseconds (Slice), and the copy reports its progress as it goes, not only per table.
 */

export interface MoveProgress {
  phase: 'check' | 'copy' | 'sequences' | 'search' | 'logins' | 'verify';
  table?: string;
  /** Copying: the table's rows copied so far (a copy reports as it goes; its last event has them all). */
  rows?: number;
}

export interface MoveTableReport {
  name: string;
  source: number;
  target: number;
  ok: boolean;
}

export interface MoveReport {
  tables: MoveTableReport[];
  /** Archived booklet PDFs: how many the server holds, and whether every one matches its SHA-256 and the file's. */
  pdfs: { count: number; ok: boolean };
  /** The audit chain walked on both sides; `target` is null when it cannot be walked there (`note` says why). */
  audit: { source: AuditVerifyResult; target: AuditVerifyResult | null; note?: string };
  ok: boolean;
}

export interface MoveOptions {
  /** The practice's valgo.sqlite3. */
  sqliteFile: string;
  /** An empty server database, migrated to the same schema version (openPostgres + migratePostgres). */
  target: Kysely<Database>;
  onProgress?: (progress: MoveProgress) => void;
  /** Runs last inside the copy's transaction (the staff's logins, move-logins.ts): its failure undoes the copy. */
  within?: (trx: Kysely<Database>) => Promise<void>;
}

/** The move cannot start: nothing was written. The message says what to do. */
export class MoveRefusedError extends Error {
  override readonly name = 'MoveRefusedError';
}

/** Rows and bytes per INSERT: within PostgreSQL's 65,535 parameters and a modest memory footprint. */
const MAX_PARAMETERS = 20_000;
const MAX_BATCH_BYTES = 8 << 20;
const PROGRESS_EVERY_MS = 250; // a copy's running count at most this often (the window polls every 250 ms)

/** Tables rebuilt on the server from the copied rows instead of copied: one row per child each. */
const DERIVED = new Set(['patient_search']);

export async function moveToServer(options: MoveOptions): Promise<MoveReport> {
  const { target, onProgress } = options;
  const source = openSource(options.sqliteFile);
  try {
    onProgress?.({ phase: 'check' });
    await checkVersions(source.sqlite, target);
    const plans = await copyPlans(source.sqlite, target);
    const seeded = await seededCounts();
    await target.transaction().execute(async (trx) => {
      await refuseNonEmpty(trx, plans, seeded);
      await pauseTriggers(trx, plans, 'DISABLE');
      for (const plan of [...plans].reverse()) {
        if (seeded.has(plan.name)) await sql`DELETE FROM ${sql.table(plan.name)}`.execute(trx);
      }
      const slice = new Slice();
      for (const plan of plans.filter((p) => !DERIVED.has(p.name))) {
        const rows = await copyTable(source.sqlite, trx, plan, slice, (copied) =>
          onProgress?.({ phase: 'copy', table: plan.name, rows: copied }),
        );
        onProgress?.({ phase: 'copy', table: plan.name, rows });
      }
      onProgress?.({ phase: 'sequences' });
      await advanceSequences(source.sqlite, trx);
      await pauseTriggers(trx, plans, 'ENABLE');
      onProgress?.({ phase: 'search' });
      await rebuildPatientSearch(trx, slice);
      if (options.within) {
        onProgress?.({ phase: 'logins' });
        await options.within(trx);
      }
    });
  } finally {
    await source.close();
  }
  return verifyMove(options);
}

/** Compares the SQLite file with the server, table by table; changes nothing on either side. */
export async function verifyMove(options: MoveOptions): Promise<MoveReport> {
  const { target, onProgress } = options;
  const source = openSource(options.sqliteFile);
  try {
    const plans = await copyPlans(source.sqlite, target);
    const slice = new Slice();
    const pdfs = { count: 0, ok: true };
    const tables: MoveTableReport[] = [];
    // Both sides hold one snapshot throughout: the file its read transaction, the server this one.
    await target
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        for (const plan of plans) {
          onProgress?.({ phase: 'verify', table: plan.name });
          const expected = await sourceChecksum(source.sqlite, plan, slice);
          const actual = await targetChecksum(trx, plan, slice);
          const same = expected.rows === actual.rows && (DERIVED.has(plan.name) || expected.sum === actual.sum);
          tables.push({ name: plan.name, source: expected.rows, target: actual.rows, ok: same });
          if (plan.name === 'booklet_files') pdfs.count = actual.rows;
          if (!actual.bytesMatch || (plan.name === 'booklet_files' && !same)) pdfs.ok = false;
        }
      });
    const audit = await auditOnBothSides(source.db, target, slice);
    const chainKept = audit.target === null || audit.target.ok === audit.source.ok;
    return { tables, pdfs, audit, ok: tables.every((t) => t.ok) && pdfs.ok && chainKept };
  } finally {
    await source.close();
  }
}

interface Source {
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  close(): Promise<void>;
}

/**
 * The file, read-only and query-only, inside one read transaction: every read sees one snapshot
 * (the journal included, should Valgo still be writing). A read-only connection cannot remove
 * the journal files it creates, so when there were none before and the journal stayed empty,
 * they are removed after closing: the data folder is left exactly as it was.
 */
function openSource(file: string): Source {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new MoveRefusedError(`There is no Valgo database at ${file}.`);
  }
  const sides = [`${file}-wal`, `${file}-shm`];
  const hadSides = sides.some((f) => fs.existsSync(f));
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('query_only = ON');
  sqlite.exec('BEGIN');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    sqlite,
    db,
    close: async () => {
      if (sqlite.inTransaction) sqlite.exec('COMMIT');
      await db.destroy();
      const wal = sides[0]!;
      if (!hadSides && fs.existsSync(wal) && fs.statSync(wal).size === 0) {
        for (const side of sides) fs.rmSync(side, { force: true });
      }
    },
  };
}

async function checkVersions(sqlite: BetterSqlite3.Database, target: Kysely<Database>): Promise<void> {
  const hasHistory = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'`).get();
  if (!hasHistory) throw new MoveRefusedError('The SQLite file is not a Valgo database (no schema history).');
  const from = (sqlite.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  const { rows: exists } = await sql<{
    r: string | null;
  }>`SELECT to_regclass('public.schema_migrations')::text AS r`.execute(target);
  if (!exists[0]?.r) throw new MoveRefusedError('The server database is not set up yet: run the server set-up first.');
  const { rows } = await sql<{ v: number | null }>`SELECT max(version) AS v FROM schema_migrations`.execute(target);
  const to = rows[0]?.v ?? 0;
  if (from > latestSchemaVersion()) {
    throw new MoveRefusedError(
      `The SQLite file is at schema ${from}, newer than this Valgo knows (${latestSchemaVersion()}): ` +
        'install the Valgo version that wrote it and move with that.',
    );
  }
  if (from < to) {
    throw new MoveRefusedError(
      `The SQLite file is at schema ${from} and the server at ${to}: open the file once with this version of Valgo ` +
        '(it brings the file up to date), close Valgo, then move it.',
    );
  }
  if (from > to) {
    throw new MoveRefusedError(
      `The SQLite file is at schema ${from} and the server at ${to}: bring the server up to schema ${from} ` +
        '(run the server set-up of the Valgo version that wrote the file), then move.',
    );
  }
}

/**
 * The file's tables as the server has them (server order, only the columns the file has too); a
 * file table or column the server lacks is refused. Server-only tables are not part of the move.
 */
async function copyPlans(sqlite: BetterSqlite3.Database, target: Kysely<Database>): Promise<TablePlan[]> {
  const source = sourceTables(sqlite);
  const plans = await targetTables(target);
  const names = new Set(plans.map((p) => p.name));
  const missing = [...source.keys()].filter((t) => !names.has(t));
  if (missing.length > 0) {
    throw new MoveRefusedError(
      `The server database has no table ${missing.join(', ')}: its schema does not match the file.`,
    );
  }
  return plans.flatMap((plan) => {
    const from = source.get(plan.name);
    if (!from) return [];
    const lost = [...from.columns].filter((c) => c !== 'rowid' && !plan.columns.includes(c));
    if (lost.length > 0) {
      throw new MoveRefusedError(
        `The server's ${plan.name} has no column ${lost.join(', ')}: its schema does not match.`,
      );
    }
    // A server-only column (none today) keeps its default and stays out of the comparison.
    const columns = plan.columns.filter((c) => from.columns.has(c));
    return [{ ...plan, columns, key: plan.key.filter((k) => columns.includes(k)) }];
  });
}

/** Rows a freshly migrated database already holds (appointment types, staff options...), per table. */
async function seededCounts(): Promise<Map<string, number>> {
  const fresh = openDatabase(':memory:');
  try {
    await migrate(fresh.db, fresh.sqlite);
    const counts = new Map<string, number>();
    for (const table of sourceTables(fresh.sqlite).keys()) {
      const { n } = fresh.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number };
      if (n > 0) counts.set(table, n);
    }
    return counts;
  } finally {
    await fresh.close();
  }
}

async function refuseNonEmpty(trx: Kysely<Database>, plans: TablePlan[], seeded: Map<string, number>) {
  const full: string[] = [];
  for (const plan of plans) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(plan.name)}`.execute(trx);
    if ((rows[0]?.n ?? 0) > (seeded.get(plan.name) ?? 0)) full.push(plan.name);
  }
  if (full.length > 0) {
    throw new MoveRefusedError(
      `The server database already holds data (table ${full.join(', ')}): a practice moves only into an empty ` +
        'database. Nothing was copied.',
    );
  }
}

/** Pauses (or resumes) the tables' own triggers for this transaction's copy; needs the owner role. */
async function pauseTriggers(trx: Kysely<Database>, plans: TablePlan[], mode: 'DISABLE' | 'ENABLE') {
  for (const plan of plans.filter((p) => p.hasTriggers)) {
    try {
      await sql`ALTER TABLE ${sql.table(plan.name)} ${sql.raw(mode)} TRIGGER USER`.execute(trx);
    } catch (error) {
      if ((error as { code?: string }).code === '42501') {
        throw new MoveRefusedError(
          `Connect as the database's owner role to move a practice (${plan.name} belongs to another role).`,
        );
      }
      throw error;
    }
  }
}

async function copyTable(
  sqlite: BetterSqlite3.Database,
  trx: Kysely<Database>,
  plan: TablePlan,
  slice: Slice,
  onRows: (copied: number) => void,
): Promise<number> {
  const maxRows = Math.max(1, Math.min(1000, Math.floor(MAX_PARAMETERS / plan.columns.length)));
  const columns = sql.join(plan.columns.map((c) => sql.ref(c)));
  let batch: unknown[][] = [];
  let bytes = 0;
  let copied = 0;
  let reported = performance.now();
  const flush = async () => {
    if (batch.length === 0) return;
    const values = sql.join(batch.map((row) => sql`(${sql.join(row)})`));
    try {
      await sql`INSERT INTO ${sql.table(plan.name)} (${columns}) OVERRIDING SYSTEM VALUE VALUES ${values}`.execute(trx);
    } catch (error) {
      throw copyError(plan.name, error);
    }
    copied += batch.length;
    batch = [];
    bytes = 0;
    slice.resume();
    if (performance.now() - reported >= PROGRESS_EVERY_MS) {
      reported = performance.now();
      onRows(copied);
    }
  };
  // The iterator stays open across the awaits: nothing else runs on this read-only handle meanwhile.
  for (const row of sourceRows(sqlite, plan)) {
    batch.push(row);
    for (const v of row) bytes += Buffer.isBuffer(v) ? v.length : typeof v === 'string' ? v.length : 8;
    if (batch.length >= maxRows || bytes >= MAX_BATCH_BYTES) await flush();
    else if (slice.due()) await slice.pause();
  }
  await flush();
  return copied;
}

/**
 * Every identity (or serial) column's sequence continues after the highest id in the table, or
 * the highest the file ever handed out (sqlite_sequence, for AUTOINCREMENT tables such as the
 * audit log and recalls), whichever is larger: an id is never handed out twice.
 */
async function advanceSequences(sqlite: BetterSqlite3.Database, trx: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ table_name: string; column_name: string; seq: string }>`
    SELECT c.relname AS table_name, a.attname AS column_name,
      pg_get_serial_sequence(format('%I', c.relname), a.attname) AS seq
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0
      AND NOT a.attisdropped AND pg_get_serial_sequence(format('%I', c.relname), a.attname) IS NOT NULL`.execute(trx);
  const hasSequenceTable = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'`).get();
  for (const r of rows) {
    const { rows: max } = await sql<{ m: number | null }>`
      SELECT max(${sql.ref(r.column_name)})::bigint AS m FROM ${sql.table(r.table_name)}`.execute(trx);
    const used = hasSequenceTable
      ? ((
          sqlite.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(r.table_name) as
            { seq: number } | undefined
        )?.seq ?? 0)
      : 0;
    const highest = Math.max(max[0]?.m ?? 0, used);
    if (highest > 0) await sql`SELECT setval(${r.seq}::regclass, ${highest})`.execute(trx);
    else await sql`SELECT setval(${r.seq}::regclass, 1, false)`.execute(trx);
  }
}

async function auditOnBothSides(
  source: Kysely<Database>,
  target: Kysely<Database>,
  slice: Slice,
): Promise<MoveReport['audit']> {
  const before = await verifyAudit(source, slice);
  try {
    return { source: before, target: await verifyAudit(target, slice) };
  } catch (error) {
    return {
      source: before,
      target: null,
      note: `The audit chain could not be walked on the server (${(error as Error).message}); its rows match the file's.`,
    };
  }
}

/**
 * A row the server's rules refuse (integrity errors, class 23): the file holds something the
 * server forbids, such as two overlapping visits of one clinician (the server's exclusion
 * constraint; SQLite checked that only in the app). Said with PostgreSQL's detail, which names
 * the key; the whole copy was rolled back.
 */
function copyError(table: string, error: unknown): Error {
  const e = error as { code?: string; detail?: string; message: string };
  if (!e.code?.startsWith('23')) return new Error(`Copying ${table} failed: ${e.message}`, { cause: error });
  const hint =
    e.code === '23P01' && table === 'appointments'
      ? ' Two visits of one clinician overlap in the file: cancel or move one of them in Valgo, then move again.'
      : ' Correct the record in Valgo, then move again.';
  return new MoveRefusedError(
    `The file's ${table} holds a row the server refuses (${e.message}${e.detail ? `; ${e.detail}` : ''}).${hint} ` +
      'Nothing was copied.',
  );
}
