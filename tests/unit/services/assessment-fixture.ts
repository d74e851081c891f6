import type { Kysely } from 'kysely';
import type { AssessmentInput } from '../../../shared/contract';
import type { Database } from '../../../electron/db/schema';
import { createClinician } from '../../../electron/services/settings/clinicians';
import { createPatient } from '../../../electron/services/patients/patients';
import { child } from './child-fixture';

/** A child and a clinician to hang assessments on. */
export async function childWithClinician(db: Kysely<Database>) {
  const patient = await createPatient(db, child('Mia', 'Novak'));
  const clinician = await createClinician(db, { name: 'Dr. Ana Kovač', title: 'Podiatrist', phone: '', active: true });
  return { patient, clinician };
}

export function assessment(
  patientId: number,
  clinicianId: number,
  extra: Partial<AssessmentInput> = {},
): AssessmentInput {
  return {
    patientId,
    clinicianId,
    assessedOn: '2026-03-02',
    left: { degree: 2, method: 'heel_angle', flexible: 'yes', heelAngle: 17 },
    right: { degree: 1, method: 'heel_angle', flexible: 'yes', heelAngle: 12.5 },
    redFlags: [],
    weightKg: 16.2,
    heightCm: 101,
    overweight: false,
    notes: 'Gentle on the left calf.',
    ...extra,
  };
}
