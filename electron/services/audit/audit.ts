import type { Kysely } from 'kysely';
import type { AuditEntry, AuditListInput, AuditPage, AuditVerifyResult } from '../../../shared/contract';
import type { AuditLogTable, Database } from '../../db/schema';
import { Slice } from '../slice';
import { entryHash, fieldsOf, GENESIS, highestEverId } from './chain';

type ListFilters = Omit<AuditListInput, 'offset' | 'limit'> & { offset: number; limit: number };

function toEntry(row: AuditLogTable): AuditEntry {
  return { id: row.id, ...fieldsOf(row), prevHash: row.prev_hash, hash: row.hash };
}

/** A page of the log, newest first, with the count of every entry the filters match. */
export async function listAudit(db: Kysely<Database>, filters: ListFilters): Promise<AuditPage> {
  let query = db.selectFrom('audit_log');
  if (filters.userId !== undefined) query = query.where('user_id', '=', filters.userId);
  if (filters.patientId !== undefined) query = query.where('patient_id', '=', filters.patientId);
  if (filters.channel) query = query.where('channel', '=', filters.channel);
  // Instants compare as UTC text: stored ones are toISOString(); the bounds are normalised the same way.
  if (filters.from) query = query.where('at', '>=', new Date(filters.from).toISOString());
  if (filters.to) query = query.where('at', '<', new Date(filters.to).toISOString());
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(filters.limit).offset(filters.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toEntry), total: Number(count.n) };
}

/**
 * Walks the chain from the first entry. In order, for each entry:
 * - an id gap (or a highest id below the highest ever used) is a deleted entry: the first missing id;
 * - a hash that does not cover the entry's own fields is an edited entry;
 * - an entry that does not follow its predecessor's hash is out of place (`reordered`) when it
 *   follows some other entry, else its predecessor was edited and re-hashed (`edited`, that one).
 */
export async function verifyAudit(db: Kysely<Database>, slice = new Slice()): Promise<AuditVerifyResult> {
  // A page of entries at a time, the event loop handed back between slices: a practice's chain
  // grows by every read, and the walk runs in the app's main process. (A query is no turn of the
  // loop on SQLite, whose reads are synchronous: only the slice's own pauses are.)
  const counted = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const entries = Number(counted.n);
  let prevId = 0;
  let prevHash = GENESIS;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', prevId)
      .orderBy('id')
      .limit(VERIFY_PAGE)
      .execute();
    for (const row of rows) {
      if (row.id !== prevId + 1) return { ok: false, entries, firstBadId: prevId + 1, problem: 'deleted' };
      if (entryHash(fieldsOf(row), row.prev_hash) !== row.hash) {
        return { ok: false, entries, firstBadId: row.id, problem: 'edited' };
      }
      if (row.prev_hash !== prevHash) {
        return row.prev_hash === GENESIS || (await isSomeEntrysHash(db, row.prev_hash))
          ? { ok: false, entries, firstBadId: row.id, problem: 'reordered' }
          : { ok: false, entries, firstBadId: Math.max(prevId, 1), problem: 'edited' };
      }
      prevId = row.id;
      prevHash = row.hash;
      if (slice.due()) await slice.pause();
    }
    if (rows.length < VERIFY_PAGE) break;
    await slice.pause();
  }
  const highestEver = await highestEverId(db);
  if (highestEver > prevId) return { ok: false, entries, firstBadId: prevId + 1, problem: 'deleted' };
  return { ok: true, entries };
}

const VERIFY_PAGE = 2000;

async function isSomeEntrysHash(db: Kysely<Database>, hash: string): Promise<boolean> {
  const found = await db.selectFrom('audit_log').select('id').where('hash', '=', hash).limit(1).executeTakeFirst();
  return found !== undefined;
}
