/* Errors the booklet renderer reports to the clinician, each naming what to fix. */
import type { PlanBlock } from '../../../shared/plan';

/** A character in a field that the booklet's fonts cannot draw (it would print as an empty box). */
export class UnprintableCharacterError extends Error {
  override readonly name = 'UnprintableCharacterError';
  constructor(
    /** Where it is in the request, e.g. `child.firstName` or `stepNotes.M06`. */
    readonly path: string,
    /** The field as a person would name it, e.g. "child's first name". */
    readonly field: string,
    readonly character: string,
    /** `U+1D504` */
    readonly codePoint: string,
  ) {
    super(`The character "${character}" (${codePoint}) in the ${field} cannot be printed.`);
  }
}

/** The plan engine could not make a plan yet (e.g. flexibility unknown): nothing to print. */
export class PlanBlockedError extends Error {
  override readonly name = 'PlanBlockedError';
  constructor(readonly blocks: PlanBlock[]) {
    super(`The booklet cannot be made yet: ${blocks.map((b) => b.code).join(', ')}.`);
  }
}
