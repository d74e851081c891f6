/** A character in a field that the fonts cannot draw (it would print as an empty box). */
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
