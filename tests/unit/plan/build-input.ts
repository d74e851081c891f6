/* Builders for plan-engine tests: a valid PlanInput with one field changed at a time. */
import { expect } from 'vitest';
import { PlanInput, type PlanInputRaw, type PlanSettingsInput } from '../../../shared/contract/plans';
import { addMonths, computePlan, type Plan, type PlanResult } from '../../../shared/plan';

export const START = '2025-06-15';

export type Flex = 'yes' | 'no' | 'unknown';
export const foot = (degree: number, flexible: Flex = 'yes') => ({
  degree,
  method: degree > 0 ? ('heel_angle' as const) : null,
  flexible,
  heelAngle: null,
});

export interface Options {
  ageMonths?: number;
  left?: ReturnType<typeof foot>;
  right?: ReturnType<typeof foot>;
  redFlags?: ('pain' | 'stiffness' | 'asymmetry')[];
  overweight?: boolean;
  noAssessment?: boolean;
  clinician?: { name: string; title: string; phone: string } | null;
  settings?: Partial<PlanSettingsInput>;
  overrides?: PlanInputRaw['overrides'];
  customSteps?: PlanInputRaw['customSteps'];
  stepNotes?: PlanInputRaw['stepNotes'];
}

export function rawInput(o: Options = {}): PlanInputRaw {
  return {
    child: { firstName: 'Mia', lastName: 'Novak', dateOfBirth: addMonths(START, -(o.ageMonths ?? 48)) },
    assessment: o.noAssessment
      ? null
      : {
          left: o.left ?? foot(1),
          right: o.right ?? foot(1),
          redFlags: o.redFlags ?? [],
          overweight: o.overweight ?? false,
        },
    clinician:
      o.clinician === undefined ? { name: 'Dr. A. Example', title: 'Podiatrist', phone: '555 1234' } : o.clinician,
    settings: { startDate: START, ...o.settings },
    overrides: o.overrides ?? {},
    customSteps: o.customSteps ?? [],
    stepNotes: o.stepNotes ?? {},
    specialistNotes: 'Keep it playful.',
  };
}

export function build(o: Options = {}): PlanInput {
  return PlanInput.parse(rawInput(o));
}

export function run(o: Options = {}): PlanResult {
  return computePlan(build(o));
}

/** The plan, failing the test when the engine blocked. */
export function planOf(o: Options = {}): Plan {
  const result = run(o);
  if (result.status !== 'ok') expect.fail(`blocked: ${JSON.stringify(result.blocks)}`);
  return result.plan;
}

export const stepIds = (plan: Plan) => plan.steps.map((s) => s.id);
export const step = (plan: Plan, id: string) => plan.steps.find((s) => s.id === id);
