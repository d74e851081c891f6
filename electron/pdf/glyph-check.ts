import type { FontSet } from './fonts';

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
