/*
 * The engine's output: plain, JSON-serialisable data (no Dates, no undefined, no classes) so it
 * can be archived with a booklet and reprinted exactly (architecture §4).
 */
import type { DegreeMethod, Flexibility, FootSide } from './assessments';
import type { IntensityCap, PlanClinician, Prescribed, UnaffectedLegMode } from './plans';
import type { AgeBand, BookletKind, CustomStepId, SafetyRuleId, StepId } from './plan-ids';
import type { Choice, EditionReason, EditionRule, PlanBlock, PlanNotice, WorseSide } from './plan-reasons';
import type { StepGroup } from './plan-step-groups';

/**
 * Bumped whenever the same input could give a different plan. 3: "see a specialist first" only
 * when no clinician is named, and no weight paragraph then (notes.ts).
 */
export const PLAN_ENGINE_VERSION = 3;

export interface Edition {
  kind: BookletKind;
  rule: EditionRule;
  reasons: EditionReason[];
  /** True when the booklet prints the home program (steps, calendar). */
  program: boolean;
  /** G2 with home massage confirmed: "prescribed by your specialist as a supportive measure". */
  banner: 'supportive_measure' | null;
}

export type AgeBandReason = 'under_24_months' | 'age_24_35_months' | 'age_3_6_years' | 'age_7_plus_years';

export interface Range {
  min: number;
  max: number;
}

export type LegWork = 'full' | 'light' | 'skip';
export type SidesReason = 'back_always_both' | 'both_affected' | 'unaffected_leg_mode' | 'side_override' | 'both_feet';
export interface Sides {
  left: LegWork;
  right: LegWork;
  reason: SidesReason;
}

export type DoseReason = 'age_band_default' | 'override';
export type DoseAid = 'parent_may_guide' | 'large_objects_only' | 'hold_hands';

export type StepDose =
  | { type: 'position' }
  | { type: 'massage'; zone: ZoneId; zoneMinutesAtPeak: number }
  | {
      type: 'mat';
      minutes: Range;
      reason: DoseReason;
      /** Toddlers build up over the first days of each course (§3.3). */
      buildUp: { fromMinutes: number; days: number } | null;
      mode: 'walk_and_jump' | 'walk';
      modeReason: 'default' | 'overweight_flag';
    }
  | {
      type: 'reps';
      reps: Range;
      per: 'direction' | 'foot' | 'session';
      reason: DoseReason;
      /** Toddler foot circles start lower and rise to `reps` (§3.3). */
      startReps: number | null;
      holdSeconds: Range | null;
      holdReason: DoseReason | null;
      aids: DoseAid[];
    }
  | { type: 'minutes'; minutes: Range; reason: DoseReason }
  | {
      type: 'bath';
      soakMinutes: Range;
      coolSeconds: Range;
      /** The final warm phase, the seed's 2-3 minutes; the `minutes` override sets it. */
      warmMinutes: Range;
      reason: DoseReason;
      waterCelsius: Range;
    }
  | { type: 'custom'; reps: number | null; reason: DoseReason | 'custom_step' };

export interface PlanStep {
  id: StepId | CustomStepId;
  /** 1-based print number, renumbered after skips. */
  number: number;
  group: StepGroup;
  custom: { title: string; text: string } | null;
  dose: StepDose;
  /** Which legs get which work; null for position, bath and custom steps. */
  sides: Sides | null;
  intensityCap: IntensityCap | null;
  note: string | null;
}

export type SkipReason = 'skipped_by_override' | 'mat_disabled' | 'bath_disabled' | 'part_empty';
export interface SkippedStep {
  id: StepId | CustomStepId;
  reason: SkipReason;
  /** The clinician's own words, if given with the override. */
  clinicianReason: string | null;
}

export type ZoneId =
  'back' | 'buttocks' | 'back_thighs' | 'calves' | 'soles' | 'patting' | 'front_thighs' | 'outer_shins' | 'feet_top';
export interface ZoneMinutes {
  zone: ZoneId;
  steps: StepId[];
  /** Share after renormalising over the zones still in the plan, one decimal. */
  sharePct: number;
  minutesAtPeak: number;
}

export type Intensity = 'light' | 'medium' | 'full';
export type CoursePhase = 'ramp' | 'plateau' | 'taper';
export interface CourseDay {
  day: number;
  date: string;
  targetMinutes: number;
  intensity: Intensity;
  phase: CoursePhase;
}
export interface Course {
  number: number;
  startDate: string;
  endDate: string;
  days: CourseDay[];
}
export interface BreakBlock {
  afterCourse: number;
  startDate: string;
  endDate: string;
  days: number;
  exercises: Choice<'none' | 'three_per_week'>;
}
export type CalendarColumn =
  'date' | 'day' | 'minutes' | 'intensity' | 'part_a' | 'part_b' | StepId | CustomStepId | 'mood' | 'notes';
