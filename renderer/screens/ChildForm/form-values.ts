import {
  MAX_GUARDIANS,
  PatientInput,
  isCalendarDate,
  localToday,
  toValidationIssues,
  type Language,
  type Patient,
  type Relationship,
} from '../../../shared/contract';

/** One guardian as the form edits it; `key` keeps React's rows stable when one is removed. */
export interface GuardianValues {
  key: number;
  name: string;
  relationship: Relationship | '';
  phone: string;
  email: string;
  preferredLanguage: Language;
  contactConsent: boolean;
}

/** What the form edits, with `sex` and each `relationship` blank until chosen. */
export interface FormValues {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: 'female' | 'male' | '';
  notes: string;
  guardians: GuardianValues[];
}

/** What the form focuses: an input, or a select's handle. */
export interface Focusable {
  focus(): void;
}

export type ChildField = 'firstName' | 'lastName' | 'dateOfBirth' | 'sex' | 'notes';
export type GuardianField = 'name' | 'relationship' | 'phone' | 'email';

/**
 * Errors keyed by the schema's own issue paths: `firstName`, `guardians.1.phone`, and `guardians`
 * for the list as a whole (no way to reach the family). Main answers with the same paths.
 */
export type FieldErrors = Record<string, string>;

export const guardianPath = (index: number, field: GuardianField) => `guardians.${index}.${field}`;
export const LIST_PATH = 'guardians';

let nextKey = 1;

export function emptyGuardian(language: Language): GuardianValues {
  return {
    key: nextKey++,
    name: '',
    relationship: '',
    phone: '',
    email: '',
    preferredLanguage: language,
    contactConsent: false,
  };
}

export function emptyValues(language: Language): FormValues {
  return { firstName: '', lastName: '', dateOfBirth: '', sex: '', notes: '', guardians: [emptyGuardian(language)] };
}

export function fromPatient(p: Patient): FormValues {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    notes: p.notes,
    guardians: p.guardians.map((g) => ({
      key: nextKey++,
      name: g.name,
      relationship: g.relationship,
      phone: g.phone,
      email: g.email,
      preferredLanguage: g.preferredLanguage,
      contactConsent: g.contactConsent,
    })),
  };
}

/** The contract's shape; the shared schema does the trimming and checking. */
export function toInput(v: FormValues): unknown {
  return {
    firstName: v.firstName,
    lastName: v.lastName,
    dateOfBirth: v.dateOfBirth,
    sex: v.sex,
    notes: v.notes,
    guardians: v.guardians.map(({ key: _, ...g }) => g),
  };
}

/** Compares what was typed, not the row keys. */
export function sameValues(a: FormValues, b: FormValues): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}

/** Paths in reading order (the first with an error gets the focus); Russian forms ask for the family name first. */
export function fieldOrder(language: string, guardians: number): string[] {
  const names = language === 'ru' ? ['lastName', 'firstName'] : ['firstName', 'lastName'];
  const perGuardian = Array.from({ length: guardians }, (_, i) => [
    guardianPath(i, 'name'),
    guardianPath(i, 'relationship'),
    guardianPath(i, 'phone'),
    guardianPath(i, 'email'),
    ...(i === 0 ? [LIST_PATH] : []),
  ]).flat();
  return [...names, 'dateOfBirth', 'sex', ...perGuardian, 'notes'];
}

/** The text a path holds, when it is a text field (blank ones just need filling in). */
function textAt(values: FormValues, path: string): string | null {
  const [head, index, field] = path.split('.');
  if (head === 'guardians' && index !== undefined && field !== undefined) {
    const g = values.guardians[Number(index)];
    return g && field === 'name' ? g.name : null;
  }
  if (head === 'firstName' || head === 'lastName' || head === 'dateOfBirth') return values[head];
  return null;
}

/** Checks the form with the shared `PatientInput` schema: the parsed (trimmed) input, or errors per path. */
export function validate(values: FormValues): { data: PatientInput | null; errors: FieldErrors } {
  const parsed = PatientInput.safeParse(toInput(values));
  if (parsed.success) return { data: parsed.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of toValidationIssues(parsed.error)) errors[issue.path] ??= issue.message;
  // The schema checks the list as a whole only once every guardian is valid; say it from the start.
  if (!errors[LIST_PATH] && !values.guardians.some((g) => g.phone.trim() !== '' || g.email.trim() !== '')) {
    errors[LIST_PATH] = 'contactRequired';
  }
  // A blank field just needs filling in, whatever the schema says first (a blank date is "invalid").
  for (const path of Object.keys(errors)) {
    if (textAt(values, path)?.trim() === '') errors[path] = 'required';
  }
  return { data: null, errors };
}

/** The date of birth, when it is a real date not in the future (for the live age). */
export function usableBirthDate(value: string): string | null {
  return isCalendarDate(value) && value <= localToday() ? value : null;
}

export { MAX_GUARDIANS };
