import { z } from 'zod';

// C0/C1 control characters and the Unicode bidi overrides/isolates: invisible in the UI,
// they can reorder a printed name or hide text, so no stored field may carry them.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// Notes may keep line breaks and tabs; everything else above stays forbidden.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_NOTES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A single-line text field: trimmed, required, limited in length, no control or bidi characters. */
export function lineText(max: number) {
  return z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(max, { message: `tooLong:${max}` })
    .refine((s) => !FORBIDDEN_CHARS.test(s), { message: 'forbiddenCharacters' });
}

/** An optional single-line text field: blank becomes the empty string. */
export function optionalLineText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { message: `tooLong:${max}` })
    .refine((s) => !FORBIDDEN_CHARS.test(s), { message: 'forbiddenCharacters' });
}

/** Multi-line free text (notes): line breaks allowed, other control characters not. */
export function notesText(max: number) {
  return z
    .string()
    .max(max, { message: `tooLong:${max}` })
    .refine((s) => !FORBIDDEN_IN_NOTES.test(s), { message: 'forbiddenCharacters' })
    .transform((s) => s.replace(/\r\n?/g, '\n').trim());
}

/** A phone number as people type it: digits with spaces, dashes, dots, brackets and a leading plus. */
export const phoneText = z
  .string()
  .trim()
  .max(32, { message: 'tooLong:32' })
  .refine((s) => /^\+?[\d\s().-]*$/.test(s), { message: 'phoneCharacters' })
  .refine((s) => s.replace(/\D/g, '').length >= 5, { message: 'phoneTooShort' });
