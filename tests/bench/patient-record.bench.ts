import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/db/open';
import { migrate } from '../../electron/db/migrate';
import { getPatientRecord } from '../../electron/services/patients/patients';
import { p99, quantile, report } from './figures';
import { generateChildren, random, seedPatients } from './seed-patients';

// Opening a child's screen (`patients:record`) for children with 50 assessments and 5 guardians,
// in a database of 100,000 children that each have a few assessments of their own.
const CHILDREN = 100_000;
const BUSY_CHILDREN = 200;
const OPENS = 1_000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-bench-record-'));
const handle = openDatabase(dir);
try {
  await migrate(handle.db, handle.sqlite);
  seedPatients(handle.sqlite, generateChildren({ count: CHILDREN, seed: 3 }));
  const { sqlite } = handle;
  const rnd = random(5);
  sqlite
    .prepare(
      `INSERT INTO clinicians (name, title, phone, active, created_at) VALUES ('Dr. Bench', 'Podiatrist', '', 1, 'x')`,
    )
    .run();
  const insertAssessment = sqlite.prepare(
    `INSERT INTO assessments (patient_id, clinician_id, assessed_on, left_degree, left_method, left_flexible, left_heel_angle,
       right_degree, right_method, right_flexible, right_heel_angle, red_flags, weight_kg, height_cm, overweight, notes,
       created_at, updated_at)
     VALUES (?, 1, ?, ?, 'heel_angle', 'yes', ?, ?, 'heel_angle', 'yes', ?, '[]', 18.5, 104, 0, ?, 'x', 'x')`,
  );
  const insertGuardian = sqlite.prepare(
    `INSERT INTO guardians (patient_id, position, name, phone, phone_digits, relationship, email, preferred_language, contact_consent)
     VALUES (?, ?, ?, ?, ?, 'other', 'family@example.org', 'en', 1)`,
  );
  const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const busy: number[] = [];
  sqlite.transaction(() => {
    for (let id = 1; id <= CHILDREN; id++) {
      const isBusy = id % (CHILDREN / BUSY_CHILDREN) === 0;
      const visits = isBusy ? 50 : 1 + Math.floor(rnd() * 3);
      for (let v = 0; v < visits; v++) {
        const angle = 5 + Math.round(rnd() * 250) / 10;
        insertAssessment.run(id, day(Math.floor(rnd() * 3650)), 2, angle, 1, angle - 3, 'Routine check. '.repeat(4));
      }
      if (isBusy) {
        busy.push(id);
        for (let g = 1; g < 5; g++) insertGuardian.run(id, g, `Relative ${g}`, `+1 555 010${g}`, `155501${g}`);
      }
    }
  })();

  for (const id of busy.slice(0, 20)) await getPatientRecord(handle.db, id); // warm caches and JIT
  const times: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const id = busy[Math.floor(rnd() * busy.length)]!;
    const t = performance.now();
    const record = await getPatientRecord(handle.db, id);
    times.push(performance.now() - t);
    if (record.assessments.length !== 50 || record.patient.guardians.length !== 5) throw new Error('bad seed');
  }
  report('patients.record_50_assessments_5_guardians_at_100k.p50', quantile(times, 0.5), 'ms');
  report('patients.record_50_assessments_5_guardians_at_100k.p99', p99(times), 'ms');
} finally {
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
