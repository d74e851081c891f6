import {
  AssessmentInput,
  FOOT_SIDES,
  localToday,
  toValidationIssues,
  type Assessment,
  type DegreeMethod,
  type Flexibility,
  type FootSide,
  type RedFlag,
} from '../../../shared/contract';

/** One foot as the form edits it: the degree unset until chosen, numbers as typed. */
export interface FootValues {
  degree: number | null;
  method: DegreeMethod | '';
  flexible: Flexibility;
  heelAngle: string;
}

export interface AssessmentValues {
  assessedOn: string;
  clinicianId: number | '';
  left: FootValues;
  right: FootValues;
  redFlags: RedFlag[];
  weightKg: string;
  heightCm: string;
  overweight: boolean;
  notes: string;
}

/** Errors keyed by the schema's issue paths (`left.method`, `weightKg`). */
export type AssessmentErrors = Record<string, string>;

const NUMBER_PATHS = ['left.heelAngle', 'right.heelAngle', 'weightKg', 'heightCm'] as const;

/** Paths in reading order: the first with an error gets the focus. */
export const ASSESSMENT_ORDER = [
  'assessedOn',
  'clinicianId',
  ...FOOT_SIDES.flatMap((side) => [`${side}.degree`, `${side}.method`, `${side}.flexible`, `${side}.heelAngle`]),
  'redFlags',
  'weightKg',
  'heightCm',
  'notes',
];

const emptyFoot = (): FootValues => ({ degree: null, method: '', flexible: 'unknown', heelAngle: '' });

export function emptyAssessment(clinicianId: number | ''): AssessmentValues {
  return {
    assessedOn: localToday(),
    clinicianId,
    left: emptyFoot(),
    right: emptyFoot(),
    redFlags: [],
    weightKg: '',
    heightCm: '',
    overweight: false,
    notes: '',
  };
}

/** A stored number as the user would type it ("17,5" where the decimal mark is a comma). */
export function numberText(value: number | null, decimalMark: string): string {
  return value === null ? '' : String(value).replace('.', decimalMark);
}

export function fromAssessment(a: Assessment, decimalMark: string): AssessmentValues {
  const foot = (side: FootSide): FootValues => ({
    degree: a[side].degree,
    method: a[side].method ?? '',
    flexible: a[side].flexible,
    heelAngle: numberText(a[side].heelAngle, decimalMark),
  });
  return {
    assessedOn: a.assessedOn,
    clinicianId: a.clinicianId,
    left: foot('left'),
    right: foot('right'),
    redFlags: [...a.redFlags],
    weightKg: numberText(a.weightKg, decimalMark),
    heightCm: numberText(a.heightCm, decimalMark),
    overweight: a.overweight,
    notes: a.notes,
  };
}

/** "17,5" or "17.5" -> 17.5; blank -> null; anything else -> NaN. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
}

/** The contract's shape; the shared schema does the checking. */
export function toInput(v: AssessmentValues, patientId: number): unknown {
  const foot = (f: FootValues) => ({
    degree: f.degree ?? undefined,
    // A foot without valgus has no method to record, whatever was picked before.
    method: f.degree === 0 || f.method === '' ? null : f.method,
    flexible: f.flexible,
    heelAngle: parseNumber(f.heelAngle),
  });
  return {
    patientId,
    clinicianId: v.clinicianId === '' ? 0 : v.clinicianId,
    assessedOn: v.assessedOn,
    left: foot(v.left),
    right: foot(v.right),
    redFlags: v.redFlags,
    weightKg: parseNumber(v.weightKg),
    heightCm: parseNumber(v.heightCm),
    overweight: v.overweight,
    notes: v.notes,
  };
}

function textAt(v: AssessmentValues, path: string): string {
  const [head, field] = path.split('.');
  if (head === 'left' || head === 'right') return field === 'heelAngle' ? v[head].heelAngle : '';
  if (head === 'weightKg' || head === 'heightCm') return v[head];
  return '';
}

/** Checks the form with the shared `AssessmentInput` schema: the parsed input, or errors per path. */
export function validateAssessment(
  values: AssessmentValues,
  patientId: number,
): { data: AssessmentInput | null; errors: AssessmentErrors } {
  const parsed = AssessmentInput.safeParse(toInput(values, patientId));
  const errors: AssessmentErrors = {};
  if (!parsed.success) {
    for (const issue of toValidationIssues(parsed.error)) errors[issue.path] ??= issue.message;
  }
  // Words the schema cannot know: a number that is not one, a degree not yet chosen, a blank date.
  for (const path of NUMBER_PATHS) {
    if (Number.isNaN(parseNumber(textAt(values, path)))) errors[path] = 'notANumber';
  }
  for (const side of FOOT_SIDES) {
    if (values[side].degree === null) errors[`${side}.degree`] = 'chooseOne';
  }
  if (values.assessedOn.trim() === '') errors.assessedOn = 'required';
  if (errors.assessedOn === 'dateInFuture') errors.assessedOn = 'visitInFuture';
  if (parsed.success && Object.keys(errors).length === 0) return { data: parsed.data, errors };
  return { data: null, errors };
}

/** Compares what was entered. */
export function sameAssessment(a: AssessmentValues, b: AssessmentValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
