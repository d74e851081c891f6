import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../../../electron/db/schema';
import { ChangeFeed } from '../../../electron/services/changes/feed';
import { createPatient, updatePatient } from '../../../electron/services/patients/patients';
import { createClinician } from '../../../electron/services/settings/clinicians';
import { setClosedDays, setWorkingHours } from '../../../electron/services/diary/setup';
import { cancelAppointment } from '../../../electron/services/diary/appointments';
import { updateSettings } from '../../../electron/services/settings/settings';
import { book, LONG_AGO, WEEKDAYS_9_TO_5 } from '../appointments/fixture';
import { child } from '../services/child-fixture';

/*
 * The change log and feed, the same on both engines (change-log.test.ts: SQLite; ../pg/changes.test.ts:
 * PostgreSQL). `open()` gives a migrated database and a second, separate connection to it: the
 * "other desk" (another process on SQLite, another workstation on the server).
 */

export interface TwoDesks {
  db: Kysely<Database>;
  other: Kysely<Database>;
}

/** Every change-log row after `after`, as [table, op, rowId, patientId]. */
export async function logAfter(db: Kysely<Database>, after = 0) {
  const rows = await db
    .selectFrom('change_log')
    .select(['table_name', 'op', 'row_id', 'patient_id'])
    .where('id', '>', after)
    .orderBy('id')
    .execute();
  return rows.map((r) => [r.table_name, r.op, r.row_id, r.patient_id]);
}

async function lastLogId(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('change_log')
    .select((eb) => eb.fn.max('id').as('m'))
    .executeTakeFirst();
  return Number(row?.m ?? 0);
}

