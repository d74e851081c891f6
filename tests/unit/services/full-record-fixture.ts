import type { Kysely } from 'kysely';
import { PlanChoices } from '../../../shared/contract';
import type { Database } from '../../../electron/db/schema';
import { issueBooklet, reissueBooklet, reprintBooklet } from '../../../electron/services/booklets/booklets';
import { saveCourseReturn } from '../../../electron/services/clinical/adherence';
import { createAssessment, updateAssessment } from '../../../electron/services/clinical/assessments';
import { createAppointment } from '../../../electron/services/diary/appointments';
import { logContact } from '../../../electron/services/recall/recall';
import { assessment, childWithClinician } from './assessment-fixture';

/** When the record's visit was booked (and the first booklet issued). */
export const FULL_RECORD_AT = new Date(2027, 0, 4, 10, 0);

/**
 * Mia Novak (guardian, Dr. Ana Kovač) with a row in every table that holds a child's record, made
 * through the real services: an assessment edited once (a revision), a care plan with a booklet
 * issued, reprinted (the same PDF) and re-issued (a second PDF), a follow-up visit, a logged
 * call, and a returned calendar page.
 */
export async function fullRecord(db: Kysely<Database>) {
  const { patient, clinician } = await childWithClinician(db);
  const a = await createAssessment(db, assessment(patient.id, clinician.id, { assessedOn: '2027-01-04' }));
  await updateAssessment(db, a.id, assessment(patient.id, clinician.id, { assessedOn: '2027-01-04', notes: 'Edited' }));
  const choices = PlanChoices.parse({ settings: { startDate: '2027-01-11' }, language: 'en', paper: 'A4' });
  const deps = { now: () => FULL_RECORD_AT };
  const issued = await issueBooklet(
    db,
    { patientId: patient.id, assessmentId: a.id, choices, plan: 'new', action: 'download' },
    deps,
  );
  await reprintBooklet(db, issued.booklet!.id, 'download', deps);
  await reissueBooklet(db, issued.booklet!.id, 'download', { now: () => new Date(2027, 1, 1, 10) });
  const followUp = await db
    .selectFrom('appointment_types')
    .select('id')
    .where('code', '=', 'follow_up')
    .executeTakeFirstOrThrow();
  await createAppointment(
    db,
    {
      patientId: patient.id,
      clinicianId: clinician.id,
      typeId: followUp.id,
      start: { date: '2027-02-02', time: '09:30' },
      note: '',
      recallId: null,
    },
    FULL_RECORD_AT,
  );
  await logContact(
    db,
    { patientId: patient.id, recallId: null, outcome: 'reached', note: 'Mother called back' },
    FULL_RECORD_AT,
  );
  await saveCourseReturn(
    db,
    {
      patientId: patient.id,
      planStart: '2027-01-11',
      course: 1,
      entry: { kind: 'estimate', percent: 60 },
      enteredBy: 'Desk',
    },
    new Date(2027, 0, 26, 9),
  );
  return { patient, clinician };
}
