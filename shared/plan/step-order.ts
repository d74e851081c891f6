/*
 * The printed step order (§1.6-1.8, §3.8): library order, custom steps right after their anchor,
 * skipped steps removed, position steps dropped when their part is empty, numbers reassigned.
 */
import type { CustomStep, StepOverrides } from '../contract/plans';
import { type CustomStepId, STEP_IDS, type StepId } from './ids';
import type { PlanNotice } from './reasons';
import { groupOf, type StepGroup } from './step-groups';
import type { SkippedStep, SkipReason } from './types';

export interface OrderedStep {
  id: StepId | CustomStepId;
  number: number;
  group: StepGroup;
  custom: CustomStep | null;
}

interface OrderInput {
  overrides: StepOverrides;
  customSteps: readonly CustomStep[];
  includeMat: boolean;
  includeBath: boolean;
}

interface Slot {
  id: StepId | CustomStepId;
  group: StepGroup;
  custom: CustomStep | null;
  removed: SkipReason | null;
}

export function orderSteps({ overrides, customSteps, includeMat, includeBath }: OrderInput) {
  const removedReason = (id: string): SkipReason | null => {
    if (overrides[id]?.skip === true) return 'skipped_by_override';
    if (id === 'X01' && !includeMat) return 'mat_disabled';
    if (id === 'B01' && !includeBath) return 'bath_disabled';
    return null;
  };
  const slots: Slot[] = [];
  for (const id of STEP_IDS) {
    slots.push({ id, group: groupOf(id), custom: null, removed: removedReason(id) });
    // Custom steps keep their list order among those sharing an anchor.
    for (const c of customSteps.filter((s) => s.after === id))
      slots.push({ id: c.id as CustomStepId, group: groupOf(id), custom: c, removed: removedReason(c.id) });
  }
  // Turning the child over only makes sense when that part still has something to do.
  for (const [position, group] of [
    ['M01', 'part_a'],
    ['M09', 'part_b'],
  ] as const) {
    const work = slots.some((s) => s.group === group && s.id !== position && s.removed === null);
    const slot = slots.find((s) => s.id === position);
    if (slot && !work) slot.removed = 'part_empty';
  }

  const notices: PlanNotice[] = [];
  for (const s of slots)
    if (s.custom && s.removed === null && slots.find((a) => a.id === s.custom?.after)?.removed)
      notices.push({ code: 'custom_anchor_removed', stepId: s.id, after: s.custom.after });

  const skipped: SkippedStep[] = slots
    .filter((s) => s.removed !== null)
    .map((s) => ({
      id: s.id,
      reason: s.removed as SkipReason,
      clinicianReason: s.removed === 'skipped_by_override' ? overrides[s.id]?.reason || null : null,
    }));
  const steps: OrderedStep[] = slots
    .filter((s) => s.removed === null)
    .map((s, i) => ({ id: s.id, number: i + 1, group: s.group, custom: s.custom }));
  return { steps, skipped, notices };
}
