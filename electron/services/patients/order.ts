import { sql, type Kysely } from 'kysely';
import { engineOf } from '../../db/engine';
import type { Database } from '../../db/schema';
import { foldText } from './text-fold';
import { rebuildPatientSearch } from './search';

/** Any 64-bit number, the same in every copy of Valgo: the key of the list-order lock below. */
const ORDER_LOCK = 0x76616c676f02;

/**
 * Call first in a transaction that gives a child a list place (createPatient, updatePatient). On
 * the practice server desks then place children one at a time, so two never pick the same free
 * rank (ranks are UNIQUE); the lock ends with the transaction. SQLite has one writer already.
 */
export async function lockPatientOrder(trx: Kysely<Database>): Promise<void> {
  if (engineOf(trx) === 'postgres') await sql`SELECT pg_advisory_xact_lock(${ORDER_LOCK})`.execute(trx);
}

/** Distance between neighbouring ranks after a renumbering: room for ~20 inserts between any two. */
export const RANK_GAP = 2 ** 20;

/** The list's order: last name, first name (folded), then id so equal names keep a stable order. */
export function patientSortKey(lastName: string, firstName: string, id: number): string {
  return `${foldText(lastName)}\u0001${foldText(firstName)}\u0001${String(id).padStart(12, '0')}`;
}

/**
 * An integer rank that sorts like `sortKey` among the other children. Ranks are spread out so a
 * new child usually fits between its neighbours; when they touch, every rank is renumbered.
 */
export async function rankFor(db: Kysely<Database>, sortKey: string, selfId: number): Promise<number> {
  const [before, after] = await Promise.all([
    db
      .selectFrom('patients')
      .select('sort_rank')
      .where('sort_key', '<', sortKey)
      .where('id', '!=', selfId)
      .orderBy('sort_key', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('patients')
      .select('sort_rank')
      .where('sort_key', '>', sortKey)
      .where('id', '!=', selfId)
      .orderBy('sort_key', 'asc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  if (!before && !after) return RANK_GAP;
  if (!before) return after!.sort_rank - RANK_GAP;
  if (!after) return before.sort_rank + RANK_GAP;
  if (after.sort_rank - before.sort_rank > 1) return Math.floor((before.sort_rank + after.sort_rank) / 2);
  await renumberRanks(db);
  return rankFor(db, sortKey, selfId);
}

/** Spreads all ranks RANK_GAP apart again (in sort order) and rebuilds the search index on them. */
export async function renumberRanks(db: Kysely<Database>): Promise<void> {
  // Two passes: ranks are UNIQUE, so first move them all out of the way into negative numbers.
  await sql`UPDATE patients SET sort_rank = -id`.execute(db);
  await sql`
    UPDATE patients SET sort_rank = ordered.n * ${RANK_GAP}
    FROM (SELECT id, row_number() OVER (ORDER BY sort_key) AS n FROM patients) AS ordered
    WHERE patients.id = ordered.id`.execute(db);
  await rebuildPatientSearch(db);
}
