import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/calendar';
import { openPostgres } from '../../../electron/db/engine';
import { migratePostgres } from '../../../electron/db/migrate';
import { createAppointment } from '../../../electron/services/diary/appointments';
import { AppError } from '../../../electron/services/errors';
import { setWorkingHours } from '../../../electron/services/diary/setup';
import { createPatient } from '../../../electron/services/patients/patients';
import { createClinician } from '../../../electron/services/settings/clinicians';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { WEEKDAYS_9_TO_5 } from '../appointments/fixture';
import { child } from '../services/child-fixture';
import { closeAll, emptyPgDb } from './pg-db';

/*
 * Two processes (two desks, each with its own connection pool) book the same clinician's same
 * 1,000 slots in the same order, released together: the database itself keeps every slot to one
 * visit (the exclusion constraint), and each loser is told the slot was taken and by whom.
 * VALGO_RACE_SLOTS changes the count.
 */

const SLOTS = Number(process.env.VALGO_RACE_SLOTS ?? 1000);
const racer = path.resolve('tests/unit/pg/booking-racer.ts');

interface Outcome {
  booked: number[];
  taken: number;
  takenNamed: number;
  byDatabase: number;
  other: string[];
}

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
}, 60_000);
afterAll(async () => {
  await closeAll();
  cluster?.stop();
});

function startDesk(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', racer, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready\n')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`desk exited early (${code})`)));
  });
  const done = new Promise<Outcome>((resolve, reject) => {
    child.once('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code === 0) resolve(JSON.parse(last) as Outcome);
      else reject(new Error(`desk exited with ${code}: ${out}`));
    });
  });
  return { ready, done, go: () => child.stdin.end('go\n') };
}

describe('two desks booking the same slots at once', () => {
  it(`books each of ${SLOTS} contested slots exactly once and tells the other desk`, async () => {
    const { db } = await emptyPgDb(cluster);
    await migratePostgres(db);
    const dr = await createClinician(db, { name: 'Dr. A', title: 'Podiatrist', phone: '', active: true });
    await setWorkingHours(db, { clinicianId: dr.id, intervals: WEEKDAYS_9_TO_5 });
    const mia = await createPatient(db, child('Mia', 'Novak'));
    const leo = await createPatient(db, child('Leo', 'Horvat'));
    const type = await db
      .selectFrom('appointment_types')
      .select('id')
      .where('code', '=', 'follow_up')
      .executeTakeFirstOrThrow();
    const url = new URL(cluster.url);
    const { name } = await db
      .selectNoFrom((eb) => eb.fn<string>('current_database', []).as('name'))
      .executeTakeFirstOrThrow();
    url.pathname = `/${name}`;

    const desks = [mia, leo].map((p) =>
      startDesk([url.toString(), String(dr.id), String(p.id), String(type.id), String(SLOTS)]),
    );
    await Promise.all(desks.map((d) => d.ready));
    for (const d of desks) d.go();
    const [a, b] = await Promise.all(desks.map((d) => d.done));

    console.info(`booking race: ${a!.byDatabase + b!.byDatabase} of ${SLOTS} refusals came from the database itself`);
    expect(a!.other).toEqual([]);
    expect(b!.other).toEqual([]);
    // Every slot went to exactly one desk; the other desk was refused with the visit named.
    expect(a!.booked.length + b!.booked.length).toBe(SLOTS);
    expect(new Set([...a!.booked, ...b!.booked]).size).toBe(SLOTS);
    expect(a!.taken + b!.taken).toBe(SLOTS);
    expect(a!.takenNamed + b!.takenNamed).toBe(SLOTS);

    const rows = await db
      .selectFrom('appointments')
      .select(['starts_at', 'ends_at'])
      .where('status', '=', 'booked')
      .orderBy('starts_at')
      .execute();
    expect(rows).toHaveLength(SLOTS);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.starts_at).toBeGreaterThanOrEqual(rows[i - 1]!.ends_at);
  }, 600_000);

  // Ten desks on one slot at once used to deadlock inside the exclusion check often enough that
  // three retries were not always enough: a booking ended in "deadlock detected" (an internal
  // error) instead of "taken". Bookings of one clinician now take turns (claimClinicians).
  it('ten desks booking one slot at once: one booked, nine told it was taken, nothing else', async () => {
    const { db } = await emptyPgDb(cluster);
    await migratePostgres(db);
    const dr = await createClinician(db, { name: 'Dr. A', title: 'Podiatrist', phone: '', active: true });
    const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));
    await setWorkingHours(db, { clinicianId: dr.id, intervals: hours });
    const kids: { id: number }[] = [];
    for (let i = 0; i < 10; i++) kids.push(await createPatient(db, child('Kid', `Desk${'ABCDEFGHIJ'[i]}`)));
    const { name } = await db
      .selectNoFrom((eb) => eb.fn<string>('current_database', []).as('name'))
      .executeTakeFirstOrThrow();
    const url = new URL(cluster.url);
    url.pathname = `/${name}`;
    const type = await db
      .selectFrom('appointment_types')
      .select('id')
      .where('code', '=', 'follow_up')
      .executeTakeFirstOrThrow();
    const desks = kids.map(() => openPostgres({ connectionString: url.toString(), max: 5 }));
    const other: string[] = [];
    try {
      // A working week of half-hour slots, 08:00 to 17:30 (a follow-up lasts 30 minutes).
      for (let round = 0; round < 100; round++) {
        const date = addDays('2030-01-07', Math.floor(round / 20));
        const minutes = 8 * 60 + 30 * (round % 20);
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${minutes % 60 === 0 ? '00' : '30'}`;
        const outcomes = await Promise.all(
          desks.map((desk, i) =>
            createAppointment(
              desk.db,
              {
                patientId: kids[i]!.id,
                clinicianId: dr.id,
                typeId: type.id,
                start: { date, time },
                note: '',
                recallId: null,
              },
              new Date('2030-01-01T08:00:00Z'),
            ).then(
              () => 'booked',
              (error: unknown) => {
                if (error instanceof AppError && error.code === 'CONFLICT') return 'taken';
                other.push(error instanceof Error ? error.message : String(error));
                return 'other';
              },
            ),
          ),
        );
        expect({ round, booked: outcomes.filter((o) => o === 'booked').length, other }).toEqual({
          round,
          booked: 1,
          other: [],
        });
      }
    } finally {
      await Promise.all(desks.map((d) => d.close()));
    }
    expect(other).toEqual([]);
  }, 600_000);
});
