import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Slice } from '../slice';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from '../../db/schema';

/*
 * What the move to the server copies, read from the two catalogs rather than listed by hand, so
 * a table or column a later migration adds moves without touching this file: every table of the
 * server's public schema (schema_migrations aside: each side keeps its own history), its columns
 * (generated ones, like the search document, are rebuilt by the server), its primary key (the
 * order rows are copied, hashed and compared in) and the foreign keys (the order tables are
 * filled in). Row checksums use one normalised form on both engines (see rowText).
 */

export interface TablePlan {
  name: string;
  /** Columns copied and hashed, in the server's column order. */
  columns: string[];
  /** Primary-key columns: rows are read in this order on both sides. */
  key: string[];
  /** Key columns that are text: compared byte-wise (COLLATE "C") on the server, as SQLite does. */
  textKey: string[];
  /** The table has triggers of its own (change log, audit, append-only guards). */
  hasTriggers: boolean;
  /** A column holds bytes (archived PDFs): rows are read from the server a few at a time. */
  hasBytes: boolean;
}

export interface SourceTable {
  name: string;
  columns: Set<string>;
}

const SKIPPED = new Set(['schema_migrations']);

/** The SQLite file's tables (FTS shadow tables and SQLite's own aside) with their columns. */
export function sourceTables(sqlite: BetterSqlite3.Database): Map<string, SourceTable> {
  const list = sqlite.prepare(`PRAGMA table_list`).all() as { schema: string; name: string; type: string }[];
  const tables = new Map<string, SourceTable>();
  for (const t of list) {
    if (t.schema !== 'main' || (t.type !== 'table' && t.type !== 'virtual')) continue;
    if (t.name.startsWith('sqlite_') || SKIPPED.has(t.name)) continue;
    const info = sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(t.name) as { name: string }[];
    const columns = new Set(info.map((c) => c.name));
    // Every SQLite table but a WITHOUT ROWID one has a rowid; the search index is keyed by it.
    if (t.type === 'virtual') columns.add('rowid');
    tables.set(t.name, { name: t.name, columns });
  }
  return tables;
}

/** The server's tables in an order that satisfies every foreign key (parents first). */
export async function targetTables(db: Kysely<Database>): Promise<TablePlan[]> {
  const { rows: tables } = await sql<{ name: string; has_triggers: boolean }>`
    SELECT c.relname AS name,
      EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal) AS has_triggers
    FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
    ORDER BY c.relname`.execute(db);
  const { rows: columns } = await sql<{ table_name: string; column_name: string; data_type: string }>`
    SELECT table_name, column_name, data_type FROM information_schema.columns
    WHERE table_schema = 'public' AND is_generated = 'NEVER'
    ORDER BY table_name, ordinal_position`.execute(db);
  const { rows: keys } = await sql<{ table_name: string; column_name: string }>`
    SELECT c.relname AS table_name, a.attname AS column_name
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indrelid
    JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
    WHERE i.indisprimary AND c.relnamespace = 'public'::regnamespace
    ORDER BY c.relname, k.n`.execute(db);
  const { rows: references } = await sql<{ child: string; parent: string }>`
    SELECT DISTINCT conrelid::regclass::text AS child, confrelid::regclass::text AS parent
    FROM pg_constraint
    WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND conrelid <> confrelid`.execute(db);

  const plans = new Map<string, TablePlan>();
  for (const t of tables) {
    if (SKIPPED.has(t.name)) continue;
    plans.set(t.name, {
      name: t.name,
      columns: [],
      key: [],
      textKey: [],
      hasTriggers: t.has_triggers,
      hasBytes: false,
    });
  }
  const types = new Map<string, string>();
  for (const c of columns) {
    const plan = plans.get(c.table_name);
    plan?.columns.push(c.column_name);
    if (plan && c.data_type === 'bytea') plan.hasBytes = true;
    types.set(`${c.table_name}.${c.column_name}`, c.data_type);
  }
  for (const k of keys) {
    const plan = plans.get(k.table_name);
    if (!plan) continue;
    plan.key.push(k.column_name);
    if (types.get(`${k.table_name}.${k.column_name}`) === 'text') plan.textKey.push(k.column_name);
  }
  for (const plan of plans.values()) {
    // No primary key: every column orders the rows (the copy and the checksums stay deterministic).
    if (plan.key.length === 0) plan.key = [...plan.columns];
  }
  return dependencyOrder(plans, references);
}

/** Parents before children; a cycle of foreign keys cannot be filled table by table and is refused. */
function dependencyOrder(plans: Map<string, TablePlan>, references: { child: string; parent: string }[]): TablePlan[] {
  const parents = new Map<string, Set<string>>([...plans.keys()].map((name) => [name, new Set<string>()]));
  for (const r of references) if (plans.has(r.child) && plans.has(r.parent)) parents.get(r.child)!.add(r.parent);
  const ordered: TablePlan[] = [];
  const placed = new Set<string>();
  while (ordered.length < plans.size) {
    const ready = [...plans.keys()].filter((n) => !placed.has(n) && [...parents.get(n)!].every((p) => placed.has(p)));
    if (ready.length === 0) {
      const left = [...plans.keys()].filter((n) => !placed.has(n)).join(', ');
      throw new Error(`The server's tables refer to each other in a cycle (${left}); they cannot be filled in order.`);
    }
    for (const name of ready) {
      placed.add(name);
      ordered.push(plans.get(name)!);
    }
  }
  return ordered;
}

