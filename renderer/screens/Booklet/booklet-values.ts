import {
  type CalendarCourses,
  PlanChoices,
  toValidationIssues,
  type Language,
  type Paper,
  type PlanChoicesInput,
  type StepOverride,
  type UnaffectedLegMode,
} from '../../../shared/contract';
import { isCustomStepId, STEP_IDS, type StepId } from '../../../shared/plan';

/*
 * The booklet screen's form state and its translation into the clinician's PlanChoices (all main
 * needs besides ids). Numbers stay as typed ('' = the engine's default); the shared schema
 * validates the choices, and its issue paths (`settings.courseDays`, `overrides.X05.reps`,
 * `customSteps.0.title`) key the inline errors.
 */

/** What the clinician can change on one step; '' leaves the engine's default. */
export interface StepValues {
  skip: boolean;
  /** Why the step is skipped (optional, printed for the clinic's record). */
  reason: string;
  reps: string;
  minutes: string;
  holdSeconds: string;
  note: string;
}

export interface CustomStepValues {
  /** C01, C02, … */
  id: string;
  after: StepId;
  title: string;
  text: string;
  reps: string;
}

export interface BookletValues {
  startDate: string;
  courseDays: string;
  breakDays: string;
  horizonMonths: string;
  startMinutes: string;
  peakMinutes: string;
  endMinutes: string;
  /** '' = the engine's default (light). */
  unaffectedLegMode: UnaffectedLegMode | '';
  /** null = the engine's default. */
  includeMat: boolean | null;
  includeBath: boolean | null;
  exercisesInBreaks: boolean | null;
  clinicianConfirmsHomeMassage: boolean;
  clinicianConfirmsUnder2: boolean;
  /** Strapping shown by the clinician, and their note on it ('' = none: "as your specialist showed you"). */
  strapping: boolean;
  strappingNote: string;
  /** Library and custom steps by id; a step missing here has no changes. */
  steps: Record<string, StepValues>;
  customSteps: CustomStepValues[];
  specialistNotes: string;
  language: Language;
  paper: Paper;
  /** How many course calendars the booklet prints; '' = the clinic's default (Settings). */
  calendarCourses: CalendarCourses | '';
}

/** Course fields typed as numbers, with their schema path. */
export const COURSE_FIELDS = [
  'courseDays',
  'breakDays',
  'horizonMonths',
  'startMinutes',
  'peakMinutes',
  'endMinutes',
] as const;
export type CourseField = (typeof COURSE_FIELDS)[number];

/** Dose fields typed as numbers on a step. */
export const DOSE_FIELDS = ['reps', 'minutes', 'holdSeconds'] as const;
export type DoseField = (typeof DOSE_FIELDS)[number];

export const EMPTY_STEP: StepValues = { skip: false, reason: '', reps: '', minutes: '', holdSeconds: '', note: '' };

const text = (n: number | null | undefined): string => (n === undefined || n === null ? '' : String(n));

/** The form state for stored or default choices (the current plan's, or a new plan's). */
export function fromChoices(choices: PlanChoices): BookletValues {
  const steps: Record<string, StepValues> = {};
  const ids = new Set([...Object.keys(choices.overrides), ...Object.keys(choices.stepNotes)]);
  for (const id of ids) {
    const o = choices.overrides[id] ?? {};
    steps[id] = {
      skip: o.skip === true,
      reason: o.reason ?? '',
      reps: text(o.reps),
      minutes: text(o.minutes),
      holdSeconds: text(o.holdSeconds),
      note: choices.stepNotes[id] ?? '',
    };
  }
  const s = choices.settings;
  return {
    startDate: s.startDate,
    courseDays: text(s.courseDays),
    breakDays: text(s.breakDays),
    horizonMonths: text(s.horizonMonths),
    startMinutes: text(s.startMinutes),
    peakMinutes: text(s.peakMinutes),
    endMinutes: text(s.endMinutes),
    unaffectedLegMode: s.unaffectedLegMode ?? '',
    includeMat: s.includeMat ?? null,
    includeBath: s.includeBath ?? null,
    exercisesInBreaks: s.exercisesInBreaks ?? null,
    clinicianConfirmsHomeMassage: s.clinicianConfirmsHomeMassage,
    clinicianConfirmsUnder2: s.clinicianConfirmsUnder2,
    strapping: s.prescribed.strapping,
    strappingNote: s.prescribed.strappingNote ?? '',
    steps,
    customSteps: choices.customSteps.map((c) => ({
      id: c.id,
      after: c.after,
      title: c.title,
      text: c.text,
      reps: text(c.reps),
    })),
    specialistNotes: choices.specialistNotes,
    language: choices.language,
    paper: choices.paper,
    calendarCourses: choices.calendarCourses ?? '',
  };
}

/** Errors keyed by schema path; values are message keys (`courseDaysRange`, `tooLong:80`). */
export type BookletErrors = Record<string, string>;

