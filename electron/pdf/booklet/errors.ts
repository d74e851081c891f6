/* Errors the booklet renderer reports to the clinician, each naming what to fix. */
import type { PlanBlock } from '../../../shared/plan';

export { UnprintableCharacterError } from '../kit/errors';

const FEET = { left: 'the left foot', right: 'the right foot' } as const;

/**
 * What stops the plan, in words (the command line prints this; the editor says the same in the
 * clinician's language, renderer/i18n `booklet.block.*`). Never a bare code.
 */
export function planBlockText(block: PlanBlock): string {
  switch (block.code) {
    case 'flexibility_unknown':
      return `the flexibility of ${block.sides.length === 1 ? FEET[block.sides[0]!] : 'the feet'} is not recorded (check whether the arch appears on tiptoe, then record it in the assessment)`;
    case 'm08_skipped_alone':
      return 'the finishing pats can be left out only together with the rest of Part A';
    case 'doses_required':
      return 'home massage under specialist care needs the first-day, peak and last-day minutes entered';
  }
}

/** The plan engine could not make a plan yet (e.g. flexibility unknown): nothing to print. */
export class PlanBlockedError extends Error {
  override readonly name = 'PlanBlockedError';
  constructor(readonly blocks: PlanBlock[]) {
    super(`The booklet cannot be made yet: ${blocks.map(planBlockText).join('; ')}.`);
  }
}
