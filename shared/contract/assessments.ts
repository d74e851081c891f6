import { z } from 'zod';
import { RowVersion } from './row-version';
import { CLINICAL } from './access';
import { pastDate } from './dates';
import { notesText } from './text';

/** Degree as the clinician records it: 0 = none, 1-4 in the clinic's own scale. */
export const Degree = z.number().int().min(0, { message: 'chooseOne' }).max(4, { message: 'chooseOne' });
export type Degree = z.infer<typeof Degree>;

/** How the degree was established; printed with it, never converted into another scale. */
export const DegreeMethod = z.enum(['heel_angle', 'plantography', 'xray', 'clinical', 'other']);
export type DegreeMethod = z.infer<typeof DegreeMethod>;

export const Flexibility = z.enum(['yes', 'no', 'unknown']);
export type Flexibility = z.infer<typeof Flexibility>;

/** The red flags a clinician can record at a visit (content spec §2.4). */
export const RedFlag = z.enum([
  'pain',
  'stiffness',
  'asymmetry',
  'limping',
  'rapid_change',
  'tender_swelling',
  'neuro_signs',
]);
export type RedFlag = z.infer<typeof RedFlag>;
export const RED_FLAGS = RedFlag.options;

export const FOOT_SIDES = ['left', 'right'] as const;
export type FootSide = (typeof FOOT_SIDES)[number];

export const FootAssessment = z
  .object({
    degree: Degree,
    method: DegreeMethod.nullable(),
    flexible: Flexibility,
    /** Measured heel-valgus angle in degrees, if measured. */
    heelAngle: z.number().min(0, { message: 'angleRange' }).max(45, { message: 'angleRange' }).nullable(),
  })
  .refine((f) => f.degree === 0 || f.method !== null, { message: 'degreeNeedsMethod', path: ['method'] });
export type FootAssessment = z.infer<typeof FootAssessment>;

export const AssessmentInput = z.object({
  patientId: z.number().int().positive(),
  clinicianId: z.number().int().positive({ message: 'chooseOne' }),
  assessedOn: pastDate,
  left: FootAssessment,
  right: FootAssessment,
  redFlags: z
    .array(RedFlag)
    .max(RED_FLAGS.length)
    .transform((flags) => [...new Set(flags)]),
  weightKg: z.number().min(2, { message: 'weightRange' }).max(150, { message: 'weightRange' }).nullable(),
  heightCm: z.number().min(40, { message: 'heightRange' }).max(210, { message: 'heightRange' }).nullable(),
  /** Set by the clinician only; the app never derives it from weight and height. */
  overweight: z.boolean(),
  notes: notesText(5000),
});
export type AssessmentInput = z.infer<typeof AssessmentInput>;

export const Assessment = AssessmentInput.extend({
  id: z.number().int().positive(),
  clinicianName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: RowVersion,
  /** How many times it was edited after it was first saved. */
  revisions: z.number().int().min(0),
});
export type Assessment = z.infer<typeof Assessment>;

/** An earlier state of an edited assessment, as it stood until `replacedAt`. */
export const AssessmentRevision = z.object({
  revision: z.number().int().positive(),
  replacedAt: z.string(),
  data: AssessmentInput,
});
export type AssessmentRevision = z.infer<typeof AssessmentRevision>;

const AssessmentId = z.object({ id: z.number().int().positive() });

export const assessmentChannels = {
  /** Record a visit's assessment. */
  'assessments:create': { input: AssessmentInput, output: Assessment, access: CLINICAL },
  /** Change an assessment; the earlier state is kept as a revision. */
  'assessments:update': {
    input: z.object({ id: z.number().int().positive(), version: RowVersion, assessment: AssessmentInput }),
    output: Assessment,
    access: CLINICAL,
  },
  /** A child's assessments, newest visit first. */
  'assessments:list': {
    input: z.object({ patientId: z.number().int().positive() }),
    output: z.array(Assessment),
    access: CLINICAL,
  },
  /** Earlier states of one assessment, oldest first. */
  'assessments:history': { input: AssessmentId, output: z.array(AssessmentRevision), access: CLINICAL },
} as const;
