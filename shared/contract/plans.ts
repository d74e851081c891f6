/*
 * Input of the plan engine (shared/plan): plan settings, per-step overrides, notes and custom steps.
 * Content spec: ../shared/docs/booklet-content.md §3.8 (overrides) and §4 (course schedule).
 * Settings the engine defaults are left optional here instead of `.default()`, so the engine can
 * tell a clinician's choice from a default and print the right reason code for each.
 */
import { z } from 'zod';
import { STEP_IDS } from './plan-ids';
import {
  HOLD_STEP_IDS,
  isCustomStepId,
  isMassageWorkStep,
  isOneOf,
  LEG_STEP_IDS,
  m08SkippedAlone,
  OVERRIDABLE_STEP_IDS,
  REPS_STEP_IDS,
  STEP_MINUTES_RANGE,
} from './plan-step-groups';
import { FootAssessment, RedFlag } from './assessments';
import { calendarDate } from './dates';
import { lineText, notesText, optionalLineText } from './text';

/** Defaults the engine applies when a setting is left out (§4.1, §3.5). */
export const PLAN_DEFAULTS = {
  courseDays: 14,
  breakDays: 28,
  /** Break lengths the seed names (3-4 weeks); outside them the booklet says "per your specialist". */
  breakDaysNoWarning: { min: 21, max: 28 },
  horizonMonthsByDegree: { 1: 12, 2: 18 },
  unaffectedLegMode: 'light',
  includeBath: true,
  includeMat: true,
  exercisesInBreaks: false,
  followUpEveryMonths: 3,
} as const;

// A custom check, not .int(): issues.ts maps zod's built-in type issues to `invalidValue`, and a
// clinician typing 14.5 days should see the same range message as for 30 days.
const int = (min: number, max: number, message: string) =>
  z.number().refine((v) => Number.isInteger(v) && v >= min && v <= max, { message });

export const UnaffectedLegMode = z.enum(['full', 'light', 'skip']);
export type UnaffectedLegMode = z.infer<typeof UnaffectedLegMode>;

export const Prescribed = z.object({
  orthoses: z.enum(['none', 'insoles', 'orthoses']).default('none'),
  shoes: z.enum(['none', 'supportive', 'orthopedic']).default('none'),
  clinicPhysio: z
    .array(z.enum(['electrical_stimulation', 'paraffin', 'other']))
    .max(3)
    .default([])
    .transform((items) => [...new Set(items)]),
  /** Strapping shown by the specialist: the booklet then prints how, with their note (§3.8 rule 6). */
  strapping: z.boolean().default(false),
  /** The specialist's own words on the strapping, printed verbatim beside it; blank: "as shown". */
  strappingNote: notesText(500).optional(),
});
export type Prescribed = z.infer<typeof Prescribed>;

export const FollowUpSettings = z.object({
  /** Review after these courses (default: course 1; degree 2 adds course 2). */
  afterCourses: z
    .array(int(1, 12, 'followUpCourseRange'))
    .min(1, { message: 'required' })
    .max(4, { message: 'followUpCourseRange' })
    .refine((a) => new Set(a).size === a.length, { message: 'duplicateCourse' })
    .optional(),
  /** Then a review every so many months until the end of the horizon (default 3). */
  everyMonths: int(1, 12, 'followUpEveryRange').optional(),
});
export type FollowUpSettings = z.infer<typeof FollowUpSettings>;

const minutes = (message: string) => int(1, 30, message).optional();

export const PlanSettings = z
  .object({
    startDate: calendarDate,
    courseDays: int(7, 21, 'courseDaysRange').optional(),
    breakDays: int(14, 42, 'breakDaysRange').optional(),
    horizonMonths: int(3, 24, 'horizonRange').optional(),
    startMinutes: minutes('minutesRange:1-30'),
    /** The course's longest session: 30 minutes at most (§3.8). */
    peakMinutes: minutes('peakMax:30'),
    endMinutes: minutes('minutesRange:1-30'),
    unaffectedLegMode: UnaffectedLegMode.optional(),
    includeBath: z.boolean().optional(),
    includeMat: z.boolean().optional(),
    exercisesInBreaks: z.boolean().optional(),
    /** G2 exception: the specialist prescribes home massage as a supportive measure. */
    clinicianConfirmsHomeMassage: z.boolean().default(false),
    /** G4 exception: a home program from 18 months. */
    clinicianConfirmsUnder2: z.boolean().default(false),
    prescribed: Prescribed.default({ orthoses: 'none', shoes: 'none', clinicPhysio: [], strapping: false }),
    followUp: FollowUpSettings.default({}),
  })
  .superRefine((s, ctx) => {
    if (s.peakMinutes !== undefined && s.startMinutes !== undefined && s.startMinutes > s.peakMinutes)
      ctx.addIssue({ code: 'custom', message: 'startAbovePeak', path: ['startMinutes'] });
    if (s.peakMinutes !== undefined && s.endMinutes !== undefined && s.endMinutes > s.peakMinutes)
      ctx.addIssue({ code: 'custom', message: 'endAbovePeak', path: ['endMinutes'] });
    // §3.2 G2: with home massage under specialist care the doses have no defaults.
    if (s.clinicianConfirmsHomeMassage)
      for (const key of ['startMinutes', 'peakMinutes', 'endMinutes'] as const)
        if (s[key] === undefined) ctx.addIssue({ code: 'custom', message: 'dosesRequired', path: [key] });
  });
export type PlanSettings = z.infer<typeof PlanSettings>;
export type PlanSettingsInput = z.input<typeof PlanSettings>;

