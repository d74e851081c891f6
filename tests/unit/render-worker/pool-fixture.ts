import { afterEach } from 'vitest';
import type { Kysely } from 'kysely';
import { PlanChoices } from '../../../shared/contract';
import type { Database } from '../../../electron/db/schema';
import { createAssessment } from '../../../electron/services/clinical/assessments';
import { sourceWorker } from '../../../electron/render-worker/locate';
import { RenderPool } from '../../../electron/render-worker/pool';
import { assessment, childWithClinician } from '../services/assessment-fixture';

/** The booklet tests' clock and choices: a plan starting the Monday after the assessment. */
export const NOW = new Date(2027, 0, 4, 10, 0);
export const choices = PlanChoices.parse({ settings: { startDate: '2027-01-11' }, language: 'en', paper: 'A4' });

const pools: RenderPool[] = [];
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});

/** A pool closed after the test: one real render process (the entry from sources) unless told. */
export function testPool(entry = sourceWorker()!): RenderPool {
  const p = new RenderPool({ size: 1, entry, log: () => undefined });
  pools.push(p);
  return p;
}

/** A child assessed on NOW's day, and the preview input for it. */
export async function assessedChild(db: Kysely<Database>) {
  const { patient, clinician } = await childWithClinician(db);
  const a = await createAssessment(db, assessment(patient.id, clinician.id, { assessedOn: '2027-01-04' }));
  return { patientId: patient.id, assessmentId: a.id, choices };
}
