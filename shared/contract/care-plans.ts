/*
 * The care plan (a stored record per child, electron/services/booklets/care-plans.ts): the clinician's
 * choices, the plan computed from them once in main, and the check-ups it proposes. The booklet,
 * the bookings, the card and the recall list all read these check-ups; nothing recomputes them.
 */
import { z } from 'zod';
import { CLINICAL, EVERY_ROLE } from './access';
import type { PlanResult } from './plan-types';
import { BOOKLET_KINDS } from './plan-ids';
import { isCustomStepId, m08SkippedAlone } from './plan-step-groups';
import type { StepId } from './plan-ids';
import { AdherenceHint } from './adherence';
import { EntityId } from './diary-setup';
import { CustomSteps, PlanSettings, StepNotes, StepOverrides } from './plans';
import { CalendarCourses, Language } from './settings';
import { isCalendarDate, isNearToday, isSaneYear } from './dates';
import { notesText } from './text';

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const Paper = z.enum(PAPER_SIZES);
export type Paper = z.infer<typeof Paper>;

/** What the clinician decides for a booklet; the child, assessment and clinic come from the database. */
export const PlanChoicesShape = {
  settings: PlanSettings,
  overrides: StepOverrides.default({}),
  stepNotes: StepNotes.default({}),
  customSteps: CustomSteps.default([]),
  /**
   * Printed verbatim in the framed "From {title} {name}" box. Up to 5,000 characters, like a
   * visit's notes, because the booklet must never cut what was written; a long note flows on.
   */
  specialistNotes: notesText(5000).default(''),
  language: Language,
  paper: Paper,
  /**
   * How many course calendars to print (settings.ts); absent: the clinic's default, applied when
   * main composes the booklet. Optional, so choices stored before it existed still parse.
   */
  calendarCourses: CalendarCourses.optional(),
};

/** The cross-field checks shared with PlanInput (shared/contract/plans.ts), on the same paths. */
export function checkChoices(
  c: { customSteps: { id: string; after: StepId }[]; overrides: StepOverrides; stepNotes: StepNotes },
  ctx: z.RefinementCtx,
): void {
  const customIds = new Set(c.customSteps.map((s) => s.id));
  for (const key of ['overrides', 'stepNotes'] as const)
    for (const id of Object.keys(c[key]))
      if (isCustomStepId(id) && !customIds.has(id))
        ctx.addIssue({ code: 'custom', message: 'unknownStep', path: [key, id] });
  if (m08SkippedAlone(c)) ctx.addIssue({ code: 'custom', message: 'm08SkipAlone', path: ['overrides', 'M08', 'skip'] });
}

export const PlanChoices = z.object(PlanChoicesShape).superRefine(checkChoices);
export type PlanChoices = z.infer<typeof PlanChoices>;
export type PlanChoicesInput = z.input<typeof PlanChoices>;

/** Why a check-up is due: the plan's reason codes. */
export const CheckupPurpose = z.enum(['after_course', 'every_months', 'end_of_horizon']);
export type CheckupPurpose = z.infer<typeof CheckupPurpose>;

/** The visit that answers a check-up (administrative fields only). */
export const CheckupVisit = z.object({
  appointmentId: EntityId,
  /** Local date and wall-clock start, as the diary shows them. */
  date: z.string(),
  start: z.string(),
  status: z.enum(['booked', 'attended', 'no_show', 'cancelled']),
});
export type CheckupVisit = z.infer<typeof CheckupVisit>;

/** One check-up of a plan: when it is due, what for, and the visit booked for it (if any). */
export const Checkup = z.object({
  /** The stored due item (recall id); null in a preview, before the plan is issued. */
  id: EntityId.nullable(),
  dueOn: z.string(),
  purpose: CheckupPurpose,
  /** The course it follows (after_course), else null. */
  course: z.number().int().nullable(),
  /** due: nothing booked; booked: a visit is booked; done: settled (attended or declined). */
  state: z.enum(['due', 'booked', 'done']),
  visit: CheckupVisit.nullable(),
});
export type Checkup = z.infer<typeof Checkup>;

export const PlanMode = z.enum(['new', 'continue']);
export type PlanMode = z.infer<typeof PlanMode>;

/** A course as the schedule shows it. */
export const PlanCourse = z.object({ number: z.number().int(), startDate: z.string(), endDate: z.string() });

