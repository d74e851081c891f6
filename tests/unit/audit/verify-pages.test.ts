// SQLite only: tampers with the database file through a second raw connection (as chain.test.ts).
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../electron/db/open';
import { verifyAudit } from '../../../electron/services/audit/audit';
import { entryHash, GENESIS, type AuditFields } from '../../../electron/services/audit/chain';
import { Slice } from '../../../electron/services/slice';
import { freshDb, tempDir } from '../test-db';

/*
 * verifyAudit walks the chain a page at a time (2,000 entries) so the app's main process keeps
 * turning; its verdicts must not depend on where the pages' edges fall.
 */

const ENTRIES = 4500;

const fieldsAt = (id: number): AuditFields => ({
  at: new Date(Date.UTC(2027, 0, 4) + id * 1000).toISOString(),
  userId: 1,
  userName: 'Dr. Ana Kovač',
  userRole: 'clinician',
  channel: 'patients:record',
  action: 'read',
  patientId: 10 + (id % 50),
  recordKind: 'patient',
  recordId: 10 + (id % 50),
  outcome: 'ok',
});

const handles: BetterSqlite3.Database[] = [];
afterEach(() => {
  for (const h of handles.splice(0)) h.close();
});

/** A chain of ENTRIES in a real file, and a raw connection without the append-only triggers. */
async function chain() {
  const dir = tempDir();
  const { db } = await freshDb(dir);
  const raw = new BetterSqlite3(path.join(dir, DB_FILE_NAME));
  handles.push(raw);
  raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  const insert = raw.prepare(
    `INSERT INTO audit_log (id, at, user_id, user_name, user_role, channel, action, patient_id, record_kind,
       record_id, outcome, prev_hash, hash) VALUES (?, ?, 1, ?, 'clinician', ?, 'read', ?, 'patient', ?, 'ok', ?, ?)`,
  );
  raw.transaction(() => {
    let prev = GENESIS;
    for (let id = 1; id <= ENTRIES; id++) {
      const f = fieldsAt(id);
      const hash = entryHash(f, prev);
      insert.run(id, f.at, f.userName, f.channel, f.patientId, f.recordId, prev, hash);
      prev = hash;
    }
  })();
  return { db, raw };
}

type Verdict = Awaited<ReturnType<typeof verifyAudit>>;
const broken = (firstBadId: number, problem: 'edited' | 'deleted' | 'reordered', entries = ENTRIES): Verdict => ({
  ok: false,
  entries,
  firstBadId,
  problem,
});

describe('the page-by-page walk of the audit chain', () => {
  const cases: [string, (raw: BetterSqlite3.Database) => void, Verdict][] = [
    ['intact', () => undefined, { ok: true, entries: ENTRIES }],
    [
      'an entry edited on the first page',
      (raw) => raw.exec('UPDATE audit_log SET patient_id = 77 WHERE id = 3'),
      broken(3, 'edited'),
    ],
    [
      'an entry edited on the last page',
      (raw) => raw.exec("UPDATE audit_log SET outcome = 'error' WHERE id = 4200"),
      broken(4200, 'edited'),
    ],
    [
      'an entry edited and re-hashed at a page edge',
      (raw) => {
        const row = raw.prepare('SELECT prev_hash FROM audit_log WHERE id = 2000').get() as { prev_hash: string };
        const forged = entryHash({ ...fieldsAt(2000), userId: 2 }, row.prev_hash);
        raw.prepare('UPDATE audit_log SET user_id = 2, hash = ? WHERE id = 2000').run(forged);
      },
      broken(2000, 'edited'),
    ],
    [
      'the first entry of a page deleted',
      (raw) => raw.exec('DELETE FROM audit_log WHERE id = 2001'),
      broken(2001, 'deleted', ENTRIES - 1),
    ],
    [
      'the last entry deleted',
      (raw) => raw.exec(`DELETE FROM audit_log WHERE id = ${ENTRIES}`),
      broken(ENTRIES, 'deleted', ENTRIES - 1),
    ],
    [
      'two entries swapped across a page edge',
      (raw) =>
        raw.exec(
          'UPDATE audit_log SET id = 100000 WHERE id = 2000; UPDATE audit_log SET id = 2000 WHERE id = 2001; ' +
            'UPDATE audit_log SET id = 2001 WHERE id = 100000;',
        ),
      broken(2000, 'reordered'),
    ],
    [
      'a prev_hash that is nobody’s hash',
      (raw) => raw.prepare('UPDATE audit_log SET prev_hash = ? WHERE id = 3000').run('f'.repeat(64)),
      broken(3000, 'edited'),
    ],
  ];

  it.each(cases)('%s', async (_, tamper, verdict) => {
    const { db, raw } = await chain();
    tamper(raw);
    expect(await verifyAudit(db)).toEqual(verdict);
    await db.destroy();
  });

  it('hands the event loop back while it walks', async () => {
    const { db } = await chain();
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    try {
      // Slices of 1 ms (the app's are 20 ms), so a walk this short is cut too.
      expect(await verifyAudit(db, new Slice(1))).toEqual({ ok: true, entries: ENTRIES });
    } finally {
      clearInterval(ticking);
    }
    // The timer ran during the walk: it handed the loop back instead of holding it to the end.
    expect(turns).toBeGreaterThan(0);
    await db.destroy();
  });
});
