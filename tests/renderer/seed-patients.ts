import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Assessment, FootAssessment, GuardianInput, Patient, PatientInput } from '../../shared/contract';
import { seedClinician, type RealCore } from './real-core';

/*
 * Set-up for the patients screens' tests, through the real services (tests/renderer/real-core.ts).
 */

/** A guardian as `patients:create` takes it; English, consenting, with a Russian mobile unless told. */
export function guardian(g: Partial<GuardianInput> = {}): GuardianInput {
  return {
    name: 'Elena Petrova',
    relationship: 'mother',
    phone: '+7 912 345-67-89',
    email: '',
    preferredLanguage: 'en',
    contactConsent: true,
    ...g,
  };
}

/** A child with every detail the form has, through `patients:create`. */
export function seedFullChild(
  rc: RealCore,
  child: Partial<PatientInput> & Pick<PatientInput, 'firstName' | 'lastName' | 'dateOfBirth'>,
): Promise<Patient> {
  return rc.call('patients:create', {
    sex: 'female',
    notes: '',
    guardians: [guardian()],
    ...child,
  });
}

/** A visit's assessment on `assessedOn`, through `assessments:create`. */
export function seedVisit(
  rc: RealCore,
  ids: { patientId: number; clinicianId: number },
  assessedOn: string,
  visit: {
    left?: Partial<FootAssessment>;
    right?: Partial<FootAssessment>;
    redFlags?: Assessment['redFlags'];
    weightKg?: number | null;
    notes?: string;
  } = {},
): Promise<Assessment> {
  const foot = (f: Partial<FootAssessment> = {}): FootAssessment => ({
    degree: f.degree ?? 1,
    method: f.method !== undefined ? f.method : (f.degree ?? 1) > 0 ? 'clinical' : null,
    flexible: f.flexible ?? 'yes',
    heelAngle: f.heelAngle ?? null,
  });
  return rc.call('assessments:create', {
    ...ids,
    assessedOn,
    left: foot(visit.left),
    right: foot(visit.right),
    redFlags: visit.redFlags ?? [],
    weightKg: visit.weightKg ?? null,
    heightCm: null,
    overweight: false,
    notes: visit.notes ?? '',
  });
}

export { seedClinician };

/**
 * Types a date into the picker labelled `label` the way a receptionist does: digits only, in the
 * clinic's order (DD/MM/YYYY unless settings say otherwise).
 */
export async function typeDate(user: UserEvent, label: string, iso: string, scope: HTMLElement = document.body) {
  const [y, m, d] = iso.split('-');
  const group = within(scope).getByRole('group', { name: label });
  await user.click(within(group).getByRole('spinbutton', { name: 'Day' }));
  await user.keyboard(`${d}${m}${y}`);
}

/** The date field's group (it carries the label, the error state and the helper text). */
export const dateGroup = (label: string) => screen.getByRole('group', { name: label });
