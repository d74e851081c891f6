/*
 * Reason codes. Every choice the engine makes carries one, so the UI can explain it
 * ("specialist-care: right foot degree 3") and tests can check why, not only what.
 */
import type { FootSide, RedFlag } from './assessments';

/** The §3.2 rule that decided the edition. G3 never decides one: it blocks (see PlanBlock). */
export type EditionRule = 'G1' | 'G2' | 'G4' | 'G5' | 'G6';

/** `both` when the two feet share the worse degree. */
export type WorseSide = FootSide | 'both';

export type EditionReason =
  | { code: 'no_clinician' }
  | { code: 'no_diagnosis' }
  /** An assessment with degree 0 on both feet: nothing to treat at home. */
  | { code: 'no_degree' }
  | { code: 'red_flag'; flags: RedFlag[] }
  | { code: 'rigid_foot'; sides: FootSide[] }
  | { code: 'worse_side_degree'; side: WorseSide; degree: number }
  | { code: 'home_massage_confirmed' }
  | { code: 'under_24_months'; ageMonths: number }
  | { code: 'under_18_months'; ageMonths: number }
  | { code: 'under_2_not_confirmed'; ageMonths: number }
  | { code: 'under_2_confirmed'; ageMonths: number }
  | { code: 'over_10_years'; ageMonths: number }
  | { code: 'home_program'; side: WorseSide; degree: number };
export type EditionReasonCode = EditionReason['code'];

/** Why no plan could be computed; the UI resolves each before generating again. */
export type PlanBlock =
  /** §3.2 G3: flexibility unknown on an affected foot; the clinician must confirm it. */
  | { code: 'flexibility_unknown'; rule: 'G3'; sides: FootSide[] }
  /** §3.8: M08 skipped while Part A still has other steps. */
  | { code: 'm08_skipped_alone'; rule: null }
  /** §3.2 G2 exception: home massage under specialist care needs the doses entered. */
  | { code: 'doses_required'; rule: 'G2'; fields: ('startMinutes' | 'peakMinutes' | 'endMinutes')[] };

/** Where a value came from. */
export type ChoiceReason =
  | 'default'
  | 'age_band_default'
  | 'degree_default'
  | 'override'
  /** A start or end override above the peak is lowered to the peak (the peak is the maximum). */
  | 'capped_at_peak';

export interface Choice<T> {
  value: T;
  reason: ChoiceReason;
}

/** Non-blocking adjustments the engine made; the UI may show them to the clinician. */
export type PlanNotice =
  | { code: 'start_capped_at_peak'; requested: number; peak: number }
  | { code: 'end_capped_at_peak'; requested: number; peak: number }
  | { code: 'custom_anchor_removed'; stepId: string; after: string }
  | { code: 'note_for_absent_step'; stepId: string }
  | { code: 'override_for_absent_step'; stepId: string }
  | { code: 'follow_up_course_beyond_horizon'; course: number };
