import type { PatientInput } from '../../../shared/contract';

/** A valid child input; override any field. */
export function child(firstName: string, lastName: string, extra: Partial<PatientInput> = {}): PatientInput {
  return {
    firstName,
    lastName,
    dateOfBirth: '2020-05-17',
    sex: 'female',
    guardian: { name: 'Anna Parent', phone: '+7 912 345-67-89' },
    ...extra,
  };
}
