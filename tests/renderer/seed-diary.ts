import { localToday } from '../../shared/contract';
import { bornAgo } from './render-app';
import { seedChild, seedClinician, seedHours, startRealCore, type RealCore, type RealCoreOptions } from './real-core';

/*
 * The diary's clinic on the real core: seeded through the same channels the app uses, so what a
 * test asserts afterwards is what main stored.
 */

/** A visit booked through `appointments:create` (the follow-up type unless told). */
export async function book(
  real: RealCore,
  v: { patientId: number; clinicianId: number; date: string; time: string; durationMinutes?: number; typeId?: number },
) {
  const { appointment } = await real.call('appointments:create', {
    patientId: v.patientId,
    clinicianId: v.clinicianId,
    typeId: v.typeId ?? 2,
    start: { date: v.date, time: v.time },
    ...(v.durationMinutes ? { durationMinutes: v.durationMinutes } : {}),
    note: '',
  });
  return appointment;
}

/** Two clinicians, two children, Irina working 09-13 and 14-18 every day (Oleg has no hours); two visits today. */
export async function diaryClinic(options: RealCoreOptions = {}) {
  const real = await startRealCore({ mode: 'electron', ...options });
  const irina = await seedClinician(real, 'Dr Irina Volkova');
  const oleg = await seedClinician(real, 'Dr Oleg Smirnov');
  await seedHours(real, irina, [
    ['09:00', '13:00'],
    ['14:00', '18:00'],
  ]);
  const miaChild = await seedChild(real, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(4, 2) });
  const ivanChild = await seedChild(real, { firstName: 'Ivan', lastName: 'Petrov', dateOfBirth: bornAgo(6) });
  const today = localToday();
  const mia = await book(real, { patientId: miaChild.id, clinicianId: irina.id, date: today, time: '09:00' });
  const ivan = await book(real, {
    patientId: ivanChild.id,
    clinicianId: oleg.id,
    date: today,
    time: '10:30',
    durationMinutes: 40,
  });
  return { real, today, irina, oleg, mia, ivan, miaChild, ivanChild };
}

/** What main stored for a day (all clinicians, cancelled left out). */
export function storedDay(real: RealCore, date: string) {
  return real.call('appointments:range', { from: date, to: date });
}

/** The grid's vertical scale, as it drew the visits. */
export function pxPerMinute(): number {
  const grid = document.querySelector('[data-px-per-minute]');
  if (!grid) throw new Error('no diary grid on screen');
  return Number(grid.getAttribute('data-px-per-minute'));
}
