import { sql, type Kysely } from 'kysely';
import type { EraseResult, Role } from '../../../shared/contract';
import { fullName } from '../../../shared/person-name';
import { engineOf } from '../../db/engine';
import type { Database } from '../../db/schema';
import { appendAudit } from '../audit/chain';
import { AppError, notFound } from '../errors';
import { unindexPatient } from './search';

/** Who erases (dispatch's ctx.user); null only in tests and before staff accounts existed. */
export type Eraser = { id: number; name: string; role: Role } | null;

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * Tables holding the child's rows, children before parents (the foreign keys are checked after
 * each statement). After the deletes every table with a `patient_id` column is checked empty for
 * the child, so a table added later cannot be forgotten silently: the erase fails and saves nothing.
 */
const ERASE_ORDER = [
  'appointments',
  'recall_contacts',
  'recalls',
  'course_returns',
  'booklets',
  'care_plans',
  'assessments',
  'guardians',
] as const;

/**
 * Erases the child (the family's right to erasure): every row about them in one transaction,
 * archived booklet PDFs no other booklet uses, and the search index entry; the audit log gains
 * one 'erase' entry holding ids only. `confirmName` must be the child's full name (either
 * language's order, case and spacing aside), or nothing happens. `secure_delete` overwrites the
 * freed pages, and a checkpoint moves them out of the write-ahead log. Backups taken earlier still
 * hold the child until they are deleted.
 */
export async function erasePatient(
  db: Kysely<Database>,
  input: { id: number; confirmName: string },
  user: Eraser,
  now = new Date(),
): Promise<EraseResult> {
  const child = await db.selectFrom('patients').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!child) throw notFound('The child');
  const name = { firstName: child.first_name, middleName: child.middle_name, lastName: child.last_name };
  const accepted = new Set([fold(fullName(name, 'en')), fold(fullName(name, 'ru'))]);
  if (!accepted.has(fold(input.confirmName))) {
    throw new AppError('VALIDATION', 'The name typed is not the child’s full name; nothing was erased.', [
      { path: 'confirmName', message: 'nameMismatch' },
    ]);
  }
  // SQLite overwrites the freed pages; PostgreSQL has no such switch (VACUUM reclaims the rows).
  const sqlite = engineOf(db) === 'sqlite';
  if (sqlite) await sql`PRAGMA secure_delete = ON`.execute(db);
  const removed = await db.transaction().execute(async (trx) => {
    const counts: Record<string, number> = {};
    const shas = await trx
      .selectFrom('booklets')
      .select('sha256')
      .distinct()
      .where('patient_id', '=', child.id)
      .execute();
    const assessmentIds = trx.selectFrom('assessments').select('id').where('patient_id', '=', child.id);
    const revisions = await trx
      .deleteFrom('assessment_revisions')
      .where('assessment_id', 'in', assessmentIds)
      .executeTakeFirst();
    counts.assessment_revisions = Number(revisions.numDeletedRows);
    for (const table of ERASE_ORDER) {
      const result = await trx.deleteFrom(table).where('patient_id', '=', child.id).executeTakeFirst();
      counts[table] = Number(result.numDeletedRows);
    }
    let files = 0;
    for (const { sha256 } of shas) {
      const result = await trx
        .deleteFrom('booklet_files')
        .where('sha256', '=', sha256)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('booklets').select('id').where('sha256', '=', sha256))),
        )
        .executeTakeFirst();
      files += Number(result.numDeletedRows);
    }
    counts.booklet_files = files;
    await unindexPatient(trx, child.sort_rank);
    counts.patient_search = 1;
    const patients = await trx.deleteFrom('patients').where('id', '=', child.id).executeTakeFirst();
    counts.patients = Number(patients.numDeletedRows);
    await assertNothingLeft(trx, child.id);
    await appendAudit(trx, {
      at: now.toISOString(),
      userId: user?.id ?? null,
      userName: user?.name ?? null,
      userRole: user?.role ?? null,
      channel: 'patients:erase',
      action: 'erase',
      patientId: child.id,
      recordKind: 'patient',
      recordId: child.id,
      outcome: 'ok',
    });
    return counts;
  });
  if (sqlite) await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  return { id: child.id, removed };
}

/** Logs of ids only, which keep the child's id (and gain the erase itself). */
const ID_LOGS = ['audit_log', 'change_log', 'server_audit'];

/** Every table with a patient_id column (the ids-only logs aside) holds no row of the child. */
async function assertNothingLeft(trx: Kysely<Database>, patientId: number): Promise<void> {
  const logs = sql.join(ID_LOGS);
  const { rows } =
    engineOf(trx) === 'postgres'
      ? await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
      AND a.attname = 'patient_id' AND NOT a.attisdropped AND c.relname NOT IN (${logs})`.execute(trx)
      : await sql<{ name: string }>`
    SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
    WHERE m.type = 'table' AND c.name = 'patient_id' AND m.name NOT IN (${logs})`.execute(trx);
  for (const { name } of rows) {
    const { rows: left } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(name)}
      WHERE patient_id = ${patientId}`.execute(trx);
    if (Number(left[0]?.n ?? 0) > 0) throw new Error(`Erase left rows in ${name}; nothing was erased.`);
  }
}
