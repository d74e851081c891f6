import { describe, expect, it } from 'vitest';
import {
  appointmentsInRange,
  cancelAppointment,
  checkAppointment,
  getAppointment,
  moveAppointment,
  patientAppointments,
  setAppointmentStatus,
} from '../../../electron/services/diary/appointments';
import { setClosedDays } from '../../../electron/services/diary/setup';
import { book, diaryDb, inZone } from './fixture';

const MONDAY = '2025-06-02';
const AFTER = new Date('2025-07-01T12:00:00Z');

describe('booking', () => {
  it('stores an instant and shows local date and times; the type gives the length', async () => {
    const { db, drA, mia, followUpType } = await diaryDb();
    const { appointment, warnings } = await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: MONDAY,
      time: '09:40',
    });
    expect(appointment).toMatchObject({
      clinicianId: drA,
      typeId: followUpType,
      patient: { id: mia, firstName: 'Mia', lastName: 'Novak' },
      date: MONDAY,
      start: '09:40',
      end: '10:00',
      durationMinutes: 20,
      status: 'booked',
      recallId: null,
      planReason: null,
    });
    expect(Date.parse(appointment.endsAt) - Date.parse(appointment.startsAt)).toBe(20 * 60_000);
    expect(warnings).toEqual([]);
    expect(await getAppointment(db, appointment.id)).toEqual(appointment);
  });

  it('refuses an overlap with the same clinician, naming the other booking and its time', async () => {
    const { db, drA, drB, mia, leo, followUpType } = await diaryDb();
    await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: MONDAY,
      time: '09:00',
      minutes: 30,
    });
    const clash = book(db, { patientId: leo, clinicianId: drA, typeId: followUpType, date: MONDAY, time: '09:20' });
    await expect(clash).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(clash).rejects.toThrow(/Dr\. A already has Mia Novak booked from 09:00 to 09:30 on 2025-06-02/);
    // Touching ends are not an overlap, and another clinician is free.
    await book(db, { patientId: leo, clinicianId: drA, typeId: followUpType, date: MONDAY, time: '09:30' });
    await book(db, { patientId: leo, clinicianId: drB, typeId: followUpType, date: MONDAY, time: '09:10' });
    expect(await appointmentsInRange(db, { from: MONDAY, to: MONDAY })).toHaveLength(3);
  });

  it('lets a new booking take the slot of a cancelled or missed one', async () => {
    const { db, drA, mia, leo, followUpType } = await diaryDb();
    const first = await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: MONDAY,
      time: '09:00',
    });
    await cancelAppointment(db, first.appointment.id, '');
    const second = await book(db, {
      patientId: leo,
      clinicianId: drA,
      typeId: followUpType,
      date: MONDAY,
      time: '09:00',
    });
    await setAppointmentStatus(db, second.appointment.id, 'no_show', AFTER);
    await book(db, { patientId: mia, clinicianId: drA, typeId: followUpType, date: MONDAY, time: '09:10' });
    // Taking a freed slot back is a new claim on it.
    await expect(setAppointmentStatus(db, first.appointment.id, 'booked', AFTER)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('warns, without refusing, when the child already has a visit that day', async () => {
    const { db, drA, drB, mia, followUpType } = await diaryDb();
    const first = await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: MONDAY,
      time: '09:00',
    });
    const second = await book(db, {
      patientId: mia,
      clinicianId: drB,
      typeId: followUpType,
      date: MONDAY,
      time: '16:00',
    });
    expect(second.warnings).toEqual([
      { code: 'sameChildSameDay', appointmentId: first.appointment.id, start: '09:00' },
    ]);
    const nextDay = await book(db, {
      patientId: mia,
      clinicianId: drB,
      typeId: followUpType,
      date: '2025-06-03',
      time: '09:00',
    });
    expect(nextDay.warnings).toEqual([]);
  });

  it('warns about a booking outside working hours or on a closed day', async () => {
    const { db, drA, mia, leo, followUpType } = await diaryDb();
    const late = await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: MONDAY,
      time: '16:50',
    });
    expect(late.warnings.map((w) => w.code)).toEqual(['outsideWorkingHours']);
    await setClosedDays(db, [{ from: '2025-06-03', to: '2025-06-03', clinicianId: null, label: '' }]);
    const closed = await book(db, {
      patientId: leo,
      clinicianId: drA,
      typeId: followUpType,
      date: '2025-06-03',
      time: '10:00',
    });
    expect(closed.warnings.map((w) => w.code)).toEqual(['closedDay']);
  });

  it('tells the same warnings before a booking is made, writing nothing', async () => {
    const { db, drA, mia, followUpType } = await diaryDb();
    const first = await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: MONDAY,
      time: '09:00',
    });
    const planned = { id: null, patientId: mia, clinicianId: drA, start: { date: MONDAY, time: '16:50' } };
    const before = await checkAppointment(db, { ...planned, durationMinutes: 20 });
    expect(before.warnings).toEqual([
      { code: 'sameChildSameDay', appointmentId: first.appointment.id, start: '09:00' },
      { code: 'outsideWorkingHours', appointmentId: null, start: null },
    ]);
    expect(await patientAppointments(db, mia)).toHaveLength(1);
    const stored = await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: MONDAY,
      time: '16:50',
    });
    expect(stored.warnings).toEqual(before.warnings);
    // Moving the first visit within the day: it does not warn about itself.
    const moving = await checkAppointment(db, {
      ...planned,
      id: first.appointment.id,
      start: { date: MONDAY, time: '10:00' },
      durationMinutes: 20,
    });
    expect(moving.warnings).toEqual([
      { code: 'sameChildSameDay', appointmentId: stored.appointment.id, start: '16:50' },
    ]);
  });

  it('refuses a time the clock skips', () =>
    inZone('Europe/London', async () => {
      const { db, drA, mia, followUpType } = await diaryDb();
      const skipped = book(db, {
        patientId: mia,
        clinicianId: drA,
        typeId: followUpType,
        date: '2025-03-30',
        time: '01:30',
      });
      await expect(skipped).rejects.toMatchObject({ code: 'VALIDATION' });
    }));

  it('reports a missing child, clinician or type', async () => {
    const { db, drA, mia, followUpType } = await diaryDb();
    const base = { patientId: mia, clinicianId: drA, typeId: followUpType, date: MONDAY, time: '09:00' };
    await expect(book(db, { ...base, patientId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(book(db, { ...base, clinicianId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(book(db, { ...base, typeId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('moving', () => {
  it('moves to another time or clinician, refusing an overlap and leaving the booking as it was', async () => {
    const { db, drA, drB, mia, leo, followUpType } = await diaryDb();
    const a = await book(db, { patientId: mia, clinicianId: drA, typeId: followUpType, date: MONDAY, time: '09:00' });
    await book(db, { patientId: leo, clinicianId: drA, typeId: followUpType, date: MONDAY, time: '10:00' });
    const clash = moveAppointment(db, { id: a.appointment.id, start: { date: MONDAY, time: '09:50' } });
    await expect(clash).rejects.toThrow(/Leo Horvat booked from 10:00 to 10:20/);
    expect((await getAppointment(db, a.appointment.id)).start).toBe('09:00');
    // Moving within its own old time is not a clash with itself.
    const later = await moveAppointment(db, { id: a.appointment.id, start: { date: MONDAY, time: '09:10' } });
    expect([later.appointment.start, later.appointment.end]).toEqual(['09:10', '09:30']);
    const other = await moveAppointment(db, {
      id: a.appointment.id,
      start: { date: MONDAY, time: '10:00' },
      clinicianId: drB,
      durationMinutes: 45,
      note: 'Bring insoles',
    });
    expect(other.appointment).toMatchObject({ clinicianId: drB, start: '10:00', end: '10:45', note: 'Bring insoles' });
  });

  it('moves only booked visits', async () => {
    const { db, drA, mia, followUpType } = await diaryDb();
    const a = await book(db, { patientId: mia, clinicianId: drA, typeId: followUpType, date: MONDAY, time: '09:00' });
    await cancelAppointment(db, a.appointment.id, 'Moved away');
    await expect(
      moveAppointment(db, { id: a.appointment.id, start: { date: MONDAY, time: '11:00' } }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('status', () => {
  it('marks attended and no-show on the day or later, and undoes either', async () => {
    const { db, drA, mia, followUpType } = await diaryDb();
    const { appointment } = await book(db, {
      patientId: mia,
      clinicianId: drA,
      typeId: followUpType,
      date: MONDAY,
      time: '09:00',
    });
    await expect(setAppointmentStatus(db, appointment.id, 'attended', new Date(2025, 5, 1, 18))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const sameDay = new Date(2025, 5, 2, 8, 55);
    expect((await setAppointmentStatus(db, appointment.id, 'attended', sameDay)).appointment.status).toBe('attended');
    expect((await setAppointmentStatus(db, appointment.id, 'no_show', AFTER)).appointment.status).toBe('no_show');
    expect((await setAppointmentStatus(db, appointment.id, 'booked', AFTER)).appointment.status).toBe('booked');
  });

  it('cancels with a reason, keeps the record, and will not cancel an attended visit', async () => {
    const { db, drA, mia, leo, followUpType } = await diaryDb();
    const a = await book(db, { patientId: mia, clinicianId: drA, typeId: followUpType, date: MONDAY, time: '09:00' });
    const cancelled = await cancelAppointment(db, a.appointment.id, 'Family ill');
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Family ill' });
    expect(await appointmentsInRange(db, { from: MONDAY, to: MONDAY })).toEqual([]);
    const listed = await appointmentsInRange(db, { from: MONDAY, to: MONDAY, includeCancelled: true });
    expect(listed).toEqual([expect.objectContaining({ id: cancelled.id, status: 'cancelled' })]);
    const restored = await setAppointmentStatus(db, a.appointment.id, 'booked', AFTER);
    expect(restored.appointment).toMatchObject({ status: 'booked', cancelReason: '' });
    const b = await book(db, { patientId: leo, clinicianId: drA, typeId: followUpType, date: MONDAY, time: '10:00' });
    await setAppointmentStatus(db, b.appointment.id, 'attended', AFTER);
    await expect(cancelAppointment(db, b.appointment.id, '')).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('diary views', () => {
  it('lists a day or a week, for one clinician or all, by start time', async () => {
    const { db, drA, drB, mia, leo, followUpType } = await diaryDb();
    await book(db, { patientId: leo, clinicianId: drB, typeId: followUpType, date: '2025-06-04', time: '11:00' });
    await book(db, { patientId: mia, clinicianId: drA, typeId: followUpType, date: '2025-06-04', time: '09:00' });
    await book(db, { patientId: mia, clinicianId: drA, typeId: followUpType, date: '2025-06-09', time: '09:00' });
    const week = await appointmentsInRange(db, { from: MONDAY, to: '2025-06-08' });
    expect(week.map((a) => [a.date, a.start, a.clinicianId])).toEqual([
      ['2025-06-04', '09:00', drA],
      ['2025-06-04', '11:00', drB],
    ]);
    expect(await appointmentsInRange(db, { from: '2025-06-04', to: '2025-06-04', clinicianId: drB })).toHaveLength(1);
    expect((await patientAppointments(db, mia)).map((a) => a.date)).toEqual(['2025-06-09', '2025-06-04']);
  });

  it('holds a whole clock-change day, from its first to its last minutes', () =>
    inZone('America/New_York', async () => {
      const { db, drB, mia, followUpType } = await diaryDb();
      for (const date of ['2025-03-09', '2025-11-02']) {
        await book(db, { patientId: mia, clinicianId: drB, typeId: followUpType, date, time: '00:00' });
        await book(db, { patientId: mia, clinicianId: drB, typeId: followUpType, date, time: '23:40' });
        const day = await appointmentsInRange(db, { from: date, to: date });
        expect(day.map((a) => a.start)).toEqual(['00:00', '23:40']);
      }
    }));
});
