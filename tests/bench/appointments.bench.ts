import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { openDatabase } from '../../electron/db/open';
import { migrate } from '../../electron/db/migrate';
import { appointmentsInRange, createAppointment } from '../../electron/services/diary/appointments';
import { listRecall } from '../../electron/services/recall/recall';
import { nextFreeSlots, proposeSlots } from '../../electron/services/diary/slots';
import { addDays, isoWeekday, timeOf, weekStart } from '../../shared/calendar';
import { localDate } from '../../shared/calendar/local-time';
import { p99, quantile, report } from './figures';
import { HOURS, planDiary, writeDiary } from './seed-appointments';
import { generateChildren, random, seedPatients } from './seed-patients';

// The diary at 500,000 appointments over five years for 20 clinicians (4.5 years past, half a
// year booked ahead): p50/p99 over 1,000 random queries of each kind the receptionist runs.
const CLINICIANS = 20;
const APPOINTMENTS = 500_000;
const QUERIES = 1_000;
const LONG_AGO = new Date('2000-01-01T00:00:00Z');

const now = new Date();
const today = localDate(now.getTime());
const first = addDays(today, -Math.round(4.5 * 365));
const last = addDays(first, 5 * 365 - 1);
const span = 5 * 365;

// The figures are wall-clock times: on a shared machine, other processes' load shows in the p99.
report('diary.machine_load_1m', os.loadavg()[0]!, 'load');
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Seeds the diary in a scope of its own, so its half a million planning objects can be collected. */
function seedDiary(): { clinicians: number[]; children: number } {
  const seedStart = performance.now();
  const seed = { clinicians: CLINICIANS, appointments: APPOINTMENTS, first, last, now: now.getTime() };
  const plan = planDiary(seed);
  seedPatients(handle.sqlite, generateChildren({ count: plan.children, seed: 3 }));
  const clinicians = writeDiary(handle.sqlite, seed, plan);
  handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  report('diary.seed_500k', performance.now() - seedStart, 'ms');
  report('diary.seed.children', plan.children, 'count');
  report('diary.seed.due_items', plan.dues.length, 'count');
  return { clinicians, children: plan.children };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-bench-diary-'));
const handle = openDatabase(dir);
try {
  await migrate(handle.db, handle.sqlite);
  const { clinicians, children } = seedDiary();

  const rnd = random(17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const anyDate = () => addDays(first, Math.floor(rnd() * span));
  const weekday = () => {
    for (;;) {
      const d = anyDate();
      if (isoWeekday(d) <= 5) return d;
    }
  };

  /** Runs `fn` 50 times to warm up, then `QUERIES` times; reports p50, p99 and the mean rows returned. */
  async function measure(name: string, fn: () => Promise<number>): Promise<void> {
    for (let i = 0; i < 50; i++) await fn();
    // Start each kind with a clean heap, so one kind's garbage is not collected in another's timing.
    gc();
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < QUERIES; i++) {
      const t = performance.now();
      total += await fn();
      times.push(performance.now() - t);
    }
    report(`${name}.p50`, quantile(times, 0.5), 'ms');
    report(`${name}.p99`, p99(times), 'ms');
    report(`${name}.mean_rows`, total / QUERIES, 'rows');
  }

  await measure('diary.clinician_week_500k', async () => {
    const from = weekStart(anyDate());
    const rows = await appointmentsInRange(handle.db, { from, to: addDays(from, 6), clinicianId: pick(clinicians) });
    return rows.length;
  });
  await measure('diary.clinic_day_500k', async () => {
    const day = weekday();
    return (await appointmentsInRange(handle.db, { from: day, to: day })).length;
  });
  await measure('diary.clinic_week_500k', async () => {
    const from = weekStart(anyDate());
    return (await appointmentsInRange(handle.db, { from, to: addDays(from, 6) })).length;
  });
  await measure('diary.next_free_slot_500k', async () => {
    const [open, close] = [HOURS[0][0], HOURS.at(-1)![1]];
    const fromTime = timeOf(open + 5 * Math.floor((rnd() * (close - open)) / 5));
    const q = { clinicianId: pick(clinicians), from: weekday(), fromTime, durationMinutes: 20, count: 1 };
    return (await nextFreeSlots(handle.db, q, LONG_AGO)).length;
  });
  await measure('diary.recall_list_500k', async () => {
    const due = pick(['all', 'overdue', 'thisWeek'] as const);
    const clinicianId = rnd() < 0.5 ? pick(clinicians) : undefined;
    return (await listRecall(handle.db, { due, clinicianId, weekStartsOn: 1, limit: 200 }, now)).items.length;
  });
  const full = await listRecall(handle.db, { due: 'all', weekStartsOn: 1, limit: 1 }, now);
  report('diary.recall_list_500k.families_due', full.total, 'count');

  await measure('diary.propose_4_followups_500k', async () => {
    const start = addDays(today, Math.floor(rnd() * 60));
    const proposals = [0, 30, 90, 180].map((d) => ({ dueOn: addDays(start, d), reason: 'every_months' as const }));
    const q = { clinicianId: pick(clinicians), durationMinutes: 20, proposals, perProposal: 3, earlyDays: 2 };
    return (await proposeSlots(handle.db, q, now)).length;
  });

  // A booking: the insert, the overlap check in the same transaction, and the warnings.
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const clinicianId = pick(clinicians);
    const [slot] = await nextFreeSlots(
      handle.db,
      { clinicianId, from: addDays(today, 1), durationMinutes: 20, count: 1 },
      now,
    );
    const t = performance.now();
    await createAppointment(handle.db, {
      patientId: 1 + Math.floor(rnd() * children),
      clinicianId,
      typeId: 2,
      start: { date: slot!.date, time: slot!.start },
      note: '',
      recallId: null,
    });
    times.push(performance.now() - t);
  }
  report('diary.create_booking_500k.p99', p99(times), 'ms');
} finally {
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
