import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { AuditAction, AuditOutcome } from '../../../shared/contract/audit';
import { engineOf } from '../../db/engine';
import type { AuditLogTable, Database } from '../../db/schema';

/*
 * The audit log's hash chain. Each entry's hash is SHA-256 over a canonical serialisation of its
 * fields (a JSON array in a fixed order, so no key order or spacing can vary) and the previous
 * entry's hash; the first entry follows GENESIS. The id is not hashed: it is checked separately
 * (a gap is a deleted entry), and an entry moved to another id keeps a valid hash of its own but
 * no longer follows its predecessor (reported as reordered).
 */

export const GENESIS = '0'.repeat(64);

/** What one entry records: ids only, never a child's name or notes. */
export interface AuditFields {
  at: string;
  userId: number | null;
  userName: string | null;
  userRole: AuditLogTable['user_role'];
  channel: string;
  action: AuditAction;
  patientId: number | null;
  recordKind: string | null;
  recordId: number | null;
  outcome: AuditOutcome;
}

/** The bytes an entry's hash covers. */
export function canonical(fields: AuditFields, prevHash: string): string {
  return JSON.stringify([
    'valgo-audit-1',
    fields.at,
    fields.userId,
    fields.userName,
    fields.userRole,
    fields.channel,
    fields.action,
    fields.patientId,
    fields.recordKind,
    fields.recordId,
    fields.outcome,
    prevHash,
  ]);
}

export function entryHash(fields: AuditFields, prevHash: string): string {
  return createHash('sha256').update(canonical(fields, prevHash), 'utf8').digest('hex');
}

export function fieldsOf(row: AuditLogTable): AuditFields {
  return {
    at: row.at,
    userId: row.user_id,
    userName: row.user_name,
    userRole: row.user_role,
    channel: row.channel,
    action: row.action,
    patientId: row.patient_id,
    recordKind: row.record_kind,
    recordId: row.record_id,
    outcome: row.outcome,
  };
}

/**
 * Appends one entry after the newest. Must run inside a transaction (`db.isTransaction`), so the
 * newest hash read and the insert are one step; `appendAudit` opens one when needed.
 */
async function appendInTransaction(trx: Kysely<Database>, fields: AuditFields): Promise<number> {
  // Desks append at once on the practice server: one at a time reads the newest entry and adds after it.
  if (engineOf(trx) === 'postgres') await sql`LOCK TABLE audit_log IN EXCLUSIVE MODE`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  // The highest id ever used, so an id is never reused after a tampered delete.
  const id = Math.max(last?.id ?? 0, await highestEverId(trx)) + 1;
  const prevHash = last?.hash ?? GENESIS;
  await trx
    .insertInto('audit_log')
    .values({
      id,
      at: fields.at,
      user_id: fields.userId,
      user_name: fields.userName,
      user_role: fields.userRole,
      channel: fields.channel,
      action: fields.action,
      patient_id: fields.patientId,
      record_kind: fields.recordKind,
      record_id: fields.recordId,
      outcome: fields.outcome,
      prev_hash: prevHash,
      hash: entryHash(fields, prevHash),
    })
    .execute();
  return id;
}

/** Appends one entry to the chain; returns its id. Joins the caller's transaction when there is one. */
export function appendAudit(db: Kysely<Database>, fields: AuditFields): Promise<number> {
  if (db.isTransaction) return appendInTransaction(db, fields);
  return db.transaction().execute((trx) => appendInTransaction(trx, fields));
}

/**
 * The highest id ever given to an entry. SQLite keeps it in sqlite_sequence (AUTOINCREMENT), which
 * still shows a deleted last entry; the PostgreSQL table has no sequence (migration 8: ids are
 * assigned here under the table lock, and triggers refuse every DELETE and TRUNCATE), so there
 * the entries themselves are the record.
 */
export async function highestEverId(db: Kysely<Database>): Promise<number> {
  if (engineOf(db) === 'postgres') return 0;
  const { rows } = await sql<{ seq: number }>`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`.execute(db);
  return rows[0]?.seq ?? 0;
}
