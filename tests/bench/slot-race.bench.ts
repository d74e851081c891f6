import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openPostgres } from '../../electron/db/engine';
import { migratePostgres } from '../../electron/db/migrate';
import { createAppointment } from '../../electron/services/diary/appointments';
import { setWorkingHours } from '../../electron/services/diary/setup';
import { AppError } from '../../electron/services/errors';
import { createPatient } from '../../electron/services/patients/patients';
import { createClinician } from '../../electron/services/settings/clinicians';
import { addDays } from '../../shared/calendar';
import { startPgCluster } from '../support/pg-cluster';
import { report, reportSpread } from './figures';

/*
 * Ten desks (ten pools) book the same clinician's same slot at the same instant, round after
 * round (VALGO_RACE_ROUNDS, default 100), through the real booking service on a throwaway
 * cluster. Each round one booking should be made and nine told the slot was taken; the bench
 * reports how many rounds kept that promise, how many bookings ended in another error (such
 * as PostgreSQL's "deadlock detected" from the exclusion check, once the service's retries are
 * spent), and how long the desks waited.
 */

const ROUNDS = Number(process.env.VALGO_RACE_ROUNDS ?? 100);
const DESKS = 10;
const LONG_AGO = new Date('2000-01-01T00:00:00Z');
const HOURS = [1, 2, 3, 4, 5].flatMap((weekday) => [{ weekday, start: '08:00', end: '18:00' }]);

const cluster = await startPgCluster();
try {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE slot_race');
  await admin.end();
  const url = new URL(cluster.url);
  url.pathname = '/slot_race';
  const setup = openPostgres({ connectionString: url.toString(), max: 1 });
  await migratePostgres(setup.db);
  const clinician = await createClinician(setup.db, { name: 'Dr. Race', title: 'Podiatrist', phone: '', active: true });
  await setWorkingHours(setup.db, { clinicianId: clinician.id, intervals: HOURS });
  const children: number[] = [];
  for (let i = 0; i < DESKS; i++) {
    children.push((await createPatient(setup.db, child(`Desk${i}`))).id);
  }
  await setup.close();

  const desks = children.map(() => openPostgres({ connectionString: url.toString(), max: 5 }));
  const times: number[] = [];
  const errors: string[] = [];
  let keptPromise = 0;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Every slot 30 minutes apart (visits of 20), on weekdays from 2030-01-07 (a Monday).
      const day = addDays('2030-01-07', 7 * Math.floor(round / 100) + (Math.floor(round / 20) % 5));
      const minutes = 8 * 60 + 30 * (round % 20);
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const outcomes = await Promise.all(
        desks.map(async (desk, i) => {
          const t = performance.now();
          try {
            await createAppointment(
              desk.db,
              {
                patientId: children[i]!,
                clinicianId: clinician.id,
                typeId: 2,
                start: { date: day, time },
                note: '',
                recallId: null,
              },
              LONG_AGO,
            );
            return 'booked';
          } catch (error) {
            if (error instanceof AppError && error.code === 'CONFLICT') return 'taken';
            errors.push(error instanceof Error ? error.message : String(error));
            return 'error';
          } finally {
            times.push(performance.now() - t);
          }
        }),
      );
      const booked = outcomes.filter((o) => o === 'booked').length;
      if (booked === 1 && outcomes.filter((o) => o === 'taken').length === DESKS - 1) keptPromise++;
    }
  } finally {
    await Promise.all(desks.map((d) => d.close()));
  }
  report('slot_race.rounds', ROUNDS, 'count');
  report('slot_race.rounds_one_booked_nine_told_taken', keptPromise, 'count');
  report('slot_race.bookings_ended_in_other_errors', errors.length, 'count');
  for (const message of [...new Set(errors)].slice(0, 3)) console.error(`slot_race: ${message}`);
  reportSpread('slot_race.booking', times);
} finally {
  cluster.stop();
}

function child(lastName: string) {
  return {
    firstName: 'Kid',
    lastName,
    dateOfBirth: '2020-05-17',
    sex: 'female' as const,
    notes: '',
    guardians: [
      {
        name: 'A Parent',
        relationship: 'mother' as const,
        phone: '+7 912 345-67-89',
        email: '',
        preferredLanguage: 'en' as const,
        contactConsent: true,
      },
    ],
  };
}
