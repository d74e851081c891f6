import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PlanChoices } from '../../shared/contract';
import { addDays } from '../../shared/calendar';
import { dayStart, localDate } from '../../shared/calendar/local-time';
import { openDatabase } from '../../electron/db/open';
import { migrate } from '../../electron/db/migrate';
import { createAssessment } from '../../electron/services/clinical/assessments';
import { createClinician } from '../../electron/services/settings/clinicians';
import { createPatient } from '../../electron/services/patients/patients';
import { issueBooklet, previewBooklet } from '../../electron/services/booklets/booklets';
import { listRecall } from '../../electron/services/recall/recall';
import { RenderPool } from '../../electron/render-worker/pool';
import { p99, quantile, report } from './figures';
import { generateChildren, random, seedPatients } from './seed-patients';

/*
 * The care plan, main side: a booklet preview composed from child + assessment + choices (an
 * 18-month plan of about 30 pages), an issue that also stores the plan, its check-ups and the
 * bytes, and the recall list at 100,000 children who each have a current plan with five
 * check-ups (some booked, some past and not closed out). Targets: preview p50 <= 80 ms, issue
 * p50 <= 150 ms, recall p99 <= 50 ms. Every p99 comes from at least 200 timed runs.
 */
const CHILDREN = 100_000;
const RUNS = 200;
const RECALL_QUERIES = 1_000;

report('care_plan.machine_load_1m', os.loadavg()[0]!, 'load');
const now = new Date();
const today = localDate(now.getTime());
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-bench-plan-'));
const handle = openDatabase(dir);

function seedPlans(clinicianId: number): void {
  const rnd = random(5);
  const stamp = now.toISOString();
  const { sqlite } = handle;
  sqlite.transaction(() => {
    const plan = sqlite.prepare(
      `INSERT INTO care_plans (patient_id, clinician_id, mode, current, kind, start_date, end_date, engine_version,
         choices, plan, created_at) VALUES (?, ?, 'new', 1, 'full', ?, ?, 2, '{}', '{}', ?)`,
    );
    const item = sqlite.prepare(
      `INSERT INTO recalls (patient_id, clinician_id, due_on, reason, source, care_plan_id, course, booked_until,
         resolved_at, resolution, created_at) VALUES (?, ?, ?, ?, 'plan', ?, ?, ?, ?, ?, ?)`,
    );
    const visit = sqlite.prepare(
      `INSERT INTO appointments (clinician_id, patient_id, type_id, starts_at, ends_at, status, recall_id, plan_reason,
         created_at, updated_at) VALUES (?, ?, 2, ?, ?, 'booked', ?, ?, ?, ?)`,
    );
    for (let child = 1; child <= CHILDREN; child++) {
      // Plans started up to a year ago: check-ups fall from a year back to eighteen months ahead.
      const start = addDays(today, -Math.floor(rnd() * 365));
      const planId = Number(plan.run(child, clinicianId, start, addDays(start, 548), stamp).lastInsertRowid);
      [14, 56, 147, 238, 548].forEach((offset, i) => {
        const due = addDays(start, offset);
        const reason = i < 2 ? 'after_course' : i === 4 ? 'end_of_horizon' : 'every_months';
        // Past check-ups: most attended, the rest due or booked and never closed out. Ahead: a third booked.
        const past = due < today;
        const attended = past && rnd() < 0.85;
        const booked = !attended && rnd() < 0.33 ? dayStart(due) + 9 * 3_600_000 : null;
        const course = i < 2 ? i + 1 : null;
        const resolved = attended ? [stamp, 'attended'] : [null, null];
        const id = Number(
          item.run(child, clinicianId, due, reason, planId, course, booked, ...resolved, stamp).lastInsertRowid,
        );
        if (booked !== null) visit.run(clinicianId, child, booked, booked + 1_200_000, id, reason, stamp, stamp);
      });
    }
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}

async function timed(name: string, runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  report(`${name}.p50`, quantile(times, 0.5), 'ms');
  report(`${name}.p99`, p99(times), 'ms');
  report(`${name}.runs`, runs, 'count');
  return times;
}

try {
  await migrate(handle.db, handle.sqlite);
  const clinician = await createClinician(handle.db, {
    name: 'Dr. Ana Kovač',
    title: 'Podiatrist',
    phone: '',
    active: true,
  });
  const seedStart = performance.now();
  seedPatients(handle.sqlite, generateChildren({ count: CHILDREN, seed: 9 }));
  seedPlans(clinician.id);
  report('care_plan.seed_100k', performance.now() - seedStart, 'ms');

  const child = await createPatient(handle.db, {
    firstName: 'Mia',
    lastName: 'Novak',
    dateOfBirth: '2020-05-17',
    sex: 'female',
    notes: '',
    guardians: [
      {
        name: 'Anna Novak',
        relationship: 'mother',
        phone: '+44 7700 900123',
        email: '',
        preferredLanguage: 'en',
        contactConsent: true,
      },
    ],
  });
  const assessment = await createAssessment(handle.db, {
    patientId: child.id,
    clinicianId: clinician.id,
    assessedOn: today,
    left: { degree: 2, method: 'heel_angle', flexible: 'yes', heelAngle: 17 },
    right: { degree: 1, method: 'heel_angle', flexible: 'yes', heelAngle: 12 },
    redFlags: [],
    weightKg: null,
    heightCm: null,
    overweight: false,
    notes: '',
  });
  // Every calendar printed: the longest booklet an 18-month plan makes.
  const choices = PlanChoices.parse({
    settings: { startDate: today },
    language: 'en',
    paper: 'A4',
    calendarCourses: 'all',
  });
  const input = { patientId: child.id, assessmentId: assessment.id, choices };

  const first = await previewBooklet(handle.db, input);
  report('care_plan.preview.pages', first.pdf!.pages, 'pages');
  await timed('care_plan.preview_main', RUNS, () => previewBooklet(handle.db, input));
  // The app's path: composed on main, rendered by the built worker (out/main/render-worker.js).
  const built = path.resolve('out/main/render-worker.js');
  if (!fs.existsSync(built)) throw new Error('Build first: npm run build');
  const pool = new RenderPool({ entry: { kind: 'built', file: built }, warm: true });
  try {
    await timed('care_plan.preview_render_worker', RUNS, () => previewBooklet(handle.db, input, { renderer: pool }));
  } finally {
    await pool.close();
  }
  await timed('care_plan.issue_with_archive', RUNS, () =>
    issueBooklet(handle.db, { ...input, plan: 'continue', action: 'download' }),
  );

  const rnd = random(21);
  const times: number[] = [];
  for (let i = 0; i < 50 + RECALL_QUERIES; i++) {
    const due = (['all', 'overdue', 'thisWeek'] as const)[Math.floor(rnd() * 3)]!;
    const t = performance.now();
    await listRecall(handle.db, { due, weekStartsOn: 1, limit: 200 }, now);
    if (i >= 50) times.push(performance.now() - t);
  }
  report('care_plan.recall_list_100k.p50', quantile(times, 0.5), 'ms');
  report('care_plan.recall_list_100k.p99', p99(times), 'ms');
  report('care_plan.recall_list_100k.runs', times.length, 'count');
  const all = await listRecall(handle.db, { due: 'all', weekStartsOn: 1, limit: 1 }, now);
  report('care_plan.recall_list_100k.families_due', all.total, 'count');
} finally {
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
