/*
 * One-sided and two-sided work, §3.5 [PROPOSAL]: back and buttocks always both sides; leg steps
 * full on the affected leg(s) and `unaffectedLegMode` on the other; exercises always both feet.
 */
import type { FootSide } from '../contract/assessments';
import type { StepOverride, UnaffectedLegMode } from '../contract/plans';
import type { StepId } from './ids';
import type { Choice } from './reasons';
import { BOTH_SIDES_STEP_IDS, isOneOf, LEG_STEP_IDS } from './step-groups';
import type { Sides } from './types';

export interface Laterality {
  affected: FootSide[];
  /** Null when both feet are affected: the mode then has nothing to act on. */
  unaffectedLegMode: Choice<UnaffectedLegMode> | null;
}

export function laterality(affected: FootSide[], mode: UnaffectedLegMode | undefined): Laterality {
  if (affected.length !== 1) return { affected, unaffectedLegMode: null };
  return {
    affected,
    unaffectedLegMode: mode === undefined ? { value: 'light', reason: 'default' } : { value: mode, reason: 'override' },
  };
}

const FULL: Sides = { left: 'full', right: 'full', reason: 'both_feet' };

/** Which leg gets which work for one step; null for steps that are not one-leg work. */
export function sidesFor(id: StepId, lat: Laterality, o: StepOverride | undefined): Sides | null {
  if (isOneOf(BOTH_SIDES_STEP_IDS, id)) return { ...FULL, reason: 'back_always_both' };
  if (id.startsWith('X')) return FULL; // exercises always use both feet
  if (!isOneOf(LEG_STEP_IDS, id)) return null;
  if (o?.side === 'both') return { ...FULL, reason: 'side_override' };
  if (o?.side)
    return {
      left: o.side === 'left' ? 'full' : 'skip',
      right: o.side === 'right' ? 'full' : 'skip',
      reason: 'side_override',
    };
  if (!lat.unaffectedLegMode) return { ...FULL, reason: 'both_affected' };
  const other = lat.unaffectedLegMode.value;
  return {
    left: lat.affected.includes('left') ? 'full' : other,
    right: lat.affected.includes('right') ? 'full' : other,
    reason: 'unaffected_leg_mode',
  };
}
