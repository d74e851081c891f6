import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  cancelAppointment,
  createAppointment,
  moveAppointment,
  setAppointmentStatus,
} from '../../../electron/services/diary/appointments';
import { bookPlan, unbookPlan } from '../../../electron/services/diary/plan-bookings';
import { closeOutAppointments, unclosedAppointments } from '../../../electron/services/diary/appointments';
import { storeCheckups } from './plan-fixture';
import { listContacts, listRecall, logContact } from '../../../electron/services/recall/recall';
import { diaryDb } from './fixture';

// "Today" is Wednesday 2025-06-11: its week (from Monday) runs 06-09 to 06-15.
const NOW = new Date(2025, 5, 11, 10, 0);
const all = { due: 'all', weekStartsOn: 1, limit: 200 } as const;

/** A stored plan's check-ups for the child, none booked. */
const plan = (db: Awaited<ReturnType<typeof diaryDb>>['db'], patientId: number, clinicianId: number, dates: string[]) =>
  storeCheckups(db, patientId, clinicianId, dates);

describe('recall list', () => {
  it('lists overdue and this week’s follow-ups, one row per child, with the main guardian', async () => {
    const { db, drA, drB, mia, leo } = await diaryDb();
    await plan(db, mia, drA, ['2025-05-20', '2025-06-01', '2025-09-01']);
    await plan(db, leo, drB, ['2025-06-13', '2025-09-13']);
    const list = await listRecall(db, all, NOW);
    expect(list.today).toBe('2025-06-11');
    expect(list.total).toBe(2);
    expect(list.items.map((i) => [i.firstName, i.dueOn, i.daysOverdue, i.openCount, i.reason])).toEqual([
      ['Mia', '2025-05-20', 22, 2, 'after_course'],
      ['Leo', '2025-06-13', -2, 1, 'after_course'],
    ]);
    expect(list.items[1]).toMatchObject({ guardianName: 'Ivan Horvat', guardianPhone: '555 0101', clinicianId: drB });
  });

  it('filters overdue, due this week, and by clinician', async () => {
    const { db, drA, drB, mia, leo } = await diaryDb();
    await plan(db, mia, drA, ['2025-06-10']);
    await plan(db, leo, drB, ['2025-06-15']);
    const names = async (q: Partial<Parameters<typeof listRecall>[1]>) =>
      (await listRecall(db, { ...all, ...q }, NOW)).items.map((i) => i.firstName);
    expect(await names({ due: 'overdue' })).toEqual(['Mia']);
    expect(await names({ due: 'thisWeek' })).toEqual(['Mia', 'Leo']);
    // A week starting on Sunday ends on Saturday the 14th: Leo is due next week then.
    expect(await names({ due: 'thisWeek', weekStartsOn: 7 })).toEqual(['Mia']);
    expect(await names({ clinicianId: drB })).toEqual(['Leo']);
    expect(await names({ limit: 1 })).toEqual(['Mia']);
    expect((await listRecall(db, { ...all, limit: 1 }, NOW)).total).toBe(2);
  });

  it('takes a check-up off when a visit is booked for it, and lists it again when that visit is cancelled', async () => {
    const { db, drA, mia } = await diaryDb();
    const { recallIds } = await plan(db, mia, drA, ['2025-06-01']);
    const booked = await bookPlan(
      db,
      {
        patientId: mia,
        clinicianId: drA,
        visits: [{ checkupId: recallIds[0]!, start: { date: '2025-06-20', time: '09:00' } }],
      },
      NOW,
    );
    expect(booked.bookings[0]!.appointment).toMatchObject({ recallId: recallIds[0], planReason: 'after_course' });
    expect((await listRecall(db, all, NOW)).items).toEqual([]);
    await cancelAppointment(db, booked.bookings[0]!.appointment.id, '');
    expect((await listRecall(db, all, NOW)).items.map((i) => [i.dueOn, i.recallId])).toEqual([
      ['2025-06-01', recallIds[0]],
    ]);
  });

  it('links a visit booked by hand near a check-up to it; a visit far from every check-up hides none', async () => {
    const { db, drA, mia, followUpType } = await diaryDb();
    const { recallIds } = await plan(db, mia, drA, ['2025-06-01', '2025-06-10', '2025-09-01']);
    const base = { patientId: mia, clinicianId: drA, typeId: followUpType, note: '', recallId: null };
    // Far from every check-up (more than two weeks): a visit of its own.
    const far = await createAppointment(db, { ...base, start: { date: '2025-07-28', time: '09:00' } }, NOW);
    expect(far.appointment.recallId).toBeNull();
    expect((await listRecall(db, all, NOW)).items[0]).toMatchObject({ dueOn: '2025-06-01', openCount: 2 });
    // Near 06-10 (nearest) and 06-01: it answers 06-10; 06-01 is still due.
    const near = await createAppointment(db, { ...base, start: { date: '2025-06-12', time: '09:00' } }, NOW);
    expect(near.appointment).toMatchObject({ recallId: recallIds[1], planReason: 'every_months' });
    expect((await listRecall(db, all, NOW)).items[0]).toMatchObject({ dueOn: '2025-06-01', openCount: 1 });
  });

  it('says when the visit booked for a check-up has passed without being closed out', async () => {
    const { db, drA, mia } = await diaryDb();
    const { recallIds } = await plan(db, mia, drA, ['2025-06-02']);
    const { bookings } = await bookPlan(
      db,
      {
        patientId: mia,
        clinicianId: drA,
        visits: [{ checkupId: recallIds[0]!, start: { date: '2025-06-04', time: '09:00' } }],
      },
      new Date(2025, 4, 1),
    );
    const [item] = (await listRecall(db, all, NOW)).items;
    expect(item).toMatchObject({
      dueOn: '2025-06-02',
      lastVisitOn: null,
      unclosedVisit: { appointmentId: bookings[0]!.appointment.id, date: '2025-06-04', start: '09:00' },
    });
    expect((await unclosedAppointments(db, { limit: 50 }, NOW)).map((a) => a.id)).toEqual([
      bookings[0]!.appointment.id,
    ]);
    expect(await closeOutAppointments(db, [bookings[0]!.appointment.id], 'attended', NOW)).toEqual({ updated: 1 });
    expect((await listRecall(db, all, NOW)).items).toEqual([]);
    expect(await unclosedAppointments(db, { limit: 50 }, NOW)).toEqual([]);
  });

  it('settles due items with an attended visit, and reopens them if that is undone', async () => {
    const { db, drA, mia } = await diaryDb();
    const { recallIds } = await plan(db, mia, drA, ['2025-06-02', '2025-06-16', '2025-09-16']);
    const { bookings } = await bookPlan(
      db,
      {
        patientId: mia,
        clinicianId: drA,
        visits: [{ checkupId: recallIds[0]!, start: { date: '2025-06-04', time: '09:00' } }],
      },
      new Date(2025, 4, 1),
    );
    const visit = bookings[0]!.appointment;
    expect(visit).toMatchObject({ planReason: 'after_course', recallId: expect.any(Number) });
    await setAppointmentStatus(db, visit.id, 'no_show', new Date(2025, 5, 4, 12));
    expect((await listRecall(db, all, NOW)).items.map((i) => i.dueOn)).toEqual(['2025-06-02']);
    await setAppointmentStatus(db, visit.id, 'attended', new Date(2025, 5, 4, 12));
    // Covered: the one it was booked for and the one due within two weeks of it; not September's.
    const open = await db.selectFrom('recalls').select('due_on').where('resolved_at', 'is', null).execute();
    expect(open.map((r) => r.due_on)).toEqual(['2025-09-16']);
    const lastVisit = await listRecall(db, all, new Date(2025, 8, 20));
    expect(lastVisit.items[0]).toMatchObject({ dueOn: '2025-09-16', lastVisitOn: '2025-06-04' });
    await setAppointmentStatus(db, visit.id, 'booked', NOW);
    expect((await db.selectFrom('recalls').select('id').where('resolved_at', 'is', null).execute()).length).toBe(3);
  });

  it('pages by each child’s earliest due item even when one child has many', async () => {
    const { db, drA, mia, leo } = await diaryDb();
    // Nine overdue items for Mia fill the first prefix the page reads (4 × the limit of 2).
    await plan(db, mia, drA, [
      '2025-05-01',
      '2025-05-02',
      '2025-05-03',
      '2025-05-04',
      '2025-05-05',
      '2025-05-06',
      '2025-05-07',
      '2025-05-08',
      '2025-05-09',
    ]);
    await plan(db, leo, drA, ['2025-06-10']);
    const page = await listRecall(db, { ...all, limit: 2 }, NOW);
    expect(page.total).toBe(2);
    expect(page.items.map((i) => [i.firstName, i.dueOn, i.openCount])).toEqual([
      ['Mia', '2025-05-01', 9],
      ['Leo', '2025-06-10', 1],
    ]);
  });

  it('leaves out archived children', async () => {
    const { db, drA, mia } = await diaryDb();
    await plan(db, mia, drA, ['2025-06-01']);
    await db.updateTable('patients').set({ archived_at: '2025-06-05T00:00:00Z' }).where('id', '=', mia).execute();
    expect((await listRecall(db, all, NOW)).total).toBe(0);
  });
});

