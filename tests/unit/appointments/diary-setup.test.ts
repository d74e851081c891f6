import { describe, expect, it } from 'vitest';
import {
  getDiarySetup,
  listAppointmentTypes,
  saveAppointmentType,
  setClosedDays,
  setWorkingHours,
} from '../../../electron/services/diary/setup';
import { ClosedDayInput, RangeInput, toValidationIssues, WorkingHoursInput } from '../../../shared/contract';
import { book, diaryDb } from './fixture';

const issues = (schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : toValidationIssues(r.error as Parameters<typeof toValidationIssues>[0]);
};

describe('working hours', () => {
  it('replaces a clinician’s week and reads it back in order', async () => {
    const { db, drA, drB } = await diaryDb();
    const week = await setWorkingHours(db, {
      clinicianId: drB,
      intervals: [
        { weekday: 2, start: '14:00', end: '18:00' },
        { weekday: 2, start: '08:30', end: '12:00' },
      ],
    });
    expect(week.intervals).toEqual([
      { weekday: 2, start: '08:30', end: '12:00' },
      { weekday: 2, start: '14:00', end: '18:00' },
    ]);
    const setup = await getDiarySetup(db);
    expect(setup.hours.map((h) => [h.clinicianId, h.intervals.length])).toEqual([
      [drA, 10],
      [drB, 2],
    ]);
    expect(await setWorkingHours(db, { clinicianId: drB, intervals: [] })).toEqual({ clinicianId: drB, intervals: [] });
    await expect(setWorkingHours(db, { clinicianId: 99, intervals: [] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('validates times, order and overlaps with message keys', () => {
    const at = (start: string, end: string, weekday = 1) => ({ weekday, start, end });
    expect(issues(WorkingHoursInput, { clinicianId: 1, intervals: [at('9:00', '12:00')] })).toEqual([
      { path: 'intervals.0.start', message: 'invalidTime' },
    ]);
    expect(issues(WorkingHoursInput, { clinicianId: 1, intervals: [at('12:00', '09:00')] })).toEqual([
      { path: 'intervals.0.end', message: 'endBeforeStart' },
    ]);
    expect(
      issues(WorkingHoursInput, { clinicianId: 1, intervals: [at('09:00', '12:00'), at('11:30', '13:00')] }),
    ).toEqual([{ path: 'intervals.1.start', message: 'overlappingHours' }]);
    expect(
      issues(WorkingHoursInput, { clinicianId: 1, intervals: [at('09:00', '12:00'), at('11:30', '13:00', 2)] }),
    ).toEqual([]);
  });
});

describe('closed days', () => {
  it('replaces the closed periods and lists the bookings from today on that fall on them', async () => {
    const { db, drA, drB, mia, leo, followUpType } = await diaryDb();
    await book(db, { patientId: mia, clinicianId: drA, typeId: followUpType, date: '2025-06-02', time: '09:00' });
    await book(db, { patientId: leo, clinicianId: drA, typeId: followUpType, date: '2025-12-24', time: '10:00' });
    await book(db, { patientId: mia, clinicianId: drB, typeId: followUpType, date: '2025-08-04', time: '09:00' });
    const { closedDays, affected } = await setClosedDays(
      db,
      [
        { from: '2025-12-24', to: '2025-12-26', clinicianId: null, label: 'Christmas' },
        { from: '2025-08-01', to: '2025-08-15', clinicianId: drA, label: 'Leave' },
        { from: '2025-06-02', to: '2025-06-02', clinicianId: null, label: 'Past' },
      ],
      new Date(2025, 6, 1),
    );
    expect(closedDays.map((c) => [c.from, c.to, c.clinicianId, c.label])).toEqual([
      ['2025-06-02', '2025-06-02', null, 'Past'],
      ['2025-08-01', '2025-08-15', drA, 'Leave'],
      ['2025-12-24', '2025-12-26', null, 'Christmas'],
    ]);
    // Dr. B's visit during Dr. A's leave is fine; the June one is in the past.
    expect(affected).toEqual([
      {
        appointmentId: expect.any(Number),
        clinicianId: drA,
        date: '2025-12-24',
        start: '10:00',
        firstName: 'Leo',
        lastName: 'Horvat',
      },
    ]);
    expect((await setClosedDays(db, [])).closedDays).toEqual([]);
    await expect(
      setClosedDays(db, [{ from: '2025-01-01', to: '2025-01-01', clinicianId: 99, label: '' }]),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('validates a period', () => {
    expect(issues(ClosedDayInput, { from: '2025-06-03', to: '2025-06-02', clinicianId: null })).toEqual([
      { path: 'to', message: 'endBeforeStart' },
    ]);
    expect(issues(RangeInput, { from: '2025-06-01', to: '2025-08-01' })).toEqual([
      { path: 'to', message: 'rangeTooLong:42' },
    ]);
  });
});

describe('appointment types', () => {
  it('ships three types and lets the clinic add, rename and retire them', async () => {
    const { db } = await diaryDb();
    const shipped = await listAppointmentTypes(db);
    expect(shipped.map((t) => [t.code, t.name, t.durationMinutes])).toEqual([
      ['first_assessment', 'First assessment', 40],
      ['follow_up', 'Follow-up', 20],
      ['technique_check', 'Technique check', 30],
    ]);
    const added = await saveAppointmentType(db, { name: 'Insole fitting', durationMinutes: 15, active: true });
    expect(added).toMatchObject({ code: null, name: 'Insole fitting', durationMinutes: 15, active: true });
    const followUp = shipped[1]!;
    await saveAppointmentType(db, { id: followUp.id, name: 'Review', durationMinutes: 25, active: false });
    expect((await listAppointmentTypes(db)).map((t) => [t.code, t.name, t.active])).toEqual([
      ['first_assessment', 'First assessment', true],
      [null, 'Insole fitting', true],
      ['technique_check', 'Technique check', true],
      ['follow_up', 'Review', false],
    ]);
    await expect(
      saveAppointmentType(db, { id: 99, name: 'X', durationMinutes: 15, active: true }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('date ranges', () => {
  it('report a bad date once, not also as a bad range', () => {
    expect(issues(RangeInput, { from: '2025-02-30', to: '2025-03-01' })).toEqual([
      { path: 'from', message: 'invalidDate' },
    ]);
    expect(issues(RangeInput, { from: '2025-03-02', to: '2025-03-01' })).toEqual([
      { path: 'to', message: 'endBeforeStart' },
    ]);
    expect(issues(ClosedDayInput, { from: 'x', to: '2025-03-01', clinicianId: null })).toEqual([
      { path: 'from', message: 'invalidDate' },
    ]);
  });
});
