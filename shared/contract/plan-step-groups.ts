/*
 * Which steps belong to which part of the session, and which override fields each step accepts
 * (content spec §1.6-1.8, §3.5, §3.8). Kept free of zod so that both the schemas in plans.ts and
 * the engine (shared/plan, which imports the contract, never the reverse) can use it.
 */
import { type CustomStepId, PART_A_STEP_IDS, PART_B_STEP_IDS, type StepId } from './plan-ids';

/** Where a step prints and which calendar tick covers it. */
export type StepGroup = 'part_a' | 'part_b' | 'active' | 'bath';

/** Turning the child over: printed only while their part has other steps. */
export const POSITION_STEP_IDS = ['M01', 'M09'] as const satisfies readonly StepId[];

/** Steps the clinician may override (§3.8: M02-M12, X01-X05, B01); position steps follow their part. */
export const OVERRIDABLE_STEP_IDS = [
  'M02',
  'M03',
  'M04',
  'M05',
  'M06',
  'M07',
  'M08',
  'M10',
  'M11',
  'M12',
  'X01',
  'X02',
  'X03',
  'X04',
  'X05',
  'B01',
] as const satisfies readonly StepId[];

/** Back and buttocks: always worked on both sides, to keep the work symmetrical (§3.5). */
export const BOTH_SIDES_STEP_IDS = ['M02', 'M03'] as const satisfies readonly StepId[];
/** Leg and foot massage: full on the affected leg, the other follows `unaffectedLegMode` (§3.5). */
export const LEG_STEP_IDS = ['M04', 'M05', 'M06', 'M07', 'M10', 'M11', 'M12'] as const satisfies readonly StepId[];

/** Per-step `minutes` override ranges (§3.8); other steps have no minutes field. */
export const STEP_MINUTES_RANGE = {
  X01: { min: 1, max: 20 },
  X04: { min: 1, max: 10 },
  B01: { min: 1, max: 10 },
} as const;
/** Steps counted in repetitions. */
export const REPS_STEP_IDS = ['X02', 'X03', 'X05'] as const satisfies readonly StepId[];
/** Steps with a hold (monkey feet). */
export const HOLD_STEP_IDS = ['X03'] as const satisfies readonly StepId[];

export const CUSTOM_STEP_ID = /^C\d{2}$/;

export function isCustomStepId(id: string): id is CustomStepId {
  return CUSTOM_STEP_ID.test(id);
}

export function isOneOf<T extends string>(list: readonly T[], id: string): id is T {
  return (list as readonly string[]).includes(id);
}

/** The group a library step prints in. */
export function groupOf(id: StepId): StepGroup {
  if (isOneOf(PART_A_STEP_IDS, id)) return 'part_a';
  if (isOneOf(PART_B_STEP_IDS, id)) return 'part_b';
  return id === 'B01' ? 'bath' : 'active';
}

/** Massage steps that take an intensity cap: every massage step but the two position steps. */
export function isMassageWorkStep(id: string): boolean {
  return isOneOf([...PART_A_STEP_IDS, ...PART_B_STEP_IDS], id) && !isOneOf(POSITION_STEP_IDS, id);
}

interface SkipLookup {
  overrides: Record<string, { skip?: boolean | undefined } | undefined>;
  customSteps: readonly { id: string; after: StepId }[];
}

/**
 * §3.8 [PROPOSAL]: M08 (finishing pats) cannot be skipped on its own while Part A still has
 * other work, because the pats close the Part A zones. Custom steps anchored in Part A count.
 */
export function m08SkippedAlone({ overrides, customSteps }: SkipLookup): boolean {
  if (overrides['M08']?.skip !== true) return false;
  const partAWork = PART_A_STEP_IDS.filter((id) => id !== 'M01' && id !== 'M08');
  const libraryLeft = partAWork.some((id) => overrides[id]?.skip !== true);
  const customLeft = customSteps.some((c) => groupOf(c.after) === 'part_a' && overrides[c.id]?.skip !== true);
  return libraryLeft || customLeft;
}