describe('booked_until', () => {
  it('stays in step with the visit booked for each item through every kind of change', async () => {
    const { db, drA, drB, mia, leo, followUpType } = await diaryDb();
    await plan(db, mia, drA, ['2025-06-01', '2025-09-01']);
    await plan(db, leo, drB, ['2025-06-01']);
    const check = async () => {
      const rows = await sql<{ patient_id: number; booked_until: number | null; latest: number | null }>`
        SELECT r.patient_id, r.booked_until,
          (SELECT max(starts_at) FROM appointments a WHERE a.recall_id = r.id AND a.status = 'booked') AS latest
        FROM recalls r WHERE r.resolved_at IS NULL`.execute(db);
      for (const r of rows.rows) expect(r.booked_until).toBe(r.latest);
      return rows.rows.length;
    };
    const base = { patientId: mia, clinicianId: drA, typeId: followUpType, note: '', recallId: null };
    const a = await createAppointment(db, { ...base, start: { date: '2025-06-16', time: '09:00' } }, NOW);
    await check();
    await moveAppointment(db, { id: a.appointment.id, start: { date: '2025-06-23', time: '09:00' } }, NOW);
    await check();
    await cancelAppointment(db, a.appointment.id, '', NOW);
    await check();
    await setAppointmentStatus(db, a.appointment.id, 'booked', NOW);
    await check();
    await setAppointmentStatus(db, a.appointment.id, 'attended', new Date(2025, 5, 23, 12));
    await check();
    await setAppointmentStatus(db, a.appointment.id, 'booked', new Date(2025, 5, 23, 12));
    expect(await check()).toBe(3);
    expect(
      (await db.selectFrom('recalls').select('booked_until').where('patient_id', '=', mia).execute()).some(
        (r) => r.booked_until !== null,
      ),
    ).toBe(false);
  });
});

