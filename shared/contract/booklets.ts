/*
 * Everything the booklet renderer (electron/pdf/booklet) needs, as plain data: the child, the
 * assessment, the clinician and clinic letterhead, the plan engine's input parts, language, paper
 * and the instants that must print the same on every reprint (architecture §4: deterministic).
 */
import { z } from 'zod';
import { isCalendarDate } from './dates';
import { CustomSteps, PlanAssessment, PlanChild, PlanClinician, PlanSettings, StepNotes, StepOverrides } from './plans';
import { Language } from './settings';
import { notesText, optionalLineText, phoneText } from './text';
import { isCustomStepId, m08SkippedAlone } from '../plan/step-groups';

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const Paper = z.enum(PAPER_SIZES);
export type Paper = z.infer<typeof Paper>;

/** A PNG logo as a data URL; about 300 KB of image at most, so the booklet stays small. */
export const LOGO_MAX_CHARS = 400_000;
const PNG_DATA_URL = /^data:image\/png;base64,iVBORw0KGgo[A-Za-z0-9+/]*={0,2}$/;
export const LogoPng = z
  .string()
  .max(LOGO_MAX_CHARS, { message: `tooLong:${LOGO_MAX_CHARS}` })
  .refine((s) => PNG_DATA_URL.test(s), { message: 'pngDataUrl' });

/** The clinic letterhead printed on the cover. */
export const BookletClinic = z.object({
  name: optionalLineText(120),
  address: optionalLineText(200),
  phone: z.union([z.literal(''), phoneText]),
  logoPng: LogoPng.optional(),
});
export type BookletClinic = z.infer<typeof BookletClinic>;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant with its offset (`2025-06-15T09:30:00Z`), so it means the same on every machine.
 * A refinement rather than z.iso.datetime(), so the issue carries our message key.
 */
export const Instant = z
  .string()
  .refine((s) => INSTANT.test(s) && isCalendarDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), {
    message: 'invalidDateTime',
  });

const WALL_TIME = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A visit as the diary shows it: a date, or a date and wall-clock time (`2025-07-01T10:30`).
 * The booklet prints the date and time as written; an offset, if any, is not converted.
 */
export const VisitTime = z
  .string()
  .trim()
  .refine(
    (s) => {
      const m = WALL_TIME.exec(s);
      return m !== null && isCalendarDate(m[1]!);
    },
    { message: 'invalidDateTime' },
  );

export const BookletRequest = z
  .object({
    child: PlanChild,
    /** The assessment the plan carries out; a full AssessmentInput also parses (extra fields dropped). */
    assessment: PlanAssessment.nullable(),
    clinician: PlanClinician.nullable(),
    clinic: BookletClinic,
    settings: PlanSettings,
    overrides: StepOverrides.default({}),
    stepNotes: StepNotes.default({}),
    customSteps: CustomSteps.default([]),
    /**
     * Printed verbatim in the framed "From {title} {name}" box. Up to 5,000 characters, like a
     * visit's notes (AssessmentInput.notes), because the booklet must never cut what was written;
     * a long note flows on across pages.
     */
    specialistNotes: notesText(5000).default(''),
    language: Language,
    paper: Paper,
    /** The PDF's creation date and the "made on" line: from the request, so reprints are identical. */
    generatedAt: Instant,
    nextAppointment: VisitTime.optional(),
    /** Visits already booked, marked on the plan timeline. */
    bookedVisits: z.array(VisitTime).max(40, { message: 'tooMany:40' }).optional(),
  })
  .superRefine((req, ctx) => {
    // The same cross-field checks as PlanInput (shared/contract/plans.ts), on the same paths.
    const customIds = new Set(req.customSteps.map((c) => c.id));
    for (const key of ['overrides', 'stepNotes'] as const)
      for (const id of Object.keys(req[key]))
        if (isCustomStepId(id) && !customIds.has(id))
          ctx.addIssue({ code: 'custom', message: 'unknownStep', path: [key, id] });
    if (m08SkippedAlone(req))
      ctx.addIssue({ code: 'custom', message: 'm08SkipAlone', path: ['overrides', 'M08', 'skip'] });
  });
export type BookletRequest = z.infer<typeof BookletRequest>;
export type BookletRequestInput = z.input<typeof BookletRequest>;