/**
 * One row as text for the checksum: a JSON array in the plan's column order. Numbers, text and
 * null come back alike from both engines (engine.ts); bytes are hashed, so a PDF is compared
 * by its SHA-256 rather than spelled out.
 */
export function rowText(values: readonly unknown[]): string {
  return JSON.stringify(
    values.map((v) => (Buffer.isBuffer(v) || v instanceof Uint8Array ? { sha256: sha256(Buffer.from(v)) } : v)),
  );
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A running checksum over a table's rows. */
export class TableChecksum {
  private readonly hash = createHash('sha256');
  rows = 0;
  add(values: readonly unknown[]): void {
    this.hash.update(rowText(values));
    this.hash.update('\n');
    this.rows += 1;
  }
  digest(): string {
    return this.hash.digest('hex');
  }
}

/** `"a", "b"` for SQLite (double-quoted identifiers; DQS=0 makes them never strings). */
export const sqliteList = (names: readonly string[]) => names.map((n) => `"${n.replaceAll('"', '""')}"`).join(', ');

/**
 * What the server keeps of the app's own password and recovery hashes: nothing. There each member
 * of staff signs in with a database login, so the hashes would only be secrets for an admin's SQL
 * client to read; they are written as the marker valgo_add_staff writes and compared as such.
 */
const SERVER_STAFF_SECRETS: Readonly<Record<string, string | null>> = {
  password_hash: 'server-login',
  recovery_hash: null,
};

/** The source rows of `plan`, in key order, as value arrays (columns in the plan's order). */
export function sourceRows(sqlite: BetterSqlite3.Database, plan: TablePlan): IterableIterator<unknown[]> {
  const statement = sqlite.prepare(
    `SELECT ${sqliteList(plan.columns)} FROM "${plan.name}" ORDER BY ${sqliteList(plan.key)}`,
  );
  const rows = statement.raw(true).iterate() as IterableIterator<unknown[]>;
  if (plan.name !== 'staff') return rows;
  const secrets = plan.columns.flatMap((c, i) =>
    c in SERVER_STAFF_SECRETS ? [[i, SERVER_STAFF_SECRETS[c]] as const] : [],
  );
  return (function* () {
    for (const row of rows) {
      for (const [i, value] of secrets) row[i] = value;
      yield row;
    }
  })();
}

/**
 * The server's rows of `plan` in the same order as `sourceRows`, `batch` at a time through a
 * cursor (a few rows at a time where they hold bytes). `trx` must be a transaction (a cursor
 * lives only inside one).
 */
export async function* targetRows(
  trx: Kysely<Database>,
  plan: TablePlan,
  batch = plan.hasBytes ? 16 : 2000,
): AsyncGenerator<unknown[]> {
  const order = sql.join(plan.key.map((k) => (plan.textKey.includes(k) ? sql`${sql.ref(k)} COLLATE "C"` : sql.ref(k))));
  const columns = sql.join(plan.columns.map((c) => sql.ref(c)));
  await sql`DECLARE valgo_move_rows NO SCROLL CURSOR FOR
    SELECT ${columns} FROM ${sql.table(plan.name)} ORDER BY ${order}`.execute(trx);
  try {
    for (;;) {
      const { rows } = await sql<Record<string, unknown>>`FETCH ${sql.raw(String(batch))} FROM valgo_move_rows`.execute(
        trx,
      );
      for (const row of rows) yield plan.columns.map((c) => row[c]);
      if (rows.length < batch) return;
    }
  } finally {
    await sql`CLOSE valgo_move_rows`.execute(trx);
  }
}

/** The file's checksum of `plan`: its rows read in key order, the loop handed back between slices. */
export async function sourceChecksum(
  sqlite: BetterSqlite3.Database,
  plan: TablePlan,
  slice: Slice,
): Promise<{ rows: number; sum: string }> {
  const sum = new TableChecksum();
  // The iterator stays open across the pauses: nothing else runs on this read-only handle meanwhile.
  for (const row of sourceRows(sqlite, plan)) {
    sum.add(row);
    if (slice.due()) await slice.pause();
  }
  return { rows: sum.rows, sum: sum.digest() };
}

/**
 * The server's checksum of `plan` (inside `trx`), in the same form; for the archived PDFs, also
 * whether every file's bytes match the SHA-256 it is filed under.
 */
export async function targetChecksum(
  trx: Kysely<Database>,
  plan: TablePlan,
  slice: Slice,
): Promise<{ rows: number; sum: string; bytesMatch: boolean }> {
  const sum = new TableChecksum();
  const isFiles = plan.name === 'booklet_files';
  const [keyAt, bytesAt] = [plan.columns.indexOf('sha256'), plan.columns.indexOf('bytes')];
  let bytesMatch = true;
  for await (const row of targetRows(trx, plan)) {
    sum.add(row);
    if (isFiles && sha256(row[bytesAt] as Buffer) !== row[keyAt]) bytesMatch = false;
    if (slice.due()) await slice.pause();
  }
  return { rows: sum.rows, sum: sum.digest(), bytesMatch };
}
