import { describe, expect, it } from 'vitest';
import { cancelAppointment, setAppointmentStatus } from '../../../electron/services/diary/appointments';
import { setClosedDays, setWorkingHours } from '../../../electron/services/diary/setup';
import { addDays } from '../../../shared/calendar';
import { nextFreeSlots, proposeSlots } from '../../../electron/services/diary/slots';
import { book, diaryDb, inZone, LONG_AGO } from './fixture';

// 2025-06-02 is a Monday; 2025-06-06 a Friday.
const MONDAY = '2025-06-02';
const starts = (slots: { date: string; start: string }[]) => slots.map((s) => `${s.date} ${s.start}`);

describe('nextFreeSlots', () => {
  it('offers back-to-back slots from the start of the working day', async () => {
    const { db, drA } = await diaryDb();
    const slots = await nextFreeSlots(db, { clinicianId: drA, from: MONDAY, durationMinutes: 20, count: 3 }, LONG_AGO);
    expect(slots.map((s) => [s.start, s.end])).toEqual([
      ['09:00', '09:20'],
      ['09:20', '09:40'],
      ['09:40', '10:00'],
    ]);
  });

  it('skips existing bookings, and fits a short visit into a short gap', async () => {
    const { db, drA, mia, leo, followUpType } = await diaryDb();
    await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: MONDAY,
      time: '09:00',
      minutes: 20,
    });
    await book(db, {
      patientId: leo,
      clinicianId: drA,
      typeId: followUpType,
      date: MONDAY,
      time: '09:30',
      minutes: 60,
    });
    const twenty = await nextFreeSlots(db, { clinicianId: drA, from: MONDAY, durationMinutes: 20, count: 2 }, LONG_AGO);
    expect(twenty.map((s) => s.start)).toEqual(['10:30', '10:50']);
    const ten = await nextFreeSlots(db, { clinicianId: drA, from: MONDAY, durationMinutes: 10, count: 2 }, LONG_AGO);
    expect(ten.map((s) => s.start)).toEqual(['09:20', '10:30']);
  });

  it('resumes after an odd-length booking on the five-minute grid', async () => {
    const { db, drA, mia, followUpType } = await diaryDb();
    await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: MONDAY,
      time: '09:00',
      minutes: 23,
    });
    const slots = await nextFreeSlots(db, { clinicianId: drA, from: MONDAY, durationMinutes: 20, count: 1 }, LONG_AGO);
    expect(slots[0]!.start).toBe('09:25');
  });

  it('respects the lunch break, the end of the day and the weekend', async () => {
    const { db, drA } = await diaryDb();
    const q = { clinicianId: drA, durationMinutes: 20, count: 1 };
    expect(starts(await nextFreeSlots(db, { ...q, from: MONDAY, fromTime: '12:50' }, LONG_AGO))).toEqual([
      `${MONDAY} 14:00`,
    ]);
    expect(starts(await nextFreeSlots(db, { ...q, from: '2025-06-06', fromTime: '16:45' }, LONG_AGO))).toEqual([
      '2025-06-09 09:00',
    ]);
    expect(starts(await nextFreeSlots(db, { ...q, from: '2025-06-07' }, LONG_AGO))).toEqual(['2025-06-09 09:00']);
  });

  it('skips clinic-wide and own closed days, not another clinician’s', async () => {
    const { db, drA, drB } = await diaryDb();
    await setClosedDays(db, [
      { from: MONDAY, to: MONDAY, clinicianId: null, label: 'Bank holiday' },
      { from: '2025-06-03', to: '2025-06-04', clinicianId: drA, label: 'Course' },
      { from: '2025-06-05', to: '2025-06-05', clinicianId: drB, label: 'Leave' },
    ]);
    const slots = await nextFreeSlots(db, { clinicianId: drA, from: MONDAY, durationMinutes: 20, count: 1 }, LONG_AGO);
    expect(starts(slots)).toEqual(['2025-06-05 09:00']);
  });

  it('does not let cancelled or missed visits block their slot', async () => {
    const { db, drA, mia, leo, followUpType } = await diaryDb();
    const a = await book(db, { patientId: mia, clinicianId: drA, typeId: followUpType, date: MONDAY, time: '09:00' });
    const b = await book(db, { patientId: leo, clinicianId: drA, typeId: followUpType, date: MONDAY, time: '09:20' });
    await cancelAppointment(db, a.appointment.id, 'Family ill');
    await setAppointmentStatus(db, b.appointment.id, 'no_show', new Date('2025-06-02T12:00:00'));
    const slots = await nextFreeSlots(db, { clinicianId: drA, from: MONDAY, durationMinutes: 20, count: 2 }, LONG_AGO);
    expect(slots.map((s) => s.start)).toEqual(['09:00', '09:20']);
  });

  it('never offers a slot in the past', async () => {
    const { db, drA } = await diaryDb();
    const now = new Date(2025, 5, 2, 10, 3); // Monday 10:03 local
    const slots = await nextFreeSlots(db, { clinicianId: drA, from: '2025-05-01', durationMinutes: 20, count: 1 }, now);
    expect(starts(slots)).toEqual([`${MONDAY} 10:05`]);
  });

  it('finds nothing without working hours or within a full search window', async () => {
    const { db, drA, drB, mia, followUpType } = await diaryDb();
    const q = { from: MONDAY, durationMinutes: 20, count: 1 };
    expect(await nextFreeSlots(db, { ...q, clinicianId: drB }, LONG_AGO)).toEqual([]);
    await setWorkingHours(db, { clinicianId: drA, intervals: [{ weekday: 1, start: '09:00', end: '09:30' }] });
    await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: MONDAY,
      time: '09:00',
      minutes: 15,
    });
    expect(await nextFreeSlots(db, { ...q, clinicianId: drA, notAfter: MONDAY }, LONG_AGO)).toEqual([]);
    expect(starts(await nextFreeSlots(db, { ...q, clinicianId: drA }, LONG_AGO))).toEqual(['2025-06-09 09:00']);
  });

  it('takes the length from the appointment type and reports an unknown clinician', async () => {
    const { db, drA, followUpType } = await diaryDb();
    const [slot] = await nextFreeSlots(
      db,
      { clinicianId: drA, from: MONDAY, typeId: followUpType, count: 1 },
      LONG_AGO,
    );
    expect([slot!.start, slot!.end]).toEqual(['09:00', '09:20']);
    await expect(
      nextFreeSlots(db, { clinicianId: 99, from: MONDAY, durationMinutes: 20, count: 1 }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe.each([
  { zone: 'Europe/London', springSat: '2025-03-29', fallSat: '2025-10-25' },
  { zone: 'America/New_York', springSat: '2025-03-08', fallSat: '2025-11-01' },
])('slots across daylight-saving changes in $zone', ({ zone, springSat, fallSat }) => {
  const weekend = [6, 7].map((weekday) => ({ weekday, start: '09:00', end: '10:00' }));

  it.each([
    ['spring', springSat],
    ['autumn', fallSat],
  ])('keeps 09:00 at 09:00 local on the %s change, and a booking there blocks it', (change, saturday) =>
    inZone(zone, async () => {
      const { db, drB, mia, followUpType } = await diaryDb();
      await setWorkingHours(db, { clinicianId: drB, intervals: weekend });
      const q = { clinicianId: drB, from: saturday, durationMinutes: 20, count: 6 };
      const slots = await nextFreeSlots(db, q, LONG_AGO);
      const sunday = slots.filter((s) => s.date !== saturday);
      expect(starts(slots).map((s) => s.slice(11))).toEqual(['09:00', '09:20', '09:40', '09:00', '09:20', '09:40']);
      // 24 hours of wall clock from Saturday 09:00 to Sunday 09:00 are 23 or 25 real hours.
      const gap = (Date.parse(sunday[0]!.startsAt) - Date.parse(slots[0]!.startsAt)) / 3_600_000;
      expect(gap).toBe(change === 'spring' ? 23 : 25);
      await book(db, { patientId: mia, clinicianId: drB, typeId: followUpType, date: sunday[0]!.date, time: '09:00' });
      const after = await nextFreeSlots(db, { ...q, from: sunday[0]!.date, count: 1 }, LONG_AGO);
      expect(after[0]!.start).toBe('09:20');
    }),
  );

  it('gives no slot in the skipped hour and two in the repeated one', () =>
    inZone(zone, async () => {
      const { db, drB } = await diaryDb();
      await setWorkingHours(db, { clinicianId: drB, intervals: [{ weekday: 7, start: '00:00', end: '04:00' }] });
      const q = { clinicianId: drB, durationMinutes: 60, count: 10 };
      const skipped = zone === 'Europe/London' ? '01:00' : '02:00';
      const repeated = '01:00';
      const spring = await nextFreeSlots(db, { ...q, from: springSat, notAfter: addDays(springSat, 1) }, LONG_AGO);
      expect(spring).toHaveLength(3);
      expect(spring.map((s) => s.start)).not.toContain(skipped);
      const fall = await nextFreeSlots(db, { ...q, from: fallSat, notAfter: addDays(fallSat, 1) }, LONG_AGO);
      expect(fall).toHaveLength(5);
      expect(fall.filter((s) => s.start === repeated)).toHaveLength(2);
    }));
});

describe('proposeSlots', () => {
  it('lists the nearest slots per proposal, never the same slot twice, with earlier days and nearby visits', async () => {
    const { db, drA, mia, followUpType } = await diaryDb();
    const existing = await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: '2025-06-11',
      time: '15:00',
    });
    const result = await proposeSlots(
      db,
      {
        clinicianId: drA,
        patientId: mia,
        typeId: followUpType,
        proposals: [
          { dueOn: '2025-06-10', reason: 'after_course' },
          { dueOn: '2025-06-10', reason: 'manual' },
          { dueOn: '2025-09-08', reason: 'every_months' },
        ],
        perProposal: 2,
        earlyDays: 3,
      },
      LONG_AGO,
    );
    expect(result.map((p) => starts(p.slots))).toEqual([
      ['2025-06-10 09:00', '2025-06-10 09:20'],
      ['2025-06-10 09:20', '2025-06-10 09:40'],
      ['2025-09-08 09:00', '2025-09-08 09:20'],
    ]);
    // The three days before: Monday the 9th has hours, the weekend has none.
    expect(starts(result[0]!.earlier)).toEqual(['2025-06-09 09:00']);
    expect(result[0]!.existing.map((a) => a.id)).toEqual([existing.appointment.id]);
    expect(result[2]!.existing).toEqual([]);
  });

  it('moves a due date in the past to the first free slot from now', async () => {
    const { db, drA, followUpType } = await diaryDb();
    const now = new Date(2025, 5, 4, 16, 50); // Wednesday 16:50
    const [p] = await proposeSlots(
      db,
      {
        clinicianId: drA,
        typeId: followUpType,
        proposals: [{ dueOn: '2025-05-01', reason: 'after_course' }],
        perProposal: 1,
        earlyDays: 2,
      },
      now,
    );
    expect(starts(p!.slots)).toEqual(['2025-06-05 09:00']);
    expect(p!.earlier).toEqual([]);
  });
});
