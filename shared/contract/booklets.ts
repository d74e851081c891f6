/*
 * Everything the booklet renderer (electron/pdf/booklet) needs, as plain data: the child, the
 * assessment, the clinician and clinic letterhead, the plan engine's input parts, language, paper
 * and the instants that must print the same on every reprint (architecture §4: deterministic).
 */
import { z } from 'zod';
import { calendarDate, isCalendarDate } from './dates';
import { checkChoices, CheckupPurpose, PlanChoicesShape } from './care-plans';
import { PlanAssessment, PlanChild, PlanClinician } from './plans';
import { optionalLineText, phoneText } from './text';

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

/** A check-up as the booklet prints it: the booked visit's date and time replace the due date. */
export const BookletCheckup = z.object({
  dueOn: calendarDate,
  purpose: CheckupPurpose,
  course: z.number().int().min(1).max(99).nullable(),
  booked: VisitTime.nullable(),
});
export type BookletCheckup = z.infer<typeof BookletCheckup>;

/**
 * The document input of the booklet renderer. Main composes it from the database
 * (electron/services/booklets/compose.ts); the command line reads it from a file.
 */
export const BookletRequest = z
  .object({
    child: PlanChild,
    /** The assessment the plan carries out; a full AssessmentInput also parses (extra fields dropped). */
    assessment: PlanAssessment.nullable(),
    clinician: PlanClinician.nullable(),
    clinic: BookletClinic,
    ...PlanChoicesShape,
    /** The PDF's creation date and the "made on" line: from the request, so reprints are identical. */
    generatedAt: Instant,
    /** The child's record number: with the plan's start it makes each calendar page's course code. */
    recordId: z.number().int().positive().optional(),
    /** The child's next booked visit of any kind. */
    nextAppointment: VisitTime.optional(),
    /**
     * The stored plan's check-ups, booked or not. Absent (a request file for the command line):
     * the plan's proposals print as proposed.
     */
    checkups: z.array(BookletCheckup).max(60, { message: 'tooMany:60' }).optional(),
  })
  .superRefine(checkChoices);
export type BookletRequest = z.infer<typeof BookletRequest>;
export type BookletRequestInput = z.input<typeof BookletRequest>;
