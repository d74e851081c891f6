import { z } from 'zod';

/*
 * The one gate every free-text field of the contract passes (issue 10): text is stored and
 * printed exactly as typed, so nothing may reach a handler that the database, the search index or
 * a printed page would mangle. Checks run in one pass after the length limit, and only when the
 * length passed, so a hostile megabyte costs one length comparison.
 */

// C0/C1 control characters, the bidi embeddings/overrides/isolates and marks, the line and
// paragraph separators, the interlinear annotation controls and the two non-characters: invisible
// in the UI, they can reorder a printed name or hide text, so no stored field may carry them.
const FORBIDDEN_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufff9-\ufffb\ufffe\uffff]/;
// Multi-line fields (notes) may keep line breaks and tabs; everything else above stays forbidden.
const FORBIDDEN_IN_NOTES =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufff9-\ufffb\ufffe\uffff]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one: such a
// string has no UTF-8 form, so SQLite would store replacement characters ("Li\ufffd\ufffdly").
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Characters that print as nothing: soft hyphen, combining grapheme joiner, Hangul fillers, the
// zero-width space/joiners, word joiner and invisible operators, BOM, variation selectors
// (BMP and supplementary) and tag characters. Allowed inside text (ZWJ joins emoji), not alone.
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f\udd00-\uddef]/g;

/** The message key for what is wrong with `s`, or null when it may be stored. */
export function textProblem(s: string, multiline = false): string | null {
  if (LONE_SURROGATE.test(s)) return 'brokenCharacters';
  if ((multiline ? FORBIDDEN_IN_NOTES : FORBIDDEN_CHARS).test(s)) return 'forbiddenCharacters';
  if (s.trim() !== '' && s.replace(INVISIBLE, '').trim() === '') return 'invisibleOnly';
  return null;
}

/** Removes what textProblem refuses (for look-ups such as the search box, which never refuse). */
export function stripUnsafeText(s: string): string {
  return s
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), '')
    .replace(new RegExp(FORBIDDEN_CHARS.source, 'g'), ' ')
    .replace(INVISIBLE, '');
}

/**
 * A secret (password, recovery code) as typed: never trimmed or otherwise changed, but it must
 * have a UTF-8 form, or two different secrets would hash alike.
 */
export function secretText(max: number) {
  return z
    .string()
    .max(max, { message: `tooLong:${max}` })
    .refine((s) => s.length > max || !LONE_SURROGATE.test(s), { message: 'brokenCharacters' });
}

/** The checks of textProblem as a zod refinement (`.superRefine(textRules(max))`), skipped over `max`. */
export function textRules(max: number, multiline = false) {
  return checked(max, multiline);
}

/** The checks of textProblem as a zod refinement, skipped when the text is over `max`. */
function checked(max: number, multiline: boolean) {
  return (s: string, ctx: z.RefinementCtx) => {
    if (s.length > max) return;
    const problem = textProblem(s, multiline);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
}

/** A single-line text field: trimmed, required, limited in length, no control or bidi characters. */
export function lineText(max: number) {
  return z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(max, { message: `tooLong:${max}` })
    .superRefine(checked(max, false));
}

/** An optional single-line text field: blank becomes the empty string. */
export function optionalLineText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { message: `tooLong:${max}` })
    .superRefine(checked(max, false));
}

/** Multi-line free text (notes): line breaks allowed, other control characters not. */
export function notesText(max: number) {
  return z
    .string()
    .max(max, { message: `tooLong:${max}` })
    .superRefine(checked(max, true))
    .transform((s) => s.replace(/\r\n?/g, '\n').trim());
}

/**
 * What a look-up field (search box, duplicate check) sends: limited in length, and anything
 * textProblem would refuse removed rather than refused, since a look-up stores nothing.
 */
export function lookupText(max: number) {
  return z
    .string()
    .max(max, { message: `tooLong:${max}` })
    .transform((s) => (s.length > max ? s : stripUnsafeText(s).trim()));
}

/** A phone number as people type it: digits with spaces, dashes, dots, brackets and a leading plus. */
export const phoneText = z
  .string()
  .trim()
  .max(32, { message: 'tooLong:32' })
  .refine((s) => s.length > 32 || /^\+?[\d\s().-]*$/.test(s), { message: 'phoneCharacters' })
  .refine((s) => s.length > 32 || s.replace(/\D/g, '').length >= 5, { message: 'phoneTooShort' })
  .superRefine(checked(32, false));

/**
 * An email address shape, in linear time: one `@` with something before it, no white space, and a
 * dot in the domain with something on both sides (what /^[^\s@]+@[^\s@]+\.[^\s@]+$/ accepts,
 * without its backtracking on long input).
 */
export function isEmailShape(s: string): boolean {
  if (/\s/.test(s)) return false;
  const at = s.indexOf('@');
  if (at <= 0 || at !== s.lastIndexOf('@')) return false;
  return s.slice(at + 2, -1).includes('.');
}

/** An optional email address; the shape is checked only once the length limit passed. */
export function emailText(max: number) {
  return optionalLineText(max).superRefine((s, ctx) => {
    if (s.length <= max && s !== '' && !isEmailShape(s)) ctx.addIssue({ code: 'custom', message: 'invalidEmail' });
  });
}