/** A typed number: '' is "not given"; anything else must read as a number (a decimal comma is fine). */
function readNumber(raw: string, path: string, errors: BookletErrors): number | undefined {
  const s = raw.trim();
  if (s === '') return undefined;
  const n = Number(s.replace(',', '.'));
  if (!Number.isFinite(n)) {
    errors[path] = 'notANumber';
    return undefined;
  }
  return n;
}

/**
 * The choices for these values over `base` (the choices the form started from), which carries
 * what this screen does not edit: prescriptions but strapping, follow-up rules, a step's side or
 * intensity cap.
 */
export function toChoices(base: PlanChoices, v: BookletValues): { input: PlanChoicesInput; errors: BookletErrors } {
  const errors: BookletErrors = {};
  const settings: PlanChoicesInput['settings'] = {
    ...base.settings,
    startDate: v.startDate,
    clinicianConfirmsHomeMassage: v.clinicianConfirmsHomeMassage,
    clinicianConfirmsUnder2: v.clinicianConfirmsUnder2,
  };
  for (const field of COURSE_FIELDS) settings[field] = readNumber(v[field], `settings.${field}`, errors);
  settings.unaffectedLegMode = v.unaffectedLegMode === '' ? undefined : v.unaffectedLegMode;
  settings.includeMat = v.includeMat ?? undefined;
  settings.includeBath = v.includeBath ?? undefined;
  settings.exercisesInBreaks = v.exercisesInBreaks ?? undefined;
  // The other prescriptions pass through from the base; the note goes only with strapping.
  const { strappingNote: _note, ...prescribed } = base.settings.prescribed;
  settings.prescribed = {
    ...prescribed,
    strapping: v.strapping,
    ...(v.strapping && v.strappingNote.trim() ? { strappingNote: v.strappingNote } : {}),
  };

  const customIds = new Set(v.customSteps.map((c) => c.id));
  const overrides: Record<string, StepOverride> = {};
  const stepNotes: Record<string, string> = {};
  // Fields this screen does not edit (side, intensity cap) pass through from the base.
  for (const [id, o] of Object.entries(base.overrides)) {
    if (isCustomStepId(id) && !customIds.has(id)) continue;
    const { skip: _s, reason: _r, reps: _p, minutes: _m, holdSeconds: _h, ...kept } = o;
    if (Object.keys(kept).length > 0) overrides[id] = kept;
  }
  for (const [id, step] of Object.entries(v.steps)) {
    if (isCustomStepId(id) && !customIds.has(id)) continue;
    const o: StepOverride = { ...overrides[id] };
    if (step.skip) {
      o.skip = true;
      if (step.reason.trim()) o.reason = step.reason;
    }
    for (const field of ['reps', 'minutes', 'holdSeconds'] as const) {
      const n = readNumber(step[field], `overrides.${id}.${field}`, errors);
      if (n !== undefined) o[field] = n;
    }
    if (Object.keys(o).length > 0) overrides[id] = o;
    else delete overrides[id];
    if (step.note.trim()) stepNotes[id] = step.note;
  }

  const customSteps = v.customSteps.map((c, i) => ({
    id: c.id,
    after: c.after,
    title: c.title,
    text: c.text,
    reps: readNumber(c.reps, `customSteps.${i}.reps`, errors) ?? null,
  }));

  return {
    input: {
      settings,
      overrides,
      stepNotes,
      customSteps,
      specialistNotes: v.specialistNotes,
      language: v.language,
      paper: v.paper,
      ...(v.calendarCourses === '' ? {} : { calendarCourses: v.calendarCourses }),
    },
    errors,
  };
}

export interface CheckedValues {
  /** The parsed choices, or null while a field needs attention. */
  choices: PlanChoices | null;
  errors: BookletErrors;
}

/** Builds and validates the choices with the shared schema (the same one main parses with). */
export function checkValues(base: PlanChoices, v: BookletValues, bornOn?: string): CheckedValues {
  const { input, errors } = toChoices(base, v);
  const parsed = PlanChoices.safeParse(input);
  if (!parsed.success) for (const issue of toValidationIssues(parsed.error)) errors[issue.path] ??= issue.message;
  // A plan cannot start before the child was born (a typo in the year, most often).
  if (bornOn && parsed.success && parsed.data.settings.startDate < bornOn)
    errors['settings.startDate'] ??= 'beforeBirth';
  if (Object.keys(errors).length > 0 || !parsed.success) return { choices: null, errors };
  return { choices: parsed.data, errors };
}

/** The next free custom step id (C01…C99). */
export function nextCustomId(steps: readonly CustomStepValues[]): string {
  const used = new Set(steps.map((s) => s.id));
  for (let n = 1; n < 100; n++) {
    const id = `C${String(n).padStart(2, '0')}`;
    if (!used.has(id)) return id;
  }
  return 'C99';
}

/** Where a new custom step goes by default: after the last exercise. */
export const DEFAULT_CUSTOM_ANCHOR: StepId = 'X05';

export const LIBRARY_STEPS: readonly StepId[] = STEP_IDS;

export function sameValues(a: BookletValues, b: BookletValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
