// SQLite only (unit-pg excludes it): tampers with the database file through a second raw connection.
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { DB_FILE_NAME } from '../../../electron/db/open';
import type { Database } from '../../../electron/db/schema';
import { listAudit, verifyAudit } from '../../../electron/services/audit/audit';
import { appendAudit, entryHash, fieldsOf, GENESIS, type AuditFields } from '../../../electron/services/audit/chain';
import { freshDb, tempDir } from '../test-db';

const entry = (n: number, extra: Partial<AuditFields> = {}): AuditFields => ({
  at: new Date(Date.UTC(2027, 0, 4, 9, n)).toISOString(),
  userId: 1,
  userName: 'Dr. Ana Kovač',
  userRole: 'clinician',
  channel: 'patients:record',
  action: 'read',
  patientId: 10 + n,
  recordKind: 'patient',
  recordId: 10 + n,
  outcome: 'ok',
  ...extra,
});

const rawHandles: BetterSqlite3.Database[] = [];
afterEach(() => {
  for (const h of rawHandles.splice(0)) h.close();
});

/** A log of `n` entries in a real database file, and a second raw connection to tamper with it. */
async function logOf(n: number) {
  const dir = tempDir();
  const { db, sqlite } = await freshDb(dir);
  for (let i = 1; i <= n; i++) await appendAudit(db, entry(i));
  const raw = () => {
    const other = new BetterSqlite3(path.join(dir, DB_FILE_NAME));
    rawHandles.push(other);
    other.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    return other;
  };
  return { db, sqlite, raw };
}

const rows = (db: Kysely<Database>) => db.selectFrom('audit_log').selectAll().orderBy('id').execute();

describe('audit log chain', () => {
  it('links each entry to the previous hash over a canonical serialisation, from GENESIS', async () => {
    const { db } = await logOf(3);
    const all = await rows(db);
    expect(all.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(all[0]!.prev_hash).toBe(GENESIS);
    expect(all[1]!.prev_hash).toBe(all[0]!.hash);
    expect(all[2]!.prev_hash).toBe(all[1]!.hash);
    for (const r of all) expect(entryHash(fieldsOf(r), r.prev_hash)).toBe(r.hash);
    // Any field changes the hash.
    expect(entryHash({ ...fieldsOf(all[0]!), patientId: 99 }, GENESIS)).not.toBe(all[0]!.hash);
    expect(await verifyAudit(db)).toEqual({ ok: true, entries: 3 });
  });

  it('refuses UPDATE and DELETE through its triggers', async () => {
    const { sqlite } = await logOf(2);
    expect(() => sqlite.prepare('UPDATE audit_log SET patient_id = 5 WHERE id = 1').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 2 });
  });

  it('pinpoints an entry edited behind the triggers', async () => {
    const { db, raw } = await logOf(5);
    raw().prepare('UPDATE audit_log SET patient_id = 77 WHERE id = 3').run();
    expect(await verifyAudit(db)).toEqual({ ok: false, entries: 5, firstBadId: 3, problem: 'edited' });
  });

  it('pinpoints an entry edited and re-hashed: the next one no longer follows it', async () => {
    const { db, raw } = await logOf(5);
    const third = (await rows(db))[2]!;
    const forged = { ...fieldsOf(third), userId: 2 };
    raw().prepare('UPDATE audit_log SET user_id = 2, hash = ? WHERE id = 3').run(entryHash(forged, third.prev_hash));
    expect(await verifyAudit(db)).toEqual({ ok: false, entries: 5, firstBadId: 3, problem: 'edited' });
  });

  it('names the missing id of a deleted middle entry, and of a deleted last entry', async () => {
    const { db, raw } = await logOf(5);
    const other = raw();
    other.prepare('DELETE FROM audit_log WHERE id = 2').run();
    expect(await verifyAudit(db)).toEqual({ ok: false, entries: 4, firstBadId: 2, problem: 'deleted' });

    const tail = await logOf(4);
    tail.raw().prepare('DELETE FROM audit_log WHERE id = 4').run();
    expect(await verifyAudit(tail.db)).toEqual({ ok: false, entries: 3, firstBadId: 4, problem: 'deleted' });
    // The next entry does not reuse the id: the gap stays visible.
    await appendAudit(tail.db, entry(9));
    expect((await rows(tail.db)).map((r) => r.id)).toEqual([1, 2, 3, 5]);
    expect(await verifyAudit(tail.db)).toMatchObject({ ok: false, firstBadId: 4, problem: 'deleted' });
  });

  it('reports two entries swapped as reordered', async () => {
    const { db, raw } = await logOf(4);
    const other = raw();
    other.exec('UPDATE audit_log SET id = 100 WHERE id = 2; UPDATE audit_log SET id = 2 WHERE id = 3;');
    other.exec('UPDATE audit_log SET id = 3 WHERE id = 100;');
    expect(await verifyAudit(db)).toEqual({ ok: false, entries: 4, firstBadId: 2, problem: 'reordered' });
  });

  it('lists newest first, filtered by user, child, channel and time, with the total for paging', async () => {
    const { db } = await logOf(0);
    for (let i = 1; i <= 6; i++) {
      await appendAudit(db, entry(i, i % 2 ? {} : { userId: 2, channel: 'patients:update', action: 'change' }));
    }
    const all = await listAudit(db, { offset: 0, limit: 4 });
    expect(all.total).toBe(6);
    expect(all.items.map((e) => e.id)).toEqual([6, 5, 4, 3]);
    expect((await listAudit(db, { offset: 4, limit: 4 })).items.map((e) => e.id)).toEqual([2, 1]);
    expect((await listAudit(db, { userId: 2, offset: 0, limit: 50 })).items.map((e) => e.id)).toEqual([6, 4, 2]);
    expect((await listAudit(db, { patientId: 13, offset: 0, limit: 50 })).items.map((e) => e.id)).toEqual([3]);
    expect((await listAudit(db, { channel: 'patients:record', offset: 0, limit: 50 })).total).toBe(3);
    const window = await listAudit(db, {
      from: '2027-01-04T09:02:00.000Z',
      to: '2027-01-04T12:04:00+03:00',
      offset: 0,
      limit: 50,
    });
    expect(window.items.map((e) => e.id)).toEqual([3, 2]);
  });
});
