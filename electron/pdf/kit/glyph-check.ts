import type { FontSet } from './fonts';
import { UnprintableCharacterError } from './errors';

export interface MissingGlyph {
  /** Which input field holds it, e.g. "child's first name". */
  field: string;
  character: string;
  codePoint: string;
}

/**
 * The first character of any field that the booklet fonts cannot draw. pdfkit would silently
 * print an empty box for it; the clinician must instead be told which character in which field.
 */
export function findMissingGlyph(fonts: FontSet, fields: Record<string, string>): MissingGlyph | null {
  for (const [field, text] of Object.entries(fields)) {
    for (const character of text) {
      const cp = character.codePointAt(0)!;
      if (cp === 0x0a || cp === 0x09 || cp === 0x20) continue;
      if (!fonts.regular.hasGlyphForCodePoint(cp) || !fonts.bold.hasGlyphForCodePoint(cp)) {
        return { field, character, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` };
      }
    }
  }
  return null;
}

export interface PrintableField {
  /** Where it is in the input, e.g. `child.firstName`. */
  path: string;
  /** The field as a person would name it, e.g. "child's first name". */
  field: string;
  text: string;
}

/** Throws UnprintableCharacterError for the first character of `fields` the fonts cannot draw. */
export function assertPrintable(fonts: FontSet, fields: readonly PrintableField[]): void {
  const missing = findMissingGlyph(fonts, Object.fromEntries(fields.map((f) => [f.path, f.text])));
  if (!missing) return;
  const field = fields.find((f) => f.path === missing.field)!;
  throw new UnprintableCharacterError(field.path, field.field, missing.character, missing.codePoint);
}