export const IntensityCap = z.enum(['light', 'moderate']);
export type IntensityCap = z.infer<typeof IntensityCap>;

export const StepOverride = z.object({
  skip: z.boolean().optional(),
  /** Why the step is skipped, printed for the clinician's record. */
  reason: optionalLineText(200).optional(),
  reps: int(1, 30, 'repsRange').optional(),
  minutes: z.number().refine(Number.isInteger, { message: 'wholeMinutes' }).optional(),
  side: z.enum(['left', 'right', 'both']).optional(),
  holdSeconds: int(1, 15, 'holdSecondsRange').optional(),
  intensityCap: IntensityCap.optional(),
});
export type StepOverride = z.infer<typeof StepOverride>;

/** Per-step overrides keyed by step id (M02-M12 but M09, X01-X05, B01, C01...). */
export const StepOverrides = z.record(z.string(), StepOverride).superRefine((all, ctx) => {
  for (const [id, o] of Object.entries(all)) {
    const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', message, path: [id, field] });
    if (!isOneOf(OVERRIDABLE_STEP_IDS, id) && !isCustomStepId(id)) {
      ctx.addIssue({ code: 'custom', message: 'unknownStep', path: [id] });
      continue;
    }
    if (o.minutes !== undefined) {
      const range = isOneOf(['X01', 'X04', 'B01'] as const, id) ? STEP_MINUTES_RANGE[id] : null;
      if (!range) issue('minutes', 'minutesNotAllowed');
      else if (o.minutes < range.min || o.minutes > range.max) issue('minutes', `minutesRange:1-${range.max}`);
    }
    if (o.reps !== undefined && !isOneOf(REPS_STEP_IDS, id) && !isCustomStepId(id)) issue('reps', 'repsNotAllowed');
    if (o.holdSeconds !== undefined && !isOneOf(HOLD_STEP_IDS, id)) issue('holdSeconds', 'holdSecondsNotAllowed');
    // Back and buttocks are always both sides, exercises always both feet (§3.5).
    if (o.side !== undefined && !isOneOf(LEG_STEP_IDS, id)) issue('side', 'sideNotAllowed');
    if (o.intensityCap !== undefined && !isMassageWorkStep(id)) issue('intensityCap', 'intensityCapNotAllowed');
  }
});
export type StepOverrides = z.infer<typeof StepOverrides>;

/** Callouts under a step, printed verbatim; they never change doses (§3.7). */
export const StepNotes = z.record(z.string(), notesText(1000)).superRefine((all, ctx) => {
  for (const id of Object.keys(all))
    if (!isOneOf(STEP_IDS, id) && !isCustomStepId(id))
      ctx.addIssue({ code: 'custom', message: 'unknownStep', path: [id] });
});
export type StepNotes = z.infer<typeof StepNotes>;

export const CustomStep = z.object({
  id: z.string().refine(isCustomStepId, { message: 'customStepId' }),
  /** Printed right after this library step (or where it would have been, if it is skipped). */
  after: z.enum(STEP_IDS, { message: 'chooseOne' }),
  title: lineText(80),
  text: notesText(1000).refine((s) => s.length > 0, { message: 'required' }),
  reps: int(1, 30, 'repsRange').nullable().default(null),
});
export type CustomStep = z.infer<typeof CustomStep>;

export const CustomSteps = z
  .array(CustomStep)
  .max(20, { message: 'tooMany:20' })
  .superRefine((steps, ctx) => {
    const seen = new Set<string>();
    steps.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', message: 'duplicateId', path: [i, 'id'] });
      seen.add(s.id);
    });
  });

/** The assessment fields the engine reads; a full AssessmentInput satisfies it. */
export const PlanAssessment = z.object({
  left: FootAssessment,
  right: FootAssessment,
  redFlags: z.array(RedFlag),
  overweight: z.boolean(),
});
export type PlanAssessment = z.infer<typeof PlanAssessment>;

export const PlanChild = z.object({
  firstName: lineText(80),
  /** The patronymic where the family uses one; printed on the cover and in the footer. */
  middleName: lineText(80).optional(),
  lastName: lineText(80),
  dateOfBirth: calendarDate,
});
export type PlanChild = z.infer<typeof PlanChild>;

/** The clinician printed on the booklet; a blank name counts as no clinician (§3.2 G1). */
export const PlanClinician = z.object({
  name: optionalLineText(120),
  title: optionalLineText(120),
  phone: optionalLineText(32),
});
export type PlanClinician = z.infer<typeof PlanClinician>;

/** Everything computePlan() reads. `assessment: null` means no diagnosis is recorded. */
export const PlanInput = z
  .object({
    child: PlanChild,
    assessment: PlanAssessment.nullable(),
    clinician: PlanClinician.nullable(),
    settings: PlanSettings,
    overrides: StepOverrides.default({}),
    stepNotes: StepNotes.default({}),
    customSteps: CustomSteps.default([]),
    /** Printed verbatim in a framed box (§3.7). */
    specialistNotes: notesText(1000).default(''),
  })
  .superRefine((input, ctx) => {
    const customIds = new Set(input.customSteps.map((c) => c.id));
    for (const key of ['overrides', 'stepNotes'] as const)
      for (const id of Object.keys(input[key]))
        if (isCustomStepId(id) && !customIds.has(id))
          ctx.addIssue({ code: 'custom', message: 'unknownStep', path: [key, id] });
    if (m08SkippedAlone(input))
      ctx.addIssue({ code: 'custom', message: 'm08SkipAlone', path: ['overrides', 'M08', 'skip'] });
  });
export type PlanInput = z.infer<typeof PlanInput>;
export type PlanInputRaw = z.input<typeof PlanInput>;
