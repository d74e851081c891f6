import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listAudit, verifyAudit } from '../../../electron/services/audit/audit';
import { appendAudit, GENESIS, type AuditFields } from '../../../electron/services/audit/chain';
import { serviceDb } from '../test-db';

/*
 * The audit chain on the engine under test (chain.test.ts tampers with a SQLite file behind the
 * triggers; this one needs no raw handle). On PostgreSQL the appends below run on several pooled
 * connections at once, as several desks would.
 */

const entry = (n: number): AuditFields => ({
  at: new Date(Date.UTC(2027, 0, 4, 9, n)).toISOString(),
  userId: 1 + (n % 3),
  userName: `Desk ${n % 3}`,
  userRole: 'receptionist',
  channel: 'patients:record',
  action: 'read',
  patientId: 10 + n,
  recordKind: 'patient',
  recordId: 10 + n,
  outcome: 'ok',
});

describe('audit chain on every engine', () => {
  it('keeps one unbroken chain when many appends arrive at once', async () => {
    const { db } = await serviceDb();
    expect(await verifyAudit(db)).toEqual({ ok: true, entries: 0 });
    const ids = await Promise.all(Array.from({ length: 24 }, (_, i) => appendAudit(db, entry(i))));
    expect([...ids].sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    const rows = await db.selectFrom('audit_log').select(['id', 'prev_hash', 'hash']).orderBy('id').execute();
    expect(rows[0]!.prev_hash).toBe(GENESIS);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(await verifyAudit(db)).toEqual({ ok: true, entries: 24 });
    const page = await listAudit(db, { userId: 2, offset: 0, limit: 5 });
    expect(page.total).toBe(8);
    expect(page.items).toHaveLength(5);
  });

  it('finds an entry edited behind the service', async () => {
    const { db, engine } = await serviceDb();
    for (let i = 1; i <= 4; i++) await appendAudit(db, entry(i));
    // Past the append-only triggers, as someone with the database's owner rights could.
    const trigger =
      engine === 'postgres'
        ? sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`
        : sql`DROP TRIGGER audit_log_no_update`;
    await trigger.execute(db);
    await db.updateTable('audit_log').set({ patient_id: 77 }).where('id', '=', 3).execute();
    expect(await verifyAudit(db)).toEqual({ ok: false, entries: 4, firstBadId: 3, problem: 'edited' });
  });
});
