import type { GuardianInput, PatientInput } from '../../../shared/contract';

/** A valid guardian; override any field. */
export function guardian(name: string, phone: string, extra: Partial<GuardianInput> = {}): GuardianInput {
  return { name, relationship: 'mother', phone, email: '', preferredLanguage: 'en', contactConsent: true, ...extra };
}

/** A valid child input; override any field. */
export function child(firstName: string, lastName: string, extra: Partial<PatientInput> = {}): PatientInput {
  return {
    firstName,
    lastName,
    dateOfBirth: '2020-05-17',
    sex: 'female',
    notes: '',
    guardians: [guardian('Anna Parent', '+7 912 345-67-89')],
    ...extra,
  };
}
