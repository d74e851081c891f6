import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { addDays, addMonths, localToday, weekStart } from '../../../shared/calendar';
import { diaryDb } from './fixture';
import { storeCheckups } from './plan-fixture';

/*
 * The receptionist's channels must not depend on clinical fields (issue, role note). Proof by
 * removal: with the assessment tables and the child's notes gone from the database, every diary,
 * slot and recall channel still answers, and nothing they return names a clinical field.
 */
/** A Monday about a year ahead: visits are booked within 10 years of today (issue 10). */
const monday = weekStart(addMonths(localToday(), 12), 1);

describe('receptionist channels without clinical data', () => {
  it('answer with assessments and notes removed from the database', async () => {
    const { db, engine, drA, mia } = await diaryDb();
    const due = monday;
    const { recallIds } = await storeCheckups(db, mia, drA, [due, addMonths(due, 3)]);
    // PostgreSQL refuses to drop a table other tables' foreign keys name unless told to drop those too.
    const cascade = engine === 'postgres' ? sql` CASCADE` : sql``;
    await sql`DROP TABLE assessment_revisions${cascade}`.execute(db);
    await sql`DROP TABLE assessments${cascade}`.execute(db);
    await sql`ALTER TABLE patients DROP COLUMN notes${cascade}`.execute(db);
    const dispatch = createDispatch(
      createHandlers({ db, info: { version: 't', dataDir: '/tmp', schemaVersion: 3, mode: 'browser' } }),
      { logError: () => undefined },
    );
    const call = async (channel: string, input: unknown) => {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    await call('slots:propose', {
      clinicianId: drA,
      patientId: mia,
      durationMinutes: 20,
      proposals: [{ dueOn: due, reason: 'after_course' }],
    });
    const plan = await call('appointments:book-plan', {
      patientId: mia,
      clinicianId: drA,
      visits: [{ checkupId: recallIds[0], start: { date: due, time: '09:00' } }],
    });
    const results = [
      plan,
      await call('appointments:range', { from: due, to: addDays(due, 6) }),
      await call('appointments:patient', { patientId: mia }),
      await call('slots:next', { clinicianId: drA, from: due, durationMinutes: 20 }),
      await call('recall:list', {}),
      await call('recall:contacted', { patientId: mia, outcome: 'reached' }),
      await call('recall:contacts', { patientId: mia }),
      await call('diary:setup:get', {}),
      await call('care-plans:schedule', { patientId: mia }),
      await call('appointments:unclosed', {}),
    ];
    const text = JSON.stringify(results);
    for (const clinical of ['degree', 'redFlags', 'notes', 'heelAngle', 'weight', 'assessment'])
      expect(text).not.toContain(clinical);
  });

  it('report an overlap as CONFLICT and bad input as VALIDATION keys through the dispatcher', async () => {
    const { db, drA, mia } = await diaryDb();
    const dispatch = createDispatch(
      createHandlers({ db, info: { version: 't', dataDir: '/tmp', schemaVersion: 3, mode: 'browser' } }),
    );
    const input = { patientId: mia, clinicianId: drA, typeId: 2, start: { date: monday, time: '09:00' } };
    expect(await dispatch('appointments:create', input)).toMatchObject({ ok: true });
    expect(await dispatch('appointments:create', input)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const bad = await dispatch('appointments:create', {
      ...input,
      start: { date: '2099-02-30', time: '9:00' },
      durationMinutes: 2,
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          { path: 'start.date', message: 'invalidDate' },
          { path: 'start.time', message: 'invalidTime' },
          { path: 'durationMinutes', message: 'durationRange:5-480' },
        ],
      },
    });
  });
});
