import { describe, expect, it } from 'vitest';
import { AssessmentInput } from '../../../shared/contract';
import {
  assessmentHistory,
  createAssessment,
  listAssessments,
  updateAssessment,
} from '../../../electron/services/clinical/assessments';
import { serviceDb } from '../test-db';
import { assessment, childWithClinician } from './assessment-fixture';

describe('assessments service', () => {
  it('records both feet, red flags and measurements, and reads them back', async () => {
    const { db } = await serviceDb();
    const { patient, clinician } = await childWithClinician(db);
    const input = assessment(patient.id, clinician.id, { redFlags: ['pain', 'asymmetry'], overweight: true });
    const saved = await createAssessment(db, input, new Date('2026-03-02T09:00:00Z'));
    expect(saved).toEqual({
      ...input,
      id: saved.id,
      clinicianName: 'Dr. Ana Kovač',
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
      revisions: 0,
      version: 1,
    });
  });

  it('lists a child’s visits newest first, backdated ones in their place', async () => {
    const { db } = await serviceDb();
    const { patient, clinician } = await childWithClinician(db);
    const a = await createAssessment(db, assessment(patient.id, clinician.id, { assessedOn: '2026-02-01' }));
    const b = await createAssessment(db, assessment(patient.id, clinician.id, { assessedOn: '2025-11-15' }));
    const c = await createAssessment(db, assessment(patient.id, clinician.id, { assessedOn: '2026-04-10' }));
    expect((await listAssessments(db, patient.id)).map((x) => x.id)).toEqual([c.id, a.id, b.id]);
  });

  it('keeps the earlier state when an assessment is edited', async () => {
    const { db } = await serviceDb();
    const { patient, clinician } = await childWithClinician(db);
    const first = assessment(patient.id, clinician.id);
    const saved = await createAssessment(db, first);
    const second = { ...first, left: { ...first.left, heelAngle: 19 }, notes: 'Corrected angle.' };
    await updateAssessment(db, saved.id, second, new Date('2026-03-03T10:00:00Z'));
    const third = { ...second, redFlags: ['limping' as const] };
    const latest = await updateAssessment(db, saved.id, third, new Date('2026-03-04T10:00:00Z'));

    expect(latest).toMatchObject({ left: { heelAngle: 19 }, redFlags: ['limping'], revisions: 2 });
    const history = await assessmentHistory(db, saved.id);
    expect(history).toEqual([
      { revision: 1, replacedAt: '2026-03-03T10:00:00.000Z', data: first },
      { revision: 2, replacedAt: '2026-03-04T10:00:00.000Z', data: second },
    ]);
  });

  it('refuses to move an assessment to another child, and unknown children or clinicians', async () => {
    const { db } = await serviceDb();
    const { patient, clinician } = await childWithClinician(db);
    const saved = await createAssessment(db, assessment(patient.id, clinician.id));
    await expect(updateAssessment(db, saved.id, assessment(patient.id + 1, clinician.id))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(createAssessment(db, assessment(999, clinician.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createAssessment(db, assessment(patient.id, 999))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(assessmentHistory(db, 999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('AssessmentInput validation', () => {
  const valid = assessment(1, 1);
  const messages = (input: unknown) => {
    const r = AssessmentInput.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  it('accepts a complete assessment and a foot with no valgus and no method', () => {
    expect(messages(valid)).toEqual([]);
    expect(messages({ ...valid, right: { degree: 0, method: null, flexible: 'unknown', heelAngle: null } })).toEqual(
      [],
    );
  });

  it('needs a method for any degree', () => {
    expect(messages({ ...valid, left: { ...valid.left, method: null } })).toEqual(['left.method:degreeNeedsMethod']);
  });

  it('keeps the heel angle within 0-45 degrees and the degree within 0-4', () => {
    expect(messages({ ...valid, left: { ...valid.left, heelAngle: 46 } })).toEqual(['left.heelAngle:angleRange']);
    expect(messages({ ...valid, right: { ...valid.right, heelAngle: -1 } })).toEqual(['right.heelAngle:angleRange']);
    expect(messages({ ...valid, right: { ...valid.right, degree: 5 } })).toEqual(['right.degree:chooseOne']);
  });

  it('refuses a visit in the future and unknown red flags, and drops repeated flags', () => {
    expect(messages({ ...valid, assessedOn: '2999-01-01' })).toEqual(['assessedOn:dateInFuture']);
    expect(messages({ ...valid, redFlags: ['headache'] })).toHaveLength(1);
    expect(AssessmentInput.parse({ ...valid, redFlags: ['pain', 'pain'] }).redFlags).toEqual(['pain']);
  });
});
