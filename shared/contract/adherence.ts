/*
 * What the family reports on the returned calendar pages (one entry per course, every entry kept
 * with who made it and when). Entered by the receptionist or the clinician: it is not a clinical
 * note. Adherence is always "reported by the family", never measured.
 */
import { z } from 'zod';
import { CLINICAL } from './access';
import { calendarDate } from './dates';
import { EntityId } from './diary-setup';
import { lineText, optionalLineText } from './text';

/** Why a day was skipped, as the calendar page offers it; ill, fever and rash days were not planned. */
export const SKIP_REASONS = ['ill', 'fever', 'rash', 'upset', 'other'] as const;
export const SkipReason = z.enum(SKIP_REASONS);
export type SkipReason = z.infer<typeof SkipReason>;
/** Days skipped for these reasons count as not planned (the safety rules say to skip then). */
export const NOT_PLANNED_REASONS: readonly SkipReason[] = ['ill', 'fever', 'rash'];

export const Mood = z.enum(['good', 'so_so', 'hard']);
export type Mood = z.infer<typeof Mood>;

/** The code printed on each calendar page: child, plan start (YYMMDD) and course, e.g. `1042-261221-3`. */
export const COURSE_CODE = /^(\d{1,9})-(\d{2})(\d{2})(\d{2})-(\d{1,2})$/;

export function courseCode(patientId: number, planStart: string, course: number): string {
  return `${patientId}-${planStart.slice(2, 4)}${planStart.slice(5, 7)}${planStart.slice(8, 10)}-${course}`;
}

export function parseCourseCode(code: string): { patientId: number; planStart: string; course: number } | null {
  const m = COURSE_CODE.exec(code.trim());
  if (!m) return null;
  return { patientId: Number(m[1]), planStart: `20${m[2]}-${m[3]}-${m[4]}`, course: Number(m[5]) };
}

/** One day of a returned page: the items ticked, why it was skipped, the face circled. */
export const ReturnedDay = z.object({
  day: z.number().int().min(1).max(31),
  done: z.array(z.string().refine((s) => /^\w{1,8}$/.test(s), { message: 'itemNotOnPage' })).max(30),
  skipped: SkipReason.nullable(),
  mood: Mood.nullable(),
});
export type ReturnedDay = z.infer<typeof ReturnedDay>;

export const ReturnEntry = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('grid'), days: z.array(ReturnedDay).max(31) }),
  z.object({ kind: z.literal('not_returned') }),
  z.object({
    kind: z.literal('estimate'),
    percent: z.number().refine((v) => Number.isInteger(v) && v >= 0 && v <= 100, { message: 'percentRange' }),
  }),
]);
export type ReturnEntry = z.infer<typeof ReturnEntry>;

const CourseRef = z.object({
  patientId: EntityId,
  /** The plan's start date: continued plans keep it, so a course keeps its entries. */
  planStart: calendarDate,
  course: z.number().int().min(1).max(99),
});

/** One tick column of the course's page: a massage part, a step or the family's own step. */
export const SheetItem = z.object({ id: z.string(), label: z.string() });

/** A course as its calendar page was printed, with the latest entry for it. */
export const CourseSheet = CourseRef.extend({
  code: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  /** Column ids (part_a, part_b, X01…, B01, C01…); labels come from the booklet texts of the plan's language. */
  items: z.array(SheetItem),
  days: z.array(z.object({ day: z.number().int(), date: z.string() })),
  latest: z.lazy(() => CourseReturn).nullable(),
});
export type CourseSheet = z.infer<typeof CourseSheet>;

/** Done ÷ planned, per item and overall; null when nothing was planned or the page was not returned. */
export const Adherence = z.object({
  overall: z.number().nullable(),
  perItem: z.record(z.string(), z.number().nullable()),
  plannedDays: z.number().int(),
});
export type Adherence = z.infer<typeof Adherence>;

export const CourseReturn = CourseRef.extend({
  id: EntityId,
  entry: ReturnEntry,
  adherence: Adherence,
  enteredBy: z.string(),
  enteredAt: z.string(),
});
export type CourseReturn = z.infer<typeof CourseReturn>;

/** A course of the current plan on the adherence strip: its dates and what the family reported. */
export const CourseAdherence = CourseRef.extend({
  code: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(['returned', 'estimate', 'not_returned', 'not_entered', 'running', 'ahead']),
  adherence: Adherence.nullable(),
  enteredBy: z.string().nullable(),
  enteredAt: z.string().nullable(),
});
export type CourseAdherence = z.infer<typeof CourseAdherence>;

/**
 * Done ÷ planned over the days that were due (the caller picks them: up to the day of entry).
 * A day skipped for illness, fever or a rash was not planned; any other unticked cell was.
 * The one rule for main's stored figure and the entry screen's running one.
 */
export function shareOfPlanned(
  days: readonly { done: readonly string[]; skipped: SkipReason | null }[],
  items: readonly string[],
): Adherence {
  const planned = days.filter((d) => !(d.skipped && NOT_PLANNED_REASONS.includes(d.skipped)));
  const perItem: Record<string, number | null> = {};
  let done = 0;
  for (const item of items) {
    const count = planned.filter((d) => d.done.includes(item)).length;
    perItem[item] = planned.length ? count / planned.length : null;
    done += count;
  }
  const cells = planned.length * items.length;
  return { overall: cells ? done / cells : null, perItem, plannedDays: planned.length };
}

/** What the booklet editor shows of the last reported course, and the suggestion it makes. */
export const AdherenceHint = z.object({
  course: z.number().int(),
  status: z.enum(['returned', 'estimate']),
  overall: z.number().nullable(),
  threshold: z.number(),
  /** Below the threshold: suggest repeating the doses or cutting to what the family managed. */
  below: z.boolean(),
  managed: z.array(SheetItem),
  missed: z.array(SheetItem),
  enteredAt: z.string(),
});
export type AdherenceHint = z.infer<typeof AdherenceHint>;

/** A child's whole record as a JSON file (shape: electron/services/patients/export.ts). */
export const ChildExport = z.object({ fileName: z.string(), json: z.string() });
export type ChildExport = z.infer<typeof ChildExport>;

export const adherenceChannels = {
  /** The child's whole record, with every returned page and its adherence, as JSON. */
  'patients:export': { input: z.object({ patientId: EntityId }), output: ChildExport, access: CLINICAL },
  /** A course's sheet by child and course, or by the code printed on its calendar page. */
  'adherence:sheet': {
    input: z.union([CourseRef, z.object({ code: optionalLineText(24) })]),
    output: CourseSheet,
    access: CLINICAL,
  },
  /** Saves what the family reported for a course; earlier entries are kept. */
  'adherence:save': {
    input: CourseRef.extend({ entry: ReturnEntry, enteredBy: lineText(120) }),
    output: CourseReturn,
    access: CLINICAL,
  },
  /** Every course of the child's current plan with what was reported, in course order. */
  'adherence:summary': { input: z.object({ patientId: EntityId }), output: z.array(CourseAdherence), access: CLINICAL },
  /** Every entry made for one course, newest first (who and when). */
  'adherence:history': { input: CourseRef, output: z.array(CourseReturn), access: CLINICAL },
} as const;
