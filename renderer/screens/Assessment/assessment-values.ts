import { z } from 'zod';
import {
  AssessmentInput,
  DegreeMethod,
  Flexibility,
  FootAssessment,
  localToday,
  type Assessment,
  type FootSide,
  type RedFlag,
} from '../../../shared/contract';

/** One foot as the form edits it: the degree unset until chosen, the angle as typed. */
export interface FootValues {
  degree: number | null;
  method: DegreeMethod | '';
  flexible: Flexibility;
  heelAngle: string;
}

/** The form's values: the contract's shape with numbers as typed ("17,5") and choices not yet made. */
export interface AssessmentValues {
  patientId: number;
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

/** The fields main may name in a refusal (VALIDATION issue paths start with one of these). */
export const ASSESSMENT_FIELDS = [
  'assessedOn',
  'clinicianId',
  'left',
  'right',
  'redFlags',
  'weightKg',
  'heightCm',
  'overweight',
  'notes',
] as const;

/** "17,5" or "17.5" -> 17.5; blank -> null; anything else -> NaN. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
}

/** A stored number as the user would type it ("17,5" where the decimal mark is a comma). */
export function numberText(value: number | null, decimalMark: string): string {
  return value === null ? '' : String(value).replace('.', decimalMark);
}

/*
 * The form's schema: each field reads what was typed and hands it to the contract's own schema
 * for that field (shared/contract/assessments.ts), so the form refuses exactly what main refuses,
 * with the same message keys. Only the words the contract cannot know are added here: a number
 * that is not one, a choice not made yet, a blank date.
 */
const typedNumber = z.string().transform((text, ctx) => {
  const value = parseNumber(text);
  if (Number.isNaN(value)) {
    ctx.addIssue({ code: 'custom', message: 'notANumber' });
    return z.NEVER;
  }
  return value;
});

const chosenDegree = z
  .number()
  .nullable()
  .transform((value, ctx) => {
    if (value === null) {
      ctx.addIssue({ code: 'custom', message: 'chooseOne' });
      return z.NEVER;
    }
    return value;
  });

const footForm = z
  .object({
    degree: chosenDegree,
    method: z.union([DegreeMethod, z.literal('')]),
    flexible: Flexibility,
    heelAngle: typedNumber.pipe(FootAssessment.shape.heelAngle),
  })
  // A foot without valgus has no method to record, whatever was picked before.
  .transform((f) => ({ ...f, method: f.degree === 0 || f.method === '' ? null : f.method }))
  .pipe(FootAssessment);

const shape = AssessmentInput.shape;

export const assessmentFormSchema = z.object({
  patientId: shape.patientId,
  clinicianId: z
    .union([z.number(), z.literal('')])
    .transform((id) => (id === '' ? 0 : id))
    .pipe(shape.clinicianId),
  assessedOn: z.string().trim().min(1, { message: 'required' }).pipe(shape.assessedOn),
  left: footForm,
  right: footForm,
  redFlags: shape.redFlags,
  weightKg: typedNumber.pipe(shape.weightKg),
  heightCm: typedNumber.pipe(shape.heightCm),
  overweight: shape.overweight,
  notes: shape.notes,
});

const emptyFoot = (): FootValues => ({ degree: null, method: '', flexible: 'unknown', heelAngle: '' });

export function emptyAssessment(patientId: number, clinicianId: number | ''): AssessmentValues {
  return {
    patientId,
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

export function fromAssessment(a: Assessment, decimalMark: string): AssessmentValues {
  const foot = (side: FootSide): FootValues => ({
    degree: a[side].degree,
    method: a[side].method ?? '',
    flexible: a[side].flexible,
    heelAngle: numberText(a[side].heelAngle, decimalMark),
  });
  return {
    patientId: a.patientId,
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

/** A field's message key as a sentence; a visit date in the future is said as such. */
export function errorText(validation: (key: string) => string, key: string | undefined, path: string) {
  if (key === undefined) return undefined;
  return validation(path === 'assessedOn' && key === 'dateInFuture' ? 'visitInFuture' : key);
}