describe('contact log', () => {
  it('records calls, shows the latest on the list, and "declined" takes the child off', async () => {
    const { db, drA, mia } = await diaryDb();
    const { recallIds } = await plan(db, mia, drA, ['2025-06-01', '2025-12-01']);
    await logContact(
      db,
      { patientId: mia, recallId: recallIds[0]!, contactedOn: '2025-06-09', outcome: 'no_answer', note: '' },
      NOW,
    );
    const left = await logContact(
      db,
      { patientId: mia, recallId: null, outcome: 'left_message', note: 'Voicemail' },
      NOW,
    );
    expect(left).toMatchObject({
      contactedOn: '2025-06-11',
      outcome: 'left_message',
      note: 'Voicemail',
      recallId: null,
    });
    expect((await listRecall(db, all, NOW)).items[0]!.lastContact).toEqual(left);
    expect((await listContacts(db, mia)).map((c) => c.outcome)).toEqual(['left_message', 'no_answer']);
    await logContact(db, { patientId: mia, recallId: null, outcome: 'declined', note: 'Seeing another clinic' }, NOW);
    expect((await listRecall(db, all, NOW)).items).toEqual([]);
    // Only what was due now is settled: December's review stays open.
    const open = await db.selectFrom('recalls').select(['due_on', 'resolution']).orderBy('due_on').execute();
    expect(open).toEqual([
      { due_on: '2025-06-01', resolution: 'declined' },
      { due_on: '2025-12-01', resolution: null },
    ]);
  });

  it('reports an unknown child or a follow-up of another child', async () => {
    const { db, drA, mia, leo } = await diaryDb();
    const { recallIds } = await plan(db, mia, drA, ['2025-06-01']);
    await expect(
      logContact(db, { patientId: 999, recallId: null, outcome: 'reached', note: '' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      logContact(db, { patientId: leo, recallId: recallIds[0]!, outcome: 'reached', note: '' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('booking from the plan', () => {
  it('books nothing when one visit clashes', async () => {
    const { db, drA, mia, leo, followUpType } = await diaryDb();
    await createAppointment(
      db,
      {
        patientId: leo,
        clinicianId: drA,
        typeId: followUpType,
        note: '',
        recallId: null,
        start: { date: '2025-06-16', time: '09:00' },
      },
      NOW,
    );
    const { recallIds } = await plan(db, mia, drA, ['2025-06-12', '2025-06-16']);
    const clash = bookPlan(
      db,
      {
        patientId: mia,
        clinicianId: drA,
        visits: [
          { checkupId: recallIds[0]!, start: { date: '2025-06-12', time: '09:00' } },
          { checkupId: recallIds[1]!, start: { date: '2025-06-16', time: '09:10' } },
        ],
      },
      NOW,
    );
    await expect(clash).rejects.toMatchObject({ code: 'CONFLICT' });
    const rows = await db.selectFrom('appointments').select('patient_id').execute();
    expect(rows).toEqual([{ patient_id: leo }]);
    const items = await db.selectFrom('recalls').select(['booked_until']).where('patient_id', '=', mia).execute();
    expect(items).toEqual([{ booked_until: null }, { booked_until: null }]);
  });

  it('refuses a check-up of another child or one already booked, and undoes "Book all" in one step', async () => {
    const { db, drA, mia, leo } = await diaryDb();
    const miaPlan = await plan(db, mia, drA, ['2025-06-12', '2025-09-12']);
    await plan(db, leo, drA, ['2025-06-13']);
    await expect(
      bookPlan(
        db,
        {
          patientId: leo,
          clinicianId: drA,
          visits: [{ checkupId: miaPlan.recallIds[0]!, start: { date: '2025-06-12', time: '09:00' } }],
        },
        NOW,
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ path: 'visits.0.checkupId', message: 'notInPlan' }] });
    const { bookings } = await bookPlan(
      db,
      {
        patientId: mia,
        clinicianId: drA,
        visits: [
          { checkupId: miaPlan.recallIds[0]!, start: { date: '2025-06-12', time: '09:00' } },
          { checkupId: miaPlan.recallIds[1]!, start: { date: '2025-09-12', time: '09:00' } },
        ],
      },
      NOW,
    );
    await expect(
      bookPlan(
        db,
        {
          patientId: mia,
          clinicianId: drA,
          visits: [{ checkupId: miaPlan.recallIds[0]!, start: { date: '2025-06-13', time: '10:00' } }],
        },
        NOW,
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(
      await unbookPlan(
        db,
        bookings.map((b) => b.appointment.id),
      ),
    ).toEqual({ removed: 2 });
    expect(await db.selectFrom('appointments').select('id').where('patient_id', '=', mia).execute()).toEqual([]);
    const list = await listRecall(db, all, new Date(2025, 5, 12, 8));
    expect(list.items.find((i) => i.patientId === mia)).toMatchObject({
      dueOn: '2025-06-12',
      recallId: miaPlan.recallIds[0],
    });
  });
});
