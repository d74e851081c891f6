/*
 * The identifiers the plan engine, the booklet texts and the PDF share. Content spec:
 * ../shared/docs/booklet-content.md (§1.6-1.8 steps, §3.2 editions, §3.8 safety rules, §5 sections).
 */

/** Massage steps, Part A (tummy) then Part B (back). */
export const MASSAGE_STEP_IDS = [
  'M01',
  'M02',
  'M03',
  'M04',
  'M05',
  'M06',
  'M07',
  'M08',
  'M09',
  'M10',
  'M11',
  'M12',
] as const;
/** Mat and exercises, done after the massage. */
export const EXERCISE_STEP_IDS = ['X01', 'X02', 'X03', 'X04', 'X05'] as const;
/** Contrast foot bath. */
export const BATH_STEP_IDS = ['B01'] as const;

export const STEP_IDS = [...MASSAGE_STEP_IDS, ...EXERCISE_STEP_IDS, ...BATH_STEP_IDS] as const;
export type StepId = (typeof STEP_IDS)[number];
/** Clinician-written steps: C01, C02, ... */
export type CustomStepId = `C${string}`;

/** Part A steps (lying on the tummy) and Part B steps (lying on the back). */
export const PART_A_STEP_IDS = [
  'M01',
  'M02',
  'M03',
  'M04',
  'M05',
  'M06',
  'M07',
  'M08',
] as const satisfies readonly StepId[];
export const PART_B_STEP_IDS = ['M09', 'M10', 'M11', 'M12'] as const satisfies readonly StepId[];

/** Booklet editions (§3.2). */
export const BOOKLET_KINDS = ['information', 'specialist_care', 'full'] as const;
export type BookletKind = (typeof BOOKLET_KINDS)[number];

/** Safety rules that no setting can remove (§3.8). */
export const SAFETY_RULE_IDS = [
  'no_spine',
  'no_knee',
  'stop_if_pain',
  'no_session_when_ill',
  'bath_temperature',
  'no_self_strapping',
  'small_objects_under_3',
  'red_flags_page',
] as const;
export type SafetyRuleId = (typeof SAFETY_RULE_IDS)[number];

/** Age bands for doses (§3.3). */
export const AGE_BANDS = ['toddler', 'standard', 'older'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Booklet sections in print order (§5). */
export const SECTION_IDS = [
  'cover',
  'from_specialist',
  'understanding',
  'safety',
  'red_flags',
  'plan_overview',
  'getting_ready',
  'techniques',
  'part_a',
  'part_b',
  'active_time',
  'foot_bath',
  'everyday_life',
  'calendars',
  'checkup_log',
  'about',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Hand technique icons (§5 item 8, Fig. 10). */
export const TECHNIQUE_IDS = ['stroke', 'rub', 'knead', 'pinch_release', 'drum', 'chop', 'pat'] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];
