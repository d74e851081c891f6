import { sql, type Kysely } from 'kysely';
import type { ChangeEntry } from '../../../shared/contract';
import { engineOf } from '../../db/engine';
import type { Database } from '../../db/schema';

/*
 * Reading the change log (migration 10) on either engine. A position is what a desk passes back
 * to get only what it has not seen:
 *
 * - SQLite: the last change id. Writers take the database lock, so ids become visible in order.
 * - PostgreSQL: a transaction horizon, the oldest transaction still running when the log was
 *   read (`pg_snapshot_xmin`). Ids are handed out before commit, so id 10 can appear after id 11;
 *   a row is delivered once its transaction is below the horizon, when no row can appear below
 *   it any more. Rows of [previous horizon, new horizon) are exactly the rows not yet delivered.
 */

/** More changes than this at once: the desk refreshes everything instead of one by one. */
export const MAX_BATCH = 500;

export interface ChangeBatch {
  /** The position to read after next time. */
  lastId: number;
  changes: ChangeEntry[];
  /** The log cannot list what changed since `after` (too much, or replaced): refresh everything. */
  reset: boolean;
  /** PostgreSQL: committed changes wait behind an older running transaction; read again soon. */
  pending: boolean;
}

interface Row {
  id: number;
  table_name: string;
  row_id: number | null;
  patient_id: number | null;
}

const entry = (r: Row): ChangeEntry => ({ id: r.id, table: r.table_name, rowId: r.row_id, patientId: r.patient_id });

/** Where the feed is now: nothing before it will be delivered again. */
export async function feedPosition(db: Kysely<Database>): Promise<number> {
  if (engineOf(db) === 'postgres') {
    const { rows } = await sql<{
      x: number;
    }>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS x`.execute(db);
    return rows[0]!.x;
  }
  // The AUTOINCREMENT counter, not max(id): it never goes back, even when old entries are pruned.
  const { rows } = await sql<{ seq: number | null }>`
    SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'change_log') AS seq`.execute(db);
  return rows[0]?.seq ?? 0;
}

/** The changes after `after`, at most MAX_BATCH of them (else `reset`). */
export async function readChanges(db: Kysely<Database>, after: number): Promise<ChangeBatch> {
  return engineOf(db) === 'postgres' ? readPostgres(db, after) : readSqlite(db, after);
}

async function readSqlite(db: Kysely<Database>, after: number): Promise<ChangeBatch> {
  const rows = await db
    .selectFrom('change_log')
    .select(['id', 'table_name', 'row_id', 'patient_id'])
    .where('id', '>', after)
    .orderBy('id')
    .limit(MAX_BATCH + 1)
    .execute();
  if (rows.length > MAX_BATCH) return { lastId: await feedPosition(db), changes: [], reset: true, pending: false };
  if (rows.length === 0) {
    const position = await feedPosition(db);
    // A position past the end: the database was replaced (a restore); start again from its end.
    if (after > position) return { lastId: position, changes: [], reset: true, pending: false };
    return { lastId: after, changes: [], reset: false, pending: false };
  }
  return { lastId: rows.at(-1)!.id, changes: rows.map(entry), reset: false, pending: false };
}

async function readPostgres(db: Kysely<Database>, after: number): Promise<ChangeBatch> {
  // One statement, one snapshot: the horizon and the rows below it agree.
  const { rows } = await sql<Row & { horizon: number; pending: boolean }>`
    WITH h AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS x)
    SELECT c.id, c.table_name, c.row_id, c.patient_id, h.x::text::bigint AS horizon,
      EXISTS (SELECT 1 FROM change_log p WHERE p.tx >= h.x) AS pending
    FROM h LEFT JOIN LATERAL (
      SELECT id, table_name, row_id, patient_id FROM change_log
      WHERE tx >= ${String(after)}::xid8 AND tx < h.x ORDER BY id LIMIT ${MAX_BATCH + 1}
    ) c ON true`.execute(db);
  const first = rows[0]!;
  const horizon = first.horizon;
  const pending = Boolean(first.pending);
  if (after > horizon) return { lastId: horizon, changes: [], reset: true, pending };
  const found = rows.filter((r) => r.id !== null);
  if (found.length > MAX_BATCH) return { lastId: horizon, changes: [], reset: true, pending };
  return { lastId: horizon, changes: found.map(entry), reset: false, pending };
}

/**
 * Forgets entries older than `days` (a desk asleep longer refreshes everything anyway). On the
 * practice server no login may delete from the log itself; the server's own function does it
 * (migration 17: at least a week kept, by the server's clock, so `now` is SQLite's only).
 */
export async function pruneChanges(db: Kysely<Database>, days: number, now = new Date()): Promise<number> {
  if (engineOf(db) === 'postgres') {
    const { rows } = await sql<{ gone: number | null }>`SELECT valgo_prune_changes(${days}) AS gone`.execute(db);
    return Number(rows[0]?.gone ?? 0);
  }
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const result = await db.deleteFrom('change_log').where('at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
