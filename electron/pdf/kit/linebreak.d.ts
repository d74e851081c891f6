// linebreak (pdfkit's own dependency) ships no types; Valgo uses only the breaker's iteration.
declare module 'linebreak' {
  export interface Break {
    /** Index in the string where the next line may start. */
    position: number;
    /** A mandatory break (after a line feed, carriage return, line or paragraph separator). */
    required: boolean;
  }

  /** The UAX #14 break opportunities of `text`, one by one. */
  export default class LineBreaker {
    constructor(text: string);
    /** The next opportunity, or null after the last one (the end of the text). */
    nextBreak(): Break | null;
  }
}