/** A stored plan as the clinician's screens show it. */
export const CarePlan = z.object({
  id: EntityId,
  patientId: EntityId,
  assessmentId: EntityId.nullable(),
  clinicianId: EntityId.nullable(),
  previousId: EntityId.nullable(),
  mode: PlanMode,
  current: z.boolean(),
  kind: z.enum(BOOKLET_KINDS),
  startDate: z.string(),
  endDate: z.string().nullable(),
  createdAt: z.string(),
  choices: PlanChoices,
  courses: z.array(PlanCourse),
  checkups: z.array(Checkup),
});
export type CarePlan = z.infer<typeof CarePlan>;

/** The schedule the front desk books from: dates and purposes only, never a clinical field. */
export const PlanSchedule = z.object({
  planId: EntityId,
  startDate: z.string(),
  endDate: z.string().nullable(),
  createdAt: z.string(),
  courses: z.array(PlanCourse),
  checkups: z.array(Checkup),
});
export type PlanSchedule = z.infer<typeof PlanSchedule>;

/** Everything main needs to compose a booklet: ids and the clinician's choices. */
export const ComposeInput = z
  .object({
    patientId: EntityId,
    /** The assessment the plan carries out; null for an information booklet without one. */
    assessmentId: EntityId.nullable(),
    choices: PlanChoices,
  })
  .superRefine(checkPlanStart);

/**
 * A plan a caller asks for starts within NEAR_YEARS of today. On the channel input only: stored
 * choices are re-read with PlanChoices, which must keep accepting a plan however old it gets.
 */
export function checkPlanStart(c: { choices: { settings: { startDate: string } } }, ctx: z.RefinementCtx): void {
  const start = c.choices.settings.startDate;
  if (isCalendarDate(start) && isSaneYear(start) && !isNearToday(start))
    ctx.addIssue({ code: 'custom', message: 'dateTooFar', path: ['choices', 'settings', 'startDate'] });
}
export type ComposeInput = z.input<typeof ComposeInput>;

/** Where the booklet editor starts: the current plan's choices (continue) or defaults (new). */
export const BookletDraft = z.object({
  assessmentId: EntityId.nullable(),
  /** The assessment's date, to say which visit the plan follows. */
  assessedOn: z.string().nullable(),
  choices: PlanChoices,
  /** The choices carried over from the current plan, or null when there is none. */
  currentPlan: z
    .object({
      id: EntityId,
      startDate: z.string(),
      createdAt: z.string(),
      assessmentId: EntityId.nullable(),
      /** The choices of the last issued booklet, to show what changed. */
      choices: PlanChoices,
    })
    .nullable(),
  /** Defaults for a new plan (start today), so "Start a new plan" needs no second request. */
  fresh: PlanChoices,
  /** What the family reported for the last course they returned, or null. */
  adherence: AdherenceHint.nullable(),
});
export type BookletDraft = z.infer<typeof BookletDraft>;

/** The plan result is engine output: typed, not re-validated (main made it). */
export const PlanResultOut = z.custom<PlanResult>();

export const RenderedPdf = z.object({
  /** The PDF, base64 (IPC and HTTP both carry JSON). */
  pdfBase64: z.string(),
  pages: z.number().int().positive(),
  sizeBytes: z.number().int().positive(),
});
export type RenderedPdf = z.infer<typeof RenderedPdf>;

/** A preview: the plan main computed, the check-ups as they would be stored, and the PDF (none when blocked). */
export const PreviewResult = z.object({
  plan: PlanResultOut,
  checkups: z.array(Checkup),
  pdf: RenderedPdf.nullable(),
});
export type PreviewResult = z.infer<typeof PreviewResult>;

const PatientRef = z.object({ patientId: EntityId });

export const carePlanChannels = {
  /** The child's current plan, or null. */
  'care-plans:current': { input: PatientRef, output: CarePlan.nullable(), access: CLINICAL },
  /** Every plan of the child, newest first. */
  'care-plans:list': { input: PatientRef, output: z.array(CarePlan), access: CLINICAL },
  /** The current plan's check-ups for booking (administrative), or null when there is no plan. */
  'care-plans:schedule': { input: PatientRef, output: PlanSchedule.nullable(), access: EVERY_ROLE },
} as const;