async function nextWeekday(): Promise<string> {
  const d = new Date();
  d.setDate(d.getDate() + 7);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function changeSuite(open: () => Promise<TwoDesks>): void {
  it('logs inserts, updates and deletes made through the services, with keys only', async () => {
    const { db } = await open();
    const start = await lastLogId(db);
    const mia = await createPatient(db, child('Mia', 'Novak', { notes: 'secret note' }));
    const guardianId = (await db
      .selectFrom('guardians')
      .select('id')
      .where('patient_id', '=', mia.id)
      .executeTakeFirst())!.id;
    expect(await logAfter(db, start)).toEqual(
      expect.arrayContaining([
        ['patients', 'insert', mia.id, mia.id],
        ['guardians', 'insert', guardianId, mia.id],
      ]),
    );

    let mark = await lastLogId(db);
    await updatePatient(db, mia.id, child('Mia', 'Novak-Horvat'));
    expect(await logAfter(db, mark)).toContainEqual(['patients', 'update', mia.id, mia.id]);

    const dr = await createClinician(db, { name: 'Dr. A', title: 'Podiatrist', phone: '', active: true });
    await setWorkingHours(db, { clinicianId: dr.id, intervals: WEEKDAYS_9_TO_5 });
    const type = await db
      .selectFrom('appointment_types')
      .select('id')
      .where('code', '=', 'follow_up')
      .executeTakeFirstOrThrow();
    mark = await lastLogId(db);
    const date = await nextWeekday();
    const { appointment } = await book(db, {
      patientId: mia.id,
      clinicianId: dr.id,
      typeId: type.id,
      date,
      time: '10:00',
    });
    expect(await logAfter(db, mark)).toContainEqual(['appointments', 'insert', appointment.id, mia.id]);
    mark = await lastLogId(db);
    await cancelAppointment(db, appointment.id, 'ill', LONG_AGO);
    expect(await logAfter(db, mark)).toContainEqual(['appointments', 'update', appointment.id, mia.id]);

    await setClosedDays(db, [{ from: date, to: date, clinicianId: null, label: 'Holiday' }]);
    const closed = (await db.selectFrom('closed_days').select('id').executeTakeFirstOrThrow()).id;
    mark = await lastLogId(db);
    await setClosedDays(db, []);
    expect(await logAfter(db, mark)).toEqual([['closed_days', 'delete', closed, null]]);

    mark = await lastLogId(db);
    await updateSettings(db, { clinicName: 'Happy Feet' });
    const settings = await logAfter(db, mark);
    expect(settings.length).toBeGreaterThan(0);
    expect(
      settings.every(([table, , rowId, patient]) => table === 'settings' && rowId === null && patient === null),
    ).toBe(true);

    // Keys only: no column of the log can hold a name or a note.
    const columns = Object.keys((await db.selectFrom('change_log').selectAll().executeTakeFirstOrThrow()) as object);
    expect(columns.filter((c) => c !== 'tx').sort()).toEqual(['at', 'id', 'op', 'patient_id', 'row_id', 'table_name']);
  });

  it('does not log a renumbering of the list order, which changes nothing shown', async () => {
    const { db } = await open();
    await createPatient(db, child('Mia', 'Novak'));
    await createPatient(db, child('Leo', 'Horvat'));
    const mark = await lastLogId(db);
    await sql`UPDATE patients SET sort_rank = -id`.execute(db);
    expect(await logAfter(db, mark)).toEqual([]);
  });

  it('keeps no entry naming a child once the child is deleted (erasure)', async () => {
    const { db } = await open();
    const mia = await createPatient(db, child('Mia', 'Novak'));
    const mark = await lastLogId(db);
    await db.deleteFrom('guardians').where('patient_id', '=', mia.id).execute();
    await db.deleteFrom('patients').where('id', '=', mia.id).execute();
    const left = await db.selectFrom('change_log').select('id').where('patient_id', '=', mia.id).execute();
    expect(left).toEqual([]);
    // The deletions are still announced (clinic-wide, so other desks refresh those lists whole).
    expect(await logAfter(db, mark)).toEqual(
      expect.arrayContaining([
        ['guardians', 'delete', expect.any(Number), null],
        ['patients', 'delete', mia.id, null],
      ]),
    );
  });

  it('answers a waiting desk within a second of a write on another connection', async () => {
    const { db, other } = await open();
    const feed = new ChangeFeed(db);
    try {
      const { lastId } = await feed.wait(null);
      const waiting = feed.wait(lastId, 10_000);
      await new Promise((r) => setTimeout(r, 100));
      const written = Date.now();
      const leo = await createPatient(other, child('Leo', 'Horvat'));
      const answer = await waiting;
      const latency = Date.now() - written;
      expect(latency).toBeLessThan(1000);
      expect(answer.reset).toBe(false);
      expect(answer.changes).toContainEqual(
        expect.objectContaining({ table: 'patients', rowId: leo.id, patientId: leo.id }),
      );
      // From the new position: nothing again, and the timeout answers with no changes.
      const quiet = await feed.wait(answer.lastId, 300);
      expect(quiet).toEqual({ lastId: expect.any(Number), changes: [], reset: false });
    } finally {
      await feed.close();
    }
  });

  it('catches up from an old position, and tells a desk past the end to refresh everything', async () => {
    const { db, other } = await open();
    const feed = new ChangeFeed(db);
    try {
      const { lastId } = await feed.wait(null);
      const a = await createPatient(other, child('Ann', 'One'));
      const b = await createPatient(other, child('Bob', 'Two'));
      const caught = await feed.wait(lastId, 2_000);
      // Creating a child inserts the row, then places it in the list order (an update).
      const patients = [...new Set(caught.changes.filter((c) => c.table === 'patients').map((c) => c.rowId))];
      expect(patients).toEqual([a.id, b.id]);
      const past = await feed.wait(caught.lastId + 1_000_000, 2_000);
      expect(past.reset).toBe(true);
      expect(past.lastId).toBeLessThanOrEqual(caught.lastId);
    } finally {
      await feed.close();
    }
  });

  it('answers waiting calls at once when the feed closes', async () => {
    const { db } = await open();
    const feed = new ChangeFeed(db);
    const { lastId } = await feed.wait(null);
    const waiting = feed.wait(lastId, 20_000);
    const started = Date.now();
    await new Promise((r) => setTimeout(r, 50));
    await feed.close();
    expect(await waiting).toEqual({ lastId, changes: [], reset: false });
    expect(Date.now() - started).toBeLessThan(1000);
  });
}
