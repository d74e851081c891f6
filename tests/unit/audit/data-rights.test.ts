import crypto from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../electron/db/schema';
import { verifyAudit } from '../../../electron/services/audit/audit';
import { appendAudit } from '../../../electron/services/audit/chain';
import { erasePatient } from '../../../electron/services/patients/erase';
import { exportChildZip } from '../../../electron/services/patients/export-zip';
import { createPatient, searchPatients } from '../../../electron/services/patients/patients';
import { serviceDb } from '../test-db';
import { child } from '../services/child-fixture';
import { FULL_RECORD_AT as VISIT, fullRecord } from '../services/full-record-fixture';

const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
const admin = { id: 1, name: 'Olga Admin', role: 'admin' as const };

const count = async (db: Kysely<Database>, table: keyof Database, patientId: number) =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('patient_id' as never, '=', patientId as never)
        .executeTakeFirstOrThrow()
    ).n,
  );

const PATIENT_TABLES = [
  'guardians',
  'assessments',
  'care_plans',
  'booklets',
  'appointments',
  'recalls',
  'recall_contacts',
  'course_returns',
] as const;

describe('whole-record zip', () => {
  it('holds the JSON export and every archived booklet PDF, byte for byte', async () => {
    const { db } = await serviceDb();
    const { patient } = await fullRecord(db);
    const files = await db
      .selectFrom('booklets as b')
      .innerJoin('booklet_files as f', 'f.sha256', 'b.sha256')
      .select(['b.sha256', 'f.bytes'])
      .distinct()
      .where('b.patient_id', '=', patient.id)
      .execute();
    expect(files).toHaveLength(2); // the original (and its reprint, the same bytes) and the re-issue

    const zip = await exportChildZip(db, patient.id, new Date(2027, 1, 3, 12));
    expect(zip.fileName).toBe('Valgo – Novak Mia – Record – 2027-02-03.zip');
    expect(zip.booklets).toBe(2);
    const entries = unzipSync(Buffer.from(zip.zipBase64, 'base64'));
    const names = Object.keys(entries).sort();
    expect(names).toHaveLength(3);
    const json = JSON.parse(strFromU8(entries['Valgo – Novak Mia – Record – 2027-02-03.json']!));
    expect(json).toMatchObject({ format: 1, child: { id: patient.id, lastName: 'Novak' } });
    expect(json.booklets).toHaveLength(3);
    const pdfs = names.filter((n) => n.startsWith('booklets/') && n.endsWith('.pdf'));
    expect(pdfs).toHaveLength(2);
    expect(pdfs.map((n) => sha(entries[n]!)).sort()).toEqual(files.map((f) => f.sha256).sort());
    for (const n of pdfs) expect(strFromU8(entries[n]!.subarray(0, 5))).toBe('%PDF-');
  }, 60_000);
});

describe('erasing a child', () => {
  it('refuses a name that is not the child’s full name, naming the field, and keeps everything', async () => {
    const { db } = await serviceDb();
    const { patient } = await fullRecord(db);
    await expect(erasePatient(db, { id: patient.id, confirmName: 'Mia' }, admin)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'confirmName', message: 'nameMismatch' }],
    });
    expect(await count(db, 'assessments', patient.id)).toBe(1);
    expect(await db.selectFrom('audit_log').select('id').execute()).toEqual([]);
    await expect(erasePatient(db, { id: 9999, confirmName: 'Mia Novak' }, admin)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  }, 60_000);

  it('removes every row of the child in every table, keeps the others, logs ids only, and the chain verifies', async () => {
    const { db, engine } = await serviceDb();
    const other = await createPatient(db, child('Lev', 'Orlov'));
    await appendAudit(db, {
      at: VISIT.toISOString(),
      userId: 1,
      userName: 'Olga Admin',
      userRole: 'admin',
      channel: 'patients:record',
      action: 'read',
      patientId: other.id,
      recordKind: 'patient',
      recordId: other.id,
      outcome: 'ok',
    });
    const { patient } = await fullRecord(db);
    for (const t of PATIENT_TABLES) expect(await count(db, t, patient.id), t).toBeGreaterThan(0);

    // Either language's order, any case and spacing.
    const result = await erasePatient(db, { id: patient.id, confirmName: '  novak   MIA ' }, admin, VISIT);
    expect(result.removed).toMatchObject({ patients: 1, booklet_files: 2, assessment_revisions: 1, booklets: 3 });

    for (const t of PATIENT_TABLES) expect(await count(db, t, patient.id), t).toBe(0);
    expect(await db.selectFrom('patients').select('id').where('id', '=', patient.id).execute()).toEqual([]);
    expect(await db.selectFrom('assessment_revisions').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('booklet_files').select('sha256').execute()).toEqual([]);
    expect((await searchPatients(db, 'Novak', 50)).items).toEqual([]);
    expect((await searchPatients(db, 'Orlov', 50)).items.map((p) => p.id)).toEqual([other.id]);
    expect(await count(db, 'guardians', other.id)).toBe(1);
    if (engine === 'sqlite') expect((await sql`PRAGMA secure_delete`.execute(db)).rows).toEqual([{ secure_delete: 1 }]);

    const log = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(log.map((e) => [e.action, e.patient_id, e.record_id, e.outcome])).toEqual([
      ['read', other.id, other.id, 'ok'],
      ['erase', patient.id, patient.id, 'ok'],
    ]);
    expect(JSON.stringify(log)).not.toMatch(/Mia|Novak|Anna|Mother/);
    expect(await verifyAudit(db)).toEqual({ ok: true, entries: 2 });
  }, 60_000);
});
