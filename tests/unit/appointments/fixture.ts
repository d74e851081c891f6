import type { Kysely } from 'kysely';
import type { WorkingInterval } from '../../../shared/contract';
import type { Database } from '../../../electron/db/schema';
import { createClinician } from '../../../electron/services/settings/clinicians';
import { createPatient } from '../../../electron/services/patients/patients';
import { setWorkingHours } from '../../../electron/services/diary/setup';
import { createAppointment } from '../../../electron/services/diary/appointments';
import { serviceDb } from '../test-db';
import { child, guardian } from '../services/child-fixture';

/** Monday to Friday, 09:00-13:00 and 14:00-17:00. */
export const WEEKDAYS_9_TO_5: WorkingInterval[] = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, start: '09:00', end: '13:00' },
  { weekday, start: '14:00', end: '17:00' },
]);

/** A long time ago, so that no slot in the tests is "in the past". */
export const LONG_AGO = new Date('2000-01-01T00:00:00Z');

/** A migrated database with two clinicians (the first with weekday hours) and two children. */
export async function diaryDb() {
  const handle = await serviceDb();
  const { db } = handle;
  const drA = await createClinician(db, { name: 'Dr. A', title: 'Podiatrist', phone: '', active: true });
  const drB = await createClinician(db, { name: 'Dr. B', title: 'Orthopedist', phone: '', active: true });
  await setWorkingHours(db, { clinicianId: drA.id, intervals: WEEKDAYS_9_TO_5 });
  const mia = await createPatient(db, child('Mia', 'Novak'));
  const leo = await createPatient(db, child('Leo', 'Horvat', { guardians: [guardian('Ivan Horvat', '555 0101')] }));
  const followUp = await db
    .selectFrom('appointment_types')
    .select('id')
    .where('code', '=', 'follow_up')
    .executeTakeFirstOrThrow();
  return { ...handle, drA: drA.id, drB: drB.id, mia: mia.id, leo: leo.id, followUpType: followUp.id };
}

/** Books a visit at a local date and time. */
export function book(
  db: Kysely<Database>,
  b: { patientId: number; clinicianId: number; typeId: number; date: string; time: string; minutes?: number },
) {
  return createAppointment(
    db,
    {
      patientId: b.patientId,
      clinicianId: b.clinicianId,
      typeId: b.typeId,
      start: { date: b.date, time: b.time },
      durationMinutes: b.minutes,
      note: '',
      recallId: null,
    },
    LONG_AGO,
  );
}

/** Runs `fn` with the machine time zone set to `zone`, then restores it. */
export async function inZone<T>(zone: string, fn: () => Promise<T> | T): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
