import {
  PatientInput,
  isCalendarDate,
  localToday,
  toValidationIssues,
  type Patient,
  type ValidationIssue,
} from '../../../shared/contract';

/** What the form edits: flat, with `sex` blank until chosen. */
export interface FormValues {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: 'female' | 'male' | '';
  guardianName: string;
  guardianPhone: string;
}
export type Field = keyof FormValues;
export type FieldErrors = Partial<Record<Field, string>>;

/** Fields in reading order (the first with an error gets the focus). */
export const FIELDS: Field[] = ['firstName', 'lastName', 'dateOfBirth', 'sex', 'guardianName', 'guardianPhone'];

/** Reading order on screen: Russian forms ask for the family name first. */
export function fieldOrder(language: string): Field[] {
  return language === 'ru' ? ['lastName', 'firstName', ...FIELDS.slice(2)] : FIELDS;
}

const PATHS: Record<string, Field> = {
  firstName: 'firstName',
  lastName: 'lastName',
  dateOfBirth: 'dateOfBirth',
  sex: 'sex',
  'guardian.name': 'guardianName',
  'guardian.phone': 'guardianPhone',
};

export const emptyValues: FormValues = {
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  sex: '',
  guardianName: '',
  guardianPhone: '',
};

export function fromPatient(p: Patient): FormValues {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    guardianName: p.guardian.name,
    guardianPhone: p.guardian.phone,
  };
}

/** The contract's shape; the shared schema does the trimming and checking. */
export function toInput(v: FormValues): unknown {
  return {
    firstName: v.firstName,
    lastName: v.lastName,
    dateOfBirth: v.dateOfBirth,
    sex: v.sex,
    guardian: { name: v.guardianName, phone: v.guardianPhone },
  };
}

/** Issues (from the shared schema or from main) per form field: the first issue of each; the rest unplaced. */
export function issuesByField(issues: readonly ValidationIssue[]): {
  fields: FieldErrors;
  unplaced: ValidationIssue[];
} {
  const fields: FieldErrors = {};
  const unplaced: ValidationIssue[] = [];
  for (const issue of issues) {
    const field = PATHS[issue.path];
    if (field) fields[field] ??= issue.message;
    else unplaced.push(issue);
  }
  return { fields, unplaced };
}

/** Checks the form with the shared `PatientInput` schema: the parsed (trimmed) input, or errors per field. */
export function validate(values: FormValues): { data: PatientInput | null; errors: FieldErrors } {
  const parsed = PatientInput.safeParse(toInput(values));
  if (parsed.success) return { data: parsed.data, errors: {} };
  const { fields } = issuesByField(toValidationIssues(parsed.error));
  // A blank field just needs filling in, whatever the schema says first (a blank date is "invalid").
  for (const field of FIELDS) {
    if (fields[field] && field !== 'sex' && values[field].trim() === '') fields[field] = 'required';
  }
  return { data: null, errors: fields };
}

/** The date of birth, when it is a real date not in the future (for the live age). */
export function usableBirthDate(value: string): string | null {
  return isCalendarDate(value) && value <= localToday() ? value : null;
}
