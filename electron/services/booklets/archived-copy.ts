import { sql, type Kysely, type Selectable } from 'kysely';
import { BookletRequest, PlanChild } from '../../../shared/contract';
import { engineOf } from '../../db/engine';
import type { BookletTable, Database } from '../../db/schema';
import { notFound } from '../errors';

/*
 * An issued booklet's archived copy, as a reprint needs it: the stored bytes and what names the
 * file. On one computer (SQLite) that is the booklet's row and its stored request. On a practice
 * server the front desk may reprint but may not read the request (it holds the plan's choices and
 * notes) nor the plans (grants.ts): every role goes through the owner's valgo_booklet_copy and
 * valgo_record_reprint (migration 14), which hand out and copy only what a reprint needs.
 */

export interface ArchivedCopy {
  id: number;
  patientId: number;
  pages: number;
  sha256: string;
  /** The stored PDF; null when it is missing. */
  bytes: Uint8Array | null;
  /** What names the file (the request's child, language and date). */
  naming: Pick<BookletRequest, 'child' | 'language' | 'generatedAt'>;
  /** The whole row on SQLite (the reprint is inserted from it); null on a server. */
  row: Selectable<BookletTable> | null;
}

export async function archivedCopy(db: Kysely<Database>, id: number): Promise<ArchivedCopy> {
  if (engineOf(db) === 'postgres') {
    const { rows } = await sql<{
      id: number;
      patient_id: number;
      language: BookletRequest['language'];
      pages: number;
      sha256: string;
      child: string;
      generated_at: string;
      bytes: Uint8Array | null;
    }>`SELECT * FROM valgo_booklet_copy(${id})`.execute(db);
    const r = rows[0];
    if (!r) throw notFound('This booklet');
    return {
      id: r.id,
      patientId: r.patient_id,
      pages: r.pages,
      sha256: r.sha256,
      bytes: r.bytes,
      naming: { child: PlanChild.parse(JSON.parse(r.child)), language: r.language, generatedAt: r.generated_at },
      row: null,
    };
  }
  const row = await db.selectFrom('booklets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('This booklet');
  const file = await db.selectFrom('booklet_files').select('bytes').where('sha256', '=', row.sha256).executeTakeFirst();
  return {
    id: row.id,
    patientId: row.patient_id,
    pages: row.pages,
    sha256: row.sha256,
    bytes: file?.bytes ?? null,
    naming: BookletRequest.parse(JSON.parse(row.request)),
    row,
  };
}

/** Archives a reprint on the practice server (a copy of booklet `id`); returns the new booklet's id. */
export async function recordServerReprint(
  db: Kysely<Database>,
  id: number,
  action: BookletTable['action'],
  at: string,
): Promise<number> {
  const { rows } = await sql<{ id: number }>`SELECT valgo_record_reprint(${id}, ${action}, ${at}) AS id`.execute(db);
  return rows[0]!.id;
}
