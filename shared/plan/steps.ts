/*
 * Printed steps with their doses, sides, caps and notes attached (§1.6-1.8, §3.5, §3.7, §3.8).
 */
import type { StepNotes, StepOverrides } from '../contract/plans';
import { activeDose } from './doses';
import type { AgeBand, StepId } from './ids';
import { type Laterality, sidesFor } from './laterality';
import type { PlanNotice } from './reasons';
import { isMassageWorkStep } from './step-groups';
import type { OrderedStep } from './step-order';
import type { PlanStep, StepDose, ZoneMinutes } from './types';
import { zoneOf } from './zones';

interface StepContext {
  band: AgeBand;
  overweight: boolean;
  laterality: Laterality;
  overrides: StepOverrides;
  stepNotes: StepNotes;
  zones: ZoneMinutes[];
}

export function planSteps(ordered: OrderedStep[], ctx: StepContext): { steps: PlanStep[]; notices: PlanNotice[] } {
  const steps = ordered.map((s): PlanStep => {
    const o = ctx.overrides[s.id];
    const note = ctx.stepNotes[s.id];
    return {
      id: s.id,
      number: s.number,
      group: s.group,
      custom: s.custom ? { title: s.custom.title, text: s.custom.text } : null,
      dose: doseOf(s, ctx),
      sides: s.custom ? null : sidesFor(s.id as StepId, ctx.laterality, o),
      intensityCap: isMassageWorkStep(s.id) ? (o?.intensityCap ?? null) : null,
      note: note ? note : null,
    };
  });
  // Notes and overrides for steps that do not print are reported, never silently applied elsewhere.
  const printed = new Set<string>(ordered.map((s) => s.id));
  const notices: PlanNotice[] = [
    ...Object.keys(ctx.stepNotes)
      .filter((id) => !printed.has(id) && ctx.stepNotes[id])
      .map((stepId): PlanNotice => ({ code: 'note_for_absent_step', stepId })),
    ...Object.entries(ctx.overrides)
      .filter(([id, o]) => !printed.has(id) && o.skip !== true)
      .map(([stepId]): PlanNotice => ({ code: 'override_for_absent_step', stepId })),
  ];
  return { steps, notices };
}

function doseOf(s: OrderedStep, ctx: StepContext): StepDose {
  const o = ctx.overrides[s.id];
  if (s.custom) {
    const reps = o?.reps ?? s.custom.reps;
    return { type: 'custom', reps, reason: o?.reps === undefined ? 'custom_step' : 'override' };
  }
  const id = s.id as StepId;
  if (id === 'M01' || id === 'M09') return { type: 'position' };
  const zone = zoneOf(id);
  if (zone)
    return { type: 'massage', zone, zoneMinutesAtPeak: ctx.zones.find((z) => z.zone === zone)?.minutesAtPeak ?? 0 };
  return activeDose(id, o, { band: ctx.band, overweight: ctx.overweight });
}
