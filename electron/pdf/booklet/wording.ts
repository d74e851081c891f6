/*
 * Which variant of a text a booklet prints, decided once from the plan so every page agrees: who
 * issued it (a named specialist or nobody), whether it carries a home routine, and the
 * flexibility the specialist recorded. tests/unit/content/phrase-table.ts states the same rules
 * as data, and the booklet-phrases test holds every rendered combination to them.
 */
import type { Plan } from '../../../shared/plan';
import type { Ctx } from './context';

export type Flexibility = 'flexible' | 'rigid' | 'neutral';

export interface Wording {
  /** A clinician is named: the booklet may say "your specialist found / asked / prescribed". */
  named: boolean;
  /** The booklet prints a home routine (steps, calendar): it may speak of sessions. */
  program: boolean;
  /**
   * `rigid` when any foot is recorded rigid (a rigid foot is never called flexible), `flexible`
   * when every affected foot is recorded flexible, else `neutral`.
   */
  flexibility: Flexibility;
}

export function flexibilityOf(plan: Plan): Flexibility {
  const d = plan.diagnosis;
  if (!d) return 'neutral';
  const feet = [d.left, d.right];
  if (feet.some((f) => f.flexible === 'no')) return 'rigid';
  const affected = feet.filter((f) => f.degree > 0);
  return affected.length > 0 && affected.every((f) => f.flexible === 'yes') ? 'flexible' : 'neutral';
}

export function wordingOf(plan: Plan): Wording {
  return {
    named: Boolean(plan.clinician?.name.trim()),
    program: plan.edition.program,
    flexibility: flexibilityOf(plan),
  };
}

export const wording = (ctx: Ctx): Wording => wordingOf(ctx.plan);
