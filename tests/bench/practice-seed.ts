import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DB_FILE_NAME, openDatabase, type OpenDb } from '../../electron/db/open';
import { migrate } from '../../electron/db/migrate';
import { indexPatient, searchDocument, unindexPatient } from '../../electron/services/patients/search';
import { addDays } from '../../shared/calendar';
import { localDate } from '../../shared/calendar/local-time';
import { report } from './figures';
import { planDiary, writeDiary } from './seed-appointments';
import { generateChildren, random, seedPatients, type SeededChild } from './seed-patients';

/*
 * One practice for the engines bench (practice-engines.bench.ts), written to a SQLite file: at
 * scale 1, 100,000 children (more if the diary needs them), 500,000 appointments over five years
 * for 20 clinicians (4.5 years past, half a year ahead) with their due follow-ups, one to three
 * assessments per child, and a few hundred busy children with 50 assessments and 5 guardians
 * (the child record figure opens those). The server gets the same rows through the real move.
 */

export const CLINICIANS = 20;

export interface Practice {
  handle: OpenDb;
  /** The valgo.sqlite3 file the move reads. */
  file: string;
  children: SeededChild[];
  clinicians: number[];
  /** Children with 50 assessments and 5 guardians. */
  busy: number[];
  now: Date;
  today: string;
}

export async function seedPractice(dir: string, scale: number): Promise<Practice> {
  const childCount = Math.round(100_000 * scale);
  const appointments = Math.round(500_000 * scale);
  const now = new Date();
  const today = localDate(now.getTime());
  const first = addDays(today, -Math.round(4.5 * 365));
  const last = addDays(first, 5 * 365 - 1);

  const handle = openDatabase(dir);
  await migrate(handle.db, handle.sqlite);
  const start = performance.now();
  const seed = { clinicians: CLINICIANS, appointments, first, last, now: now.getTime() };
  const plan = planDiary(seed);
  const children = generateChildren({ count: Math.max(childCount, plan.children), seed: 3 });
  seedPatients(handle.sqlite, children);
  const clinicians = writeDiary(handle.sqlite, seed, plan);
  const busy = seedAssessments(handle, children.length, Math.max(20, Math.round(200 * scale)), now);
  await reindexBusy(handle, busy, children);
  // What the seed's own writes logged: a practice's change log keeps only recent changes (pruned).
  handle.sqlite.exec('DELETE FROM change_log');
  handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  report('practice_engines.sqlite.seed', performance.now() - start, 'ms');
  report('practice_engines.seed.children', children.length, 'count');
  report('practice_engines.seed.appointments', plan.rows.length, 'count');
  report('practice_engines.seed.due_items', plan.dues.length, 'count');
  return { handle, file: path.join(dir, DB_FILE_NAME), children, clinicians, busy, now, today };
}

/** One to three assessments a child; every (count / busy)-th child 50, and four more guardians. */
function seedAssessments(handle: OpenDb, count: number, busyCount: number, now: Date): number[] {
  const { sqlite } = handle;
  const rnd = random(5);
  const stamp = now.toISOString();
  const insertAssessment = sqlite.prepare(
    `INSERT INTO assessments (patient_id, clinician_id, assessed_on, left_degree, left_method, left_flexible, left_heel_angle,
       right_degree, right_method, right_flexible, right_heel_angle, red_flags, weight_kg, height_cm, overweight, notes,
       created_at, updated_at)
     VALUES (?, 1, ?, 2, 'heel_angle', 'yes', ?, 1, 'heel_angle', 'yes', ?, '[]', 18.5, 104, 0, ?, ?, ?)`,
  );
  const insertGuardian = sqlite.prepare(
    `INSERT INTO guardians (patient_id, position, name, phone, phone_digits, relationship, email, preferred_language, contact_consent)
     VALUES (?, ?, ?, ?, ?, 'other', 'family@example.org', 'en', 1)`,
  );
  const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const every = Math.floor(count / busyCount);
  const busy: number[] = [];
  sqlite.transaction(() => {
    for (let id = 1; id <= count; id++) {
      const isBusy = id % every === 0 && busy.length < busyCount;
      const visits = isBusy ? 50 : 1 + Math.floor(rnd() * 3);
      for (let v = 0; v < visits; v++) {
        const angle = 5 + Math.round(rnd() * 250) / 10;
        insertAssessment.run(
          id,
          day(Math.floor(rnd() * 3650)),
          angle,
          angle - 3,
          'Routine check. '.repeat(4),
          stamp,
          stamp,
        );
      }
      if (isBusy) {
        busy.push(id);
        for (let g = 1; g < 5; g++) insertGuardian.run(id, g, `Relative ${g}`, `+1 555 010${g}`, `155501${g}`);
      }
    }
  })();
  return busy;
}

/** The busy children's search documents with all five guardians, as the server's rebuild makes them. */
async function reindexBusy(handle: OpenDb, busy: readonly number[], children: readonly SeededChild[]): Promise<void> {
  for (const id of busy) {
    const { sort_rank: rank } = await handle.db
      .selectFrom('patients')
      .select('sort_rank')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const c = children[id - 1]!;
    const guardians = [{ name: c.guardianName, phone: c.phone }];
    for (let g = 1; g < 5; g++) guardians.push({ name: `Relative ${g}`, phone: `+1 555 010${g}` });
    await unindexPatient(handle.db, rank);
    await indexPatient(handle.db, rank, searchDocument(c.firstName, c.lastName, guardians));
  }
}
