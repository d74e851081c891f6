import {
  MAX_GUARDIANS,
  type DuplicateCheckInput,
  type Language,
  type Patient,
  type PatientInput,
  type Relationship,
  type Sex,
} from '../../../shared/contract';

/** One guardian as the form edits it: `relationship` blank until chosen. */
export interface GuardianValues {
  name: string;
  relationship: Relationship | '';
  phone: string;
  email: string;
  preferredLanguage: Language;
  contactConsent: boolean;
}

/** What the form edits, with `sex` blank until chosen; the contract's `PatientInput` once checked. */
export interface FormValues {
  firstName: string;
  middleName: string;
  lastName: string;
  dateOfBirth: string;
  sex: Sex | '';
  notes: string;
  guardians: GuardianValues[];
}

export type GuardianField = 'name' | 'relationship' | 'phone' | 'email';
export const guardianPath = (index: number, field: GuardianField) => `guardians.${index}.${field}` as const;

export function emptyGuardian(language: Language): GuardianValues {
  return { name: '', relationship: '', phone: '', email: '', preferredLanguage: language, contactConsent: false };
}

export function emptyValues(language: Language): FormValues {
  return {
    firstName: '',
    middleName: '',
    lastName: '',
    dateOfBirth: '',
    sex: '',
    notes: '',
    guardians: [emptyGuardian(language)],
  };
}

/** The stored child as the form's starting values (main contact first, as stored). */
export function fromPatient(p: Patient): FormValues {
  return {
    firstName: p.firstName,
    middleName: p.middleName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    notes: p.notes,
    guardians: p.guardians.map((g) => ({
      name: g.name,
      relationship: g.relationship,
      phone: g.phone,
      email: g.email,
      preferredLanguage: g.preferredLanguage,
      contactConsent: g.contactConsent,
    })),
  };
}

/** What the duplicate check compares: the name, the date of birth and every phone given. */
export function duplicateQuery(input: PatientInput): DuplicateCheckInput {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    dateOfBirth: input.dateOfBirth,
    phones: input.guardians.map((g) => g.phone).filter(Boolean),
  };
}

/** No guardian has a phone or an email yet: the family cannot be reached. */
export function contactMissing(guardians: readonly Pick<GuardianValues, 'phone' | 'email'>[]): boolean {
  return !guardians.some((g) => g.phone.trim() !== '' || g.email.trim() !== '');
}

export { MAX_GUARDIANS };
