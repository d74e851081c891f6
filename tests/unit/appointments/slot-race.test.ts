import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/services/errors';
import { existingKey } from '../../../electron/services/diary/slot-taken';
import { book, diaryDb } from './fixture';

/*
 * Two desks booking the same clinician at the same time. On PostgreSQL the two bookings run on two
 * pooled connections at once and the exclusion constraint decides; on SQLite they queue behind
 * one writer and assertFree decides. Either way exactly one is booked and the other is told who
 * holds the slot.
 */

const MONDAY = '2025-06-02';

describe('racing bookings', () => {
  it('books exactly one of two simultaneous bookings and names it to the other', async () => {
    const { db, engine, drA, mia, leo, followUpType } = await diaryDb();
    const names = new Map([
      [mia, 'Mia Novak'],
      [leo, 'Leo Horvat'],
    ]);
    for (let hour = 9; hour < 17; hour++) {
      const time = `${String(hour).padStart(2, '0')}:00`;
      const results = await Promise.allSettled(
        [mia, leo].map((patientId) =>
          book(db, { patientId, clinicianId: drA, typeId: followUpType, date: MONDAY, time, minutes: 30 }),
        ),
      );
      const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.appointment] : []));
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toBeInstanceOf(AppError);
      expect(lost[0]).toMatchObject({ code: 'CONFLICT' });
      const winner = names.get(won[0]!.patient.id)!;
      const end = `${String(hour).padStart(2, '0')}:30`;
      expect((lost[0] as AppError).message).toContain(`Dr. A already has ${winner} booked from ${time} to ${end}`);
      if (engine === 'postgres') expect((lost[0] as AppError).message).toMatch(/^This slot was just taken: /);
    }
    const booked = await db.selectFrom('appointments').select('starts_at').where('status', '=', 'booked').execute();
    expect(booked).toHaveLength(8);
  });

  it('reads the visit holding the slot from the exclusion constraint’s detail', () => {
    const detail =
      'Key (clinician_id, int8range(starts_at, ends_at))=(2, [1748854800000,1748856600000)) conflicts with ' +
      'existing key (clinician_id, int8range(starts_at, ends_at))=(2, [1748854200000,1748856000000)).';
    expect(existingKey(detail)).toEqual({ clinicianId: 2, startsAt: 1748854200000, endsAt: 1748856000000 });
    expect(existingKey('something else')).toBeNull();
    expect(existingKey(undefined)).toBeNull();
  });
});