export interface Calendar {
  columns: CalendarColumn[];
  /** The loosest intensity cap over the massage steps; null when none is capped. */
  intensityCap: Choice<IntensityCap> | null;
  courses: Course[];
  breaks: BreakBlock[];
  /** The day after the horizon's last day. */
  horizonEnd: string;
}

export interface CourseSettings {
  startDate: string;
  courseDays: Choice<number>;
  breakDays: Choice<number> & { perSpecialist: boolean };
  horizonMonths: Choice<number>;
  startMinutes: Choice<number>;
  peakMinutes: Choice<number>;
  endMinutes: Choice<number>;
}

export interface Session {
  massageMinutes: number;
  matMinutes: number;
  exerciseMinutes: number;
  bathMinutes: number;
  totalMinutes: number;
  /** §4.3: toddlers, or more than 35 minutes, get the "you may split the session" tip. */
  split: { value: boolean; reason: 'toddler' | 'total_over_35' | 'total_within_35' };
}

export type FollowUpReason = 'after_course' | 'every_months' | 'end_of_horizon';
export interface FollowUp {
  date: string;
  reason: FollowUpReason;
  /** The course it follows (after_course), else null. */
  course: number | null;
  source: 'degree_default' | 'override' | 'always';
}

export type SafetyEmphasis = 'strapping_prescribed' | 'child_under_3' | 'bath_in_program';
export interface SafetyRule {
  id: SafetyRuleId;
  reason: 'always_printed';
  /** Strapping prescribed: print the specialist's instructions (the circulation warning always prints). */
  emphasis: SafetyEmphasis | null;
}

export type PlanNote =
  | { code: 'see_specialist_first'; reason: 'information_edition' }
  | { code: 'normal_at_this_age'; reason: 'under_24_months' }
  | { code: 'weight_paragraph'; reason: 'overweight_flag' }
  | { code: 'low_impact_first'; reason: 'overweight_flag' }
  | { code: 'older_child'; reason: 'over_10_years' }
  | { code: 'one_sided'; side: FootSide; reason: 'one_side_affected' }
  | { code: 'walkers_not_recommended'; reason: 'under_36_months' }
  | { code: 'bike'; variant: 'tricycle_or_balance_bike' | 'bike'; reason: 'from_30_months' | 'from_36_months' }
  | { code: 'consistency_reminder'; reason: 'degree_2' }
  | { code: 'footwear'; variant: 'prescribed' | 'general'; prominent: boolean; reason: 'prescribed' | 'not_prescribed' }
  | { code: 'clinic_treatments'; items: Prescribed['clinicPhysio']; prominent: boolean; reason: 'prescribed' }
  | { code: 'break_per_specialist'; breakDays: number; reason: 'outside_21_28_days' };

export interface MissedDayRule {
  /** Never do two sessions to catch up; continue with the next unticked day. */
  doubleUp: false;
  restartAfterMissedDays: 3;
  restartAtDay: 3;
  reason: 'spec_4_2';
}

export interface FootSummary {
  degree: number;
  method: DegreeMethod | null;
  flexible: Flexibility;
  heelAngle: number | null;
}

export interface Plan {
  engineVersion: typeof PLAN_ENGINE_VERSION;
  edition: Edition;
  child: {
    firstName: string;
    middleName?: string;
    lastName: string;
    dateOfBirth: string;
    ageMonthsAtStart: number;
    ageBand: { value: AgeBand; reason: AgeBandReason };
  };
  clinician: PlanClinician | null;
  diagnosis: {
    left: FootSummary;
    right: FootSummary;
    worse: { side: WorseSide; degree: number };
    affected: { sides: FootSide[]; unaffectedLegMode: Choice<UnaffectedLegMode> | null };
    overweight: boolean;
  } | null;
  prescribed: Prescribed;
  settings: CourseSettings | null;
  steps: PlanStep[];
  skipped: SkippedStep[];
  zones: ZoneMinutes[];
  calendar: Calendar | null;
  session: Session | null;
  followUps: FollowUp[];
  safetyRules: SafetyRule[];
  notes: PlanNote[];
  missedDays: MissedDayRule | null;
  specialistNotes: string;
  notices: PlanNotice[];
}

export type PlanResult =
  | { status: 'ok'; engineVersion: typeof PLAN_ENGINE_VERSION; plan: Plan }
  | { status: 'blocked'; engineVersion: typeof PLAN_ENGINE_VERSION; blocks: PlanBlock[] };
