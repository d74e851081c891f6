import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import type { Database } from '../../electron/db/schema';
import { appointmentsInRange, createAppointment } from '../../electron/services/diary/appointments';
import { nextFreeSlots } from '../../electron/services/diary/slots';
import { getPatientRecord, searchPatients } from '../../electron/services/patients/patients';
import { listRecall } from '../../electron/services/recall/recall';
import { addDays, isoWeekday, timeOf, weekStart } from '../../shared/calendar';
import { reportSpread, type Spread } from './figures';
import type { Practice } from './practice-seed';
import { HOURS } from './seed-appointments';
import { random } from './seed-patients';
import { typedQueries } from './typed-queries';

/*
 * The issue-13 figures for one engine, each through the service function its channel's handler
 * calls, with the same random choices on both engines (each figure seeds its own generator), so
 * both answer the same questions over the same rows. Each figure warms up, then times its runs
 * one after the other: 2,000 for the reads that take a millisecond or two, so the p99 is the 20th
 * slowest rather than the 4th (on two cores a single stall of the machine moved it); 500 for the
 * recall list and the booking.
 */

export const FIGURES = [
  ['search', 'patient search, first 50 in list order', 5],
  ['child_record', 'child record (50 assessments, 5 guardians)', 20],
  ['clinician_week', 'clinician week', 5],
  ['clinic_day', 'clinic day', 10],
  ['next_free_slot', 'next free slot', 5],
  ['recall', 'recall list (200 rows)', 50],
  ['booking', 'booking round trip', 15],
] as const;

export type Figure = (typeof FIGURES)[number][0];

const LONG_AGO = new Date('2000-01-01T00:00:00Z');
/** Timed runs of each read figure. */
const RUNS = 2000;

async function timed(runs: number, warm: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warm; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(warm + i);
    times.push(performance.now() - t);
  }
  return times;
}

export async function measureEngine(
  engine: 'sqlite' | 'postgres',
  db: Kysely<Database>,
  practice: Practice,
): Promise<{ figures: Record<Figure, Spread>; answers: string[] }> {
  const { children, clinicians, busy, today, now } = practice;
  const first = addDays(today, -Math.round(4.5 * 365));
  const span = 5 * 365;
  const name = (figure: Figure) => `practice_engines.${engine}.${figure}`;
  const out = {} as Record<Figure, Spread>;
  const chooser = (seed: number) => {
    const rnd = random(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
    const anyDate = () => addDays(first, Math.floor(rnd() * span));
    const weekday = () => {
      for (;;) {
        const d = anyDate();
        if (isoWeekday(d) <= 5) return d;
      }
    };
    return { rnd, pick, anyDate, weekday };
  };

  const queries = typedQueries(children, 1050, 11);
  const answers: string[] = [];
  out.search = reportSpread(
    name('search'),
    await timed(1000, 50, async (i) => {
      const result = await searchPatients(db, queries[i]!, 50);
      answers[i] = result.items.map((p) => p.id).join();
    }),
  );

  let c = chooser(5);
  out.child_record = reportSpread(
    name('child_record'),
    await timed(RUNS, 20, async () => {
      const record = await getPatientRecord(db, c.pick(busy));
      if (record.assessments.length !== 50 || record.patient.guardians.length !== 5) throw new Error('bad seed');
    }),
  );

  c = chooser(17);
  out.clinician_week = reportSpread(
    name('clinician_week'),
    await timed(RUNS, 50, () => {
      const from = weekStart(c.anyDate());
      return appointmentsInRange(db, { from, to: addDays(from, 6), clinicianId: c.pick(clinicians) });
    }),
  );

  c = chooser(18);
  out.clinic_day = reportSpread(
    name('clinic_day'),
    await timed(RUNS, 50, () => {
      const day = c.weekday();
      return appointmentsInRange(db, { from: day, to: day });
    }),
  );

  c = chooser(19);
  const [open, close] = [HOURS[0][0], HOURS.at(-1)![1]];
  out.next_free_slot = reportSpread(
    name('next_free_slot'),
    await timed(RUNS, 50, () => {
      const fromTime = timeOf(open + 5 * Math.floor((c.rnd() * (close - open)) / 5));
      const q = { clinicianId: c.pick(clinicians), from: c.weekday(), fromTime, durationMinutes: 20, count: 1 };
      return nextFreeSlots(db, q, LONG_AGO);
    }),
  );

  c = chooser(20);
  out.recall = reportSpread(
    name('recall'),
    await timed(500, 20, () => {
      const due = c.pick(['all', 'overdue', 'thisWeek'] as const);
      const clinicianId = c.rnd() < 0.5 ? c.pick(clinicians) : undefined;
      return listRecall(db, { due, clinicianId, weekStartsOn: 1, limit: 200 }, now);
    }),
  );

  // A booking: the insert, the overlap check in the same transaction, and the warnings read back.
  // The free slot is found first, untimed (the receptionist picked it on screen).
  c = chooser(21);
  const times: number[] = [];
  for (let i = 0; i < 520; i++) {
    const clinicianId = c.pick(clinicians);
    const [slot] = await nextFreeSlots(
      db,
      { clinicianId, from: addDays(today, 1), durationMinutes: 20, count: 1 },
      now,
    );
    const patientId = 1 + Math.floor(c.rnd() * children.length);
    const t = performance.now();
    await createAppointment(db, {
      patientId,
      clinicianId,
      typeId: 2,
      start: { date: slot!.date, time: slot!.start },
      note: '',
      recallId: null,
    });
    if (i >= 20) times.push(performance.now() - t);
  }
  out.booking = reportSpread(name('booking'), times);
  return { figures: out, answers };
}

/** The side-by-side table, as plain lines after the JSON ones. */
export function printTable(results: Record<string, Record<Figure, Spread>>, note: string): void {
  const engines = Object.keys(results);
  const f = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
  console.log(`\nPractice figures, p50 / p99 / max in ms (${note})`);
  console.log(`| figure | ${engines.join(' | ')} | target (p99) |`);
  console.log(`| --- | ${engines.map(() => '---').join(' | ')} | --- |`);
  for (const [key, label, target] of FIGURES) {
    const cells = engines.map((e) => {
      const s = results[e]![key];
      return `${f(s.p50)} / ${f(s.p99)} / ${f(s.max)}${s.p99 > target ? ' (over)' : ''}`;
    });
    console.log(`| ${label} | ${cells.join(' | ')} | ≤ ${target} ms |`);
  }
}
