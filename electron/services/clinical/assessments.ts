import type { Kysely, Selectable } from 'kysely';
import {
  AssessmentInput,
  type Assessment,
  type AssessmentRevision,
  type FootAssessment,
} from '../../../shared/contract';
import type { AssessmentTable, Database } from '../../db/schema';
import { AppError, notFound } from '../errors';
import { claimSave, type VersionedSave } from '../row-version';

/** A child's assessments, newest visit first (same-day visits: latest recorded first). */
export async function listAssessments(db: Kysely<Database>, patientId: number): Promise<Assessment[]> {
  const rows = await withNames(db)
    .where('a.patient_id', '=', patientId)
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
  return rows.map(toAssessment);
}

export async function getAssessment(db: Kysely<Database>, id: number): Promise<Assessment> {
  const row = await withNames(db).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('This assessment');
  return toAssessment(row);
}

export async function createAssessment(
  db: Kysely<Database>,
  input: AssessmentInput,
  now = new Date(),
): Promise<Assessment> {
  await checkReferences(db, input);
  const stamp = now.toISOString();
  const { id } = await db
    .insertInto('assessments')
    .values({ patient_id: input.patientId, ...toRow(input), created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getAssessment(db, id);
}

/** Saves the new state and keeps the one it replaces as the next revision. */
export async function updateAssessment(
  db: Kysely<Database>,
  id: number,
  input: AssessmentInput,
  now = new Date(),
  /** The version the form loaded and who saves (a stale one is refused); none: an in-process change. */
  save?: VersionedSave,
): Promise<Assessment> {
  await db.transaction().execute(async (trx) => {
    await claimSave(trx, 'assessments', id, save, 'This assessment', now);
    const before = await trx.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound('This assessment');
    if (before.patient_id !== input.patientId) {
      throw new AppError('CONFLICT', 'An assessment cannot be moved to another child.');
    }
    await checkReferences(trx, input);
    const last = await trx
      .selectFrom('assessment_revisions')
      .select((eb) => eb.fn.max('revision').as('n'))
      .where('assessment_id', '=', id)
      .executeTakeFirst();
    await trx
      .insertInto('assessment_revisions')
      .values({
        assessment_id: id,
        revision: (last?.n ?? 0) + 1,
        data: JSON.stringify(toInput(before)),
        replaced_at: now.toISOString(),
      })
      .execute();
    await trx
      .updateTable('assessments')
      .set({ ...toRow(input), updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  });
  return getAssessment(db, id);
}

export async function assessmentHistory(db: Kysely<Database>, id: number): Promise<AssessmentRevision[]> {
  await getAssessment(db, id);
  const rows = await db
    .selectFrom('assessment_revisions')
    .select(['revision', 'replaced_at', 'data'])
    .where('assessment_id', '=', id)
    .orderBy('revision')
    .execute();
  return rows.map((r) => ({
    revision: r.revision,
    replacedAt: r.replaced_at,
    data: AssessmentInput.parse(JSON.parse(r.data)),
  }));
}

async function checkReferences(db: Kysely<Database>, input: AssessmentInput): Promise<void> {
  const [patient, clinician] = await Promise.all([
    db.selectFrom('patients').select(['id', 'date_of_birth']).where('id', '=', input.patientId).executeTakeFirst(),
    db.selectFrom('clinicians').select('id').where('id', '=', input.clinicianId).executeTakeFirst(),
  ]);
  if (!patient) throw notFound('This child');
  if (!clinician) throw notFound('The chosen clinician');
  // Both are YYYY-MM-DD, so text order is date order.
  if (input.assessedOn < patient.date_of_birth) {
    throw new AppError('VALIDATION', 'The visit date is before the child was born.', [
      { path: 'assessedOn', message: 'beforeBirth' },
    ]);
  }
}

function withNames(db: Kysely<Database>) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('clinicians as c', 'c.id', 'a.clinician_id')
    .selectAll('a')
    .select((eb) => [
      'c.name as clinician_name',
      eb
        .selectFrom('assessment_revisions as r')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('r.assessment_id', '=', 'a.id')
        .as('revisions'),
    ]);
}

function toRow(input: AssessmentInput) {
  return {
    clinician_id: input.clinicianId,
    assessed_on: input.assessedOn,
    ...footRow('left', input.left),
    ...footRow('right', input.right),
    red_flags: JSON.stringify(input.redFlags),
    weight_kg: input.weightKg,
    height_cm: input.heightCm,
    overweight: input.overweight ? 1 : 0,
    notes: input.notes,
  };
}

function footRow<S extends 'left' | 'right'>(side: S, foot: FootAssessment) {
  return {
    [`${side}_degree`]: foot.degree,
    [`${side}_method`]: foot.method,
    [`${side}_flexible`]: foot.flexible,
    [`${side}_heel_angle`]: foot.heelAngle,
  } as Pick<AssessmentTable, `${S}_degree` | `${S}_method` | `${S}_flexible` | `${S}_heel_angle`>;
}

function toInput(r: Selectable<AssessmentTable>): AssessmentInput {
  return {
    patientId: r.patient_id,
    clinicianId: r.clinician_id,
    assessedOn: r.assessed_on,
    left: { degree: r.left_degree, method: r.left_method, flexible: r.left_flexible, heelAngle: r.left_heel_angle },
    right: {
      degree: r.right_degree,
      method: r.right_method,
      flexible: r.right_flexible,
      heelAngle: r.right_heel_angle,
    },
    redFlags: JSON.parse(r.red_flags) as AssessmentInput['redFlags'],
    weightKg: r.weight_kg,
    heightCm: r.height_cm,
    overweight: r.overweight === 1,
    notes: r.notes,
  };
}

type Row = Selectable<AssessmentTable> & { clinician_name: string; revisions: number | null };

function toAssessment(r: Row): Assessment {
  return {
    id: r.id,
    ...toInput(r),
    clinicianName: r.clinician_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    revisions: Number(r.revisions ?? 0),
    version: r.row_version,
  };
}
